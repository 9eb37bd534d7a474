// `key-generate`: a signer key pair, as `docker trust key generate NAME`
// makes one: NAME.key (encrypted with the passphrase) and NAME.pub, written
// into key-directory. The private key is masked for the rest of the job and
// printed only when the CLI is asked to (--base64, for a CI secret). With
// certificate, NAME.crt too: a self-signed code-signing certificate for
// notation signatures.

import { parseDuration } from '../operations/inputs.ts';
import type { KeyGenerateOptions, KeyGenerateResult } from '../operations/key-generate.ts';
import { notationTrustLines } from './certificate.ts';
import { use } from './inputs.ts';
import { defineCommand } from './spec.ts';

export const keyGenerateSpec = defineCommand({
  name: 'key-generate',
  summary: 'make a signer key pair, as docker trust key generate',
  help: {
    usage: '[options] NAME',
    about: `
Make a signer key pair as \`docker trust key generate NAME\` does: an ECDSA
P-256 key, with NAME.pub for \`dct-sign signer-add\` or \`docker trust signer
add\`, and NAME.key, the private key encrypted with the passphrase, which
\`docker trust key load\` and \`notary key import\` accept too. NAME may also
be given as --signer-name NAME. Existing files are never overwritten. Prints
the key ID; the files are named on stderr.

With --base64 the private key file is printed instead, base64-encoded on one
line, to paste into a CI secret (DCT_SIGNER_KEY of \`dct-sign sign\`). It is
encrypted, but treat it as the secret it is: do not run this where the output
is logged.

With --certificate, NAME.crt too: a self-signed code-signing certificate
over the new key for Notary Project (notation) signatures, valid for
--certificate-validity (see \`dct-sign certificate --help\`). The lines that
make notation trust it are printed on stderr.`,
    examples: `
# A key for CI, stored straight into a GitHub secret, then added as a signer.
read -rs DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE; export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
dct-sign key-generate --key-directory keys --base64 ci | gh secret set DCT_SIGNER_KEY
dct-sign signer-add --signer-name ci --signer-public-key keys/ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key registry.example.com/team/app`,
    exitCodes: [
      [0, 'NAME.key and NAME.pub were written'],
      [1, 'an unexpected failure; see the message'],
      [2, 'the command line is wrong: unknown option, missing or invalid NAME, no\nor a short passphrase, NAME.key or NAME.pub exists, the directory does\nnot exist or cannot be written'],
    ],
  },
  inputs: [
    use('signer-name', {
      operand: 'NAME',
      group: 'Key',
      help: "the key's name, and the signer name to add it as (required)",
      required: 'name the key after its signer, e.g. ci: the files are <name>.key and <name>.pub',
    }),
    use('signer-key-passphrase', {
      group: 'Key',
      help: 'encrypts NAME.key (discouraged: use the environment, below)',
      required: 'give {signer-key-passphrase}, the passphrase that encrypts the private key',
    }),
    use('key-directory', { help: 'where NAME.key and NAME.pub go; default: the current directory' }),
    use('certificate'),
    use('certificate-validity', { parse: parseDuration }),
  ],
  options: (v, ctx): KeyGenerateOptions => ({
    name: v.string('signer-name')!.trim(),
    passphrase: v.string('signer-key-passphrase') ?? '',
    directory: v.string('key-directory')?.trim() || ctx.workDirectory,
    ...(v.boolean('certificate') ? { certificate: { validityMs: v.parsed<number>('certificate-validity') } } : {}),
  }),
  operation: async () => (await import('../operations/key-generate.ts')).keyGenerate,
  logs: false,
  outputs: [
    { name: 'signer-key-id', description: "the new key's ID", value: (r: KeyGenerateResult) => r.keyId },
    { name: 'public-key', description: 'the public key (PEM with a role: header), for signer-add or `docker trust signer add`', value: (r) => r.publicKeyPem },
    { name: 'private-key-path', description: 'path of the encrypted private key file, for a secret or `docker trust key load`', value: (r) => r.privateKeyPath },
    { name: 'public-key-path', description: 'path of the public key file', value: (r) => r.publicKeyPath },
    { name: 'certificate-path', description: 'with certificate: path of the certificate file; empty otherwise', value: (r) => r.certificate?.path ?? '' },
    {
      name: 'notation-identity',
      description: "with certificate: the trusted identity for notation's trust policy, x509.subject: …; empty otherwise",
      value: (r) => r.certificate?.identity ?? '',
    },
  ],
  json: {
    help: 'print the key ID, the public key and the paths as JSON',
    value: (r, view) => ({
      name: r.name,
      signerKeyId: r.keyId,
      publicKey: r.publicKeyPem,
      privateKeyPath: r.privateKeyPath,
      publicKeyPath: r.publicKeyPath,
      ...(r.certificate
        ? { certificatePath: r.certificate.path, certificate: r.certificate.pem, identity: r.certificate.identity, notAfter: r.certificate.notAfter.toISOString() }
        : {}),
      ...(view.flags.has('base64') ? { privateKeyBase64: r.privateKeyBase64 } : {}),
    }),
  },
  viewFlags: [{ name: 'base64', help: 'print the private key file as one base64 line (for a CI secret)' }],
  // The user asked for the private key file: it is printed unmasked, whatever it happens to contain.
  reveals: (view) => view.flags.has('base64'),
  secrets: (r) => [r.privateKeyBase64],
  notes: (r) =>
    `Generated the key ${r.name} (${r.keyId}):\n` +
    `  ${r.privateKeyPath}  private key, encrypted with the passphrase: keep it secret\n` +
    `  ${r.publicKeyPath}  public key, for dct-sign signer-add or docker trust signer add\n` +
    (r.certificate ? `  ${r.certificate.path}  certificate (${r.certificate.subject}), for notation\n${notationTrustLines(r.certificate)}` : ''),
  text: (r, view) => `${view.flags.has('base64') ? r.privateKeyBase64 : r.keyId}\n`,
  done: (r) => `Generated key ${r.keyId.slice(0, 12)} for signer ${r.name}`,
});
