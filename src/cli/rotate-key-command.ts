// `dct-sign rotate-key`: rotate one of a repository's keys. A repository
// key the rotation generates is written by the core, encrypted, into
// --key-directory as docker stores it (<key ID>.key), before the rotation is
// published: it is the only copy.

import { resolve } from 'node:path';
import {
  ROTATABLE_ROLES,
  type RotateKeyOptions,
  type RotateKeyResult,
  type RotateRole,
} from '../operations/rotate-key.ts';
import { keyIdOrPem } from '../operations/inputs.ts';
import {
  asUsage,
  choice,
  commandLine,
  envValue,
  keyInput,
  oneRepository,
  PASSPHRASE_ENV,
  type ParseContext,
  requiredKeyInput,
  requiredString,
  str,
  usageError,
} from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, type ParsedOperation, runOperation, withConnection } from './connected-command.ts';
import { ENV_SPECS, type FlagGroup, keyFlags, option, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json, shortId } from './output.ts';

const COMMAND = 'rotate-key';

export const ROTATE_KEY_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups(
  [
    { title: 'Key to rotate', flags: [option('key-role', 'ROLE', `${ROTATABLE_ROLES.join(', ')} (required)`)] },
    {
      title: 'Root key (snapshot, timestamp, targets)',
      flags: keyFlags('root-key', 'root key file; signs the new root', 'the root key as PEM or base64 text (discouraged)'),
    },
    {
      title: 'targets: the new repository key',
      flags: [
        option('new-repository-key-file', 'PATH', 'the new repository key file; default: generate one'),
        option('new-repository-key', 'TEXT', 'the new key as PEM or base64 text (discouraged)'),
        option('new-repository-key-passphrase', 'TEXT', "its passphrase, or the generated key's (discouraged)"),
        option('key-directory', 'DIR', 'where a generated key goes, as <key ID>.key; default: .'),
      ],
    },
    {
      title: "signer: the signer's new key",
      flags: [
        option('signer-name', 'NAME', 'the signer whose key to rotate'),
        ...keyFlags('signer-key', "the signer's new private key file"),
        option('old-signer-key', 'ID|PATH|PEM', 'the key to replace, by ID or public key; default: all of them'),
        ...keyFlags('repository-key', 'repository (targets) key file; signs the new key in', 'the repository key as PEM or base64 text (discouraged)'),
      ],
    },
  ],
  { json: 'print the result as JSON' },
);

export const ROTATE_KEY_FLAGS = ROTATE_KEY_FLAG_GROUPS.flatMap((g) => g.flags);

export function rotateKeyHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] --key-role ROLE REPOSITORY',
    about: `
Replace one key of REPOSITORY (registry/repository, no tag), without a
workstation and without changing the root key, so clients that trust the
repository keep trusting it:

  snapshot, timestamp  the trust server makes a new key; the root key signs
                       it into root
  targets              a new repository key (--new-repository-key-file, or one
                       generated into --key-directory, encrypted with
                       --new-repository-key-passphrase); the root key signs it
  signer               the signer's new key (--signer-key-file) replaces its
                       old one in targets/NAME and targets/releases; the
                       repository key signs it in

Prints the key the role is signed with from now on. A generated repository key
is the only copy: the directory is checked before anything else, and the key
is written before the rotation is published.

${TRUST_SERVER_DEFAULT}`,
    groups: ROTATE_KEY_FLAG_GROUPS,
    env: connectedEnv(
      { name: ENV_SPECS.repositoryPassphrase.name, description: 'passphrase of the signer, repository and new repository key' },
      ENV_SPECS.rootPassphrase,
    ),
    examples: `
# A new repository key, generated into ~/.docker/trust/private for docker.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$NEW_REPOSITORY_PASSPHRASE"
dct-sign rotate-key --key-role targets --root-key-file root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app

# The CI signer's key, after dct-sign key-generate --signer-name ci made a new one.
dct-sign rotate-key --key-role signer --signer-name ci --signer-key-file ci.key \\
    --repository-key-file repository.key registry.example.com/team/app`,
    exitCodes: [
      [0, 'the role is signed with the new key (or already was)'],
      [1, 'rotating failed: a key or passphrase, a key the repository does not\ntrust, the trust data, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, not one REPOSITORY, no or\nan unknown --key-role, a key the role needs is missing, a --key-directory\nthat cannot take the generated key'],
    ],
  });
}

export type ParsedRotateKeyCommand = ParsedOperation<Omit<RotateKeyOptions, 'logger'>>;

export async function parseRotateKeyArgs(args: readonly string[], context: ParseContext): Promise<ParsedRotateKeyCommand> {
  const { values, positionals, ctx } = commandLine(args, ROTATE_KEY_FLAGS, COMMAND, context);
  const reference = oneRepository(positionals, ctx);
  const role = choice<RotateRole>(values, ctx, 'key-role', ROTATABLE_ROLES);
  if (role === undefined) throw usageError(ctx, '--key-role', `choose the key to rotate: ${ROTATABLE_ROLES.join(', ')}`);
  const signer =
    role === 'signer'
      ? {
          name: requiredString(values, ctx, 'signer-name', 'name the signer whose key to rotate'),
          newKey: requiredKeyInput(values, ctx, 'signer-key', "give the signer's new private key file"),
          oldKey: asUsage(ctx, () => keyIdOrPem(str(values, 'old-signer-key'), '--old-signer-key')),
        }
      : undefined;
  const newRepositoryKeyPassphrase =
    str(values, 'new-repository-key-passphrase') ?? envValue(ctx.env, PASSPHRASE_ENV['new-repository-key']);
  return withConnection(values, ctx, {
    reference,
    role,
    rootKey: keyInput(values, ctx, 'root-key'),
    repositoryKey: keyInput(values, ctx, 'repository-key'),
    newRepositoryKey: keyInput(values, ctx, 'new-repository-key'),
    newRepositoryKeyPassphrase,
    keyDirectory: resolve(str(values, 'key-directory')?.trim() || '.'),
    signer,
  });
}

export function formatRotateKeyResult(result: RotateKeyResult, asJson: boolean): string {
  const privateKeyPath = result.generatedRepositoryKey?.path;
  if (asJson) {
    const { gun, trustServer, role, keyId, previousKeyIds, resigned } = result;
    return json({ gun, trustServer, role, keyId, previousKeyIds, resigned, privateKeyPath: privateKeyPath ?? null });
  }
  const lines = [`The ${result.role} key of ${result.gun} is ${result.keyId}`];
  if (result.previousKeyIds.length > 0) lines.push(`  replaces  ${result.previousKeyIds.map(shortId).join(', ')}`);
  lines.push(`  re-signed ${result.resigned.length > 0 ? result.resigned.join(', ') : 'nothing (the key was already in place)'}`);
  if (privateKeyPath) lines.push(`  new key   ${privateKeyPath} (encrypted; the only copy: keep it)`);
  return `${lines.join('\n')}\n`;
}

export const rotateKeyCommand: Command = {
  name: COMMAND,
  summary: 'replace a snapshot, timestamp, targets or signer key',
  help: rotateKeyHelp,
  flags: ROTATE_KEY_FLAGS,
  operand: 'REPOSITORY',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    return runOperation(cli, await parseRotateKeyArgs(args, cli), cli.operations.rotateKey, formatRotateKeyResult);
  },
};
