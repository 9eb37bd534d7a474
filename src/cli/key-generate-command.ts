// `dct-sign key-generate`: `docker trust key generate NAME`, but the private
// key is written next to the public one, encrypted, for a CI secret; with
// --base64 the private key file is printed as one line to paste into one.

import { type KeyGenerateOptions, type KeyGenerateResult, MIN_PASSPHRASE_LENGTH } from '../operations/key-generate.ts';
import { commandLine, ENV, envValue, noArguments, type ParseContext, requiredString, str, usageError } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { EXIT_OK } from './exit-codes.ts';
import { type FlagGroup, option, outputGroup, toggle } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json } from './output.ts';

const COMMAND = 'key-generate';

export const KEY_GENERATE_FLAG_GROUPS: readonly FlagGroup[] = [
  {
    title: 'Key',
    flags: [
      option('signer-name', 'NAME', "the key's name, and the signer name to add it as (required)"),
      option('signer-key-passphrase', 'TEXT', 'encrypts NAME.key (discouraged: use the environment, below)'),
      option('key-directory', 'DIR', 'where NAME.key and NAME.pub go; default: the current directory'),
    ],
  },
  outputGroup({
    json: 'print the key ID, the public key and the paths as JSON',
    more: [toggle('base64', 'print the private key file as one base64 line (for a CI secret)')],
    verbose: false,
  }),
];

export const KEY_GENERATE_FLAGS = KEY_GENERATE_FLAG_GROUPS.flatMap((g) => g.flags);

export function keyGenerateHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] --signer-name NAME',
    about: `
Make a signer key pair as \`docker trust key generate NAME\` does: an ECDSA
P-256 key, with NAME.pub for \`dct-sign signer-add\` or \`docker trust signer
add\`, and NAME.key, the private key encrypted with the passphrase, which
\`docker trust key load\` and \`notary key import\` accept too. Existing files
are never overwritten. Prints the key ID; the files are named on stderr.

With --base64 the private key file is printed instead, base64-encoded on one
line, to paste into a CI secret (DCT_SIGNER_KEY of \`dct-sign sign\`). It is
encrypted, but treat it as the secret it is: do not run this where the output
is logged.`,
    groups: KEY_GENERATE_FLAG_GROUPS,
    env: [{ name: ENV.repositoryPassphrase, description: 'the passphrase when --signer-key-passphrase is not given' }],
    examples: `
# A key for CI, stored straight into a GitHub secret, then added as a signer.
read -rs DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE; export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
dct-sign key-generate --signer-name ci --key-directory keys --base64 | gh secret set DCT_SIGNER_KEY
dct-sign signer-add --signer-name ci --signer-public-key keys/ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key registry.example.com/team/app`,
    exitCodes: [
      [0, 'NAME.key and NAME.pub were written'],
      [1, 'an unexpected failure; see the message'],
      [2, 'the command line is wrong: unknown option, missing or invalid NAME, no\nor a short passphrase, NAME.key or NAME.pub exists, the directory does\nnot exist or cannot be written'],
    ],
  });
}

export interface ParsedKeyGenerateCommand {
  readonly json: boolean;
  readonly base64: boolean;
  readonly options: KeyGenerateOptions;
}

export function parseKeyGenerateArgs(args: readonly string[], context: ParseContext): ParsedKeyGenerateCommand {
  const { values, positionals, ctx } = commandLine(args, KEY_GENERATE_FLAGS, COMMAND, context);
  noArguments(positionals, ctx, "give the key's name with --signer-name NAME");
  const name = requiredString(values, ctx, 'signer-name', "name the key (the signer name it will be added under)");
  const flagPassphrase = str(values, 'signer-key-passphrase');
  const passphrase = flagPassphrase ?? envValue(ctx.env, ENV.repositoryPassphrase);
  const source = flagPassphrase !== undefined ? '--signer-key-passphrase' : ENV.repositoryPassphrase;
  if (passphrase === undefined) {
    throw usageError(ctx, '--signer-key-passphrase', `give the passphrase that encrypts the private key, or set ${ENV.repositoryPassphrase}`);
  }
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw usageError(ctx, source, `use at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the private key`);
  }
  return {
    json: values.json === true,
    base64: values.base64 === true,
    options: { name, passphrase, directory: str(values, 'key-directory') },
  };
}

function jsonResult(result: KeyGenerateResult, base64: boolean): string {
  const { name, keyId: signerKeyId, publicKeyPem: publicKey, privateKeyPath, publicKeyPath } = result;
  return json({ name, signerKeyId, publicKey, privateKeyPath, publicKeyPath, ...(base64 ? { privateKeyBase64: result.privateKeyBase64 } : {}) });
}

export const keyGenerateCommand: Command = {
  name: COMMAND,
  summary: 'make a signer key pair, as docker trust key generate',
  help: keyGenerateHelp,
  flags: KEY_GENERATE_FLAGS,
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    const parsed = parseKeyGenerateArgs(args, cli);
    const result = await cli.operations.keyGenerate(parsed.options);
    cli.stderr(
      `Generated the key ${result.name} (${result.keyId}):\n` +
        `  ${result.privateKeyPath}  private key, encrypted with the passphrase: keep it secret\n` +
        `  ${result.publicKeyPath}  public key, for dct-sign signer-add or docker trust signer add\n`,
    );
    // The user asked for the private key file: it is not masked, whatever it happens to contain.
    if (parsed.json) (parsed.base64 ? cli.stdoutUnmasked : cli.stdout)(jsonResult(result, parsed.base64));
    else if (parsed.base64) cli.stdoutUnmasked(`${result.privateKeyBase64}\n`);
    else cli.stdout(`${result.keyId}\n`);
    return EXIT_OK;
  },
};
