// `certificate`: a self-signed code-signing certificate for an existing key
// (docker's signer key, or a notation key), for notation signatures without
// a CA. Prints how notation trusts it: the `notation cert add` line and the
// trusted identity for its trust policy.

import type { CertificateFile, CertificateOptions, CertificateResult } from '../operations/certificate.ts';
import { parseDuration, type KeyInput } from '../operations/inputs.ts';
import { keyInputs, use } from './inputs.ts';
import { withLoadedKeys } from './options.ts';
import { defineCommand } from './spec.ts';

/** certificate's options with its keys as given; they are loaded when the command runs. */
export type CertificateInputOptions = Omit<CertificateOptions, 'signerKey' | 'notationKey'> & {
  readonly signerKey: KeyInput | undefined;
  readonly notationKey: KeyInput | undefined;
};

/** A path as a shell line takes it: quoted when it holds anything but plain characters. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** How notation trusts the certificate: the store to add it to, and the identity for the trust policy. */
export function notationTrustLines(file: CertificateFile): string {
  return (
    `Trust it in notation with a ca trust store (trustStores: ["ca:${file.store}"]) and this trusted identity:\n` +
    `  notation cert add --type ca --store ${shellWord(file.store)} ${shellWord(file.path)}\n` +
    `  "trustedIdentities": [${JSON.stringify(file.identity)}]\n` +
    `It expires on ${file.notAfter.toISOString()}; notation refuses it after that.\n`
  );
}

const KEY = 'Key (one of)';

export const certificateSpec = defineCommand({
  name: 'certificate',
  summary: 'make a self-signed code-signing certificate for a key, for notation',
  help: {
    usage: '[options] [NAME]',
    about: `
Make a self-signed code-signing certificate over an existing key, for
Notary Project (notation) signatures without a CA: a leaf with CA:FALSE, key
usage digitalSignature and extended key usage codeSigning, valid for
--certificate-validity (default one year), written to NAME.crt in
--key-directory or to --output. The key is the signer key (by default the
one docker keeps for signer NAME in ~/.docker/trust/private), or
--notation-key-file. NAME defaults to the key file's role: header.

The subject is C=XX, ST=none, O=dct-sign, CN=NAME: notation's trusted
identities must name C, ST and O, and XX is ISO 3166's code for no
country. Prints the \`notation cert add\` line that trusts it and the trusted
identity for notation's trust policy. It names no CRL or OCSP address, so nothing can revoke it: to stop trusting
it, delete it from the trust store (\`notation cert delete\`). An existing
file is never overwritten.`,
    examples: `
# A certificate for the key docker keeps for signer ci, then trusted by notation.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign certificate ci
notation cert add --type ca --store ci ci.crt

# For a key kept in a CI secret, valid for two years.
dct-sign certificate --signer-key-file ci.key --certificate-validity 730d --output ci.crt ci`,
    exitCodes: [
      [0, 'the certificate was written'],
      [1, 'an unexpected failure; see the message'],
      [2, 'the command line is wrong: no key, a key file that is missing or not\na key, its passphrase is wrong, a key notation does not sign with, no\nNAME, the file exists, a duration that is not a number and s, m, h, d or w'],
    ],
  },
  inputs: [
    use('signer-name', {
      operand: 'NAME',
      group: 'Certificate',
      help: "the certificate's name (CN, NAME.crt, the trust store); default: the key's role: header",
    }),
    ...keyInputs('signer-key', { group: KEY, help: "a signer's private key file (docker: ~/.docker/trust/private)" }),
    ...keyInputs('notation-key', { group: KEY, help: 'a private key file (PKCS#8, encrypted or not), instead of the signer key' }),
    use('certificate-validity', { parse: parseDuration }),
    use('key-directory', { help: 'where NAME.crt goes; default: the current directory' }),
    use('output'),
  ],
  rules: [
    { kind: 'one-of', inputs: ['signer-key', 'notation-key'], message: 'no key to make the certificate for: give {signer-key}, or {notation-key}' },
  ],
  options: (v, ctx): CertificateInputOptions => ({
    name: v.string('signer-name')?.trim() || undefined,
    signerKey: v.key('signer-key'),
    notationKey: v.key('notation-key'),
    validityMs: v.parsed<number>('certificate-validity'),
    directory: v.string('key-directory')?.trim() || ctx.workDirectory,
    output: v.string('output')?.trim() || undefined,
  }),
  operation: withLoadedKeys(
    async () => (await import('../operations/certificate.ts')).certificate,
    ({ signerKey, notationKey, ...rest }: CertificateInputOptions, load): CertificateOptions => ({
      ...rest,
      // notation-key wins, as for sign; the signer key is then not read.
      ...(notationKey ? { notationKey: load(notationKey, 'jws') } : { signerKey: signerKey ? load(signerKey) : undefined }),
    }),
  ),
  logs: false,
  outputs: [
    { name: 'certificate-path', description: 'path of the certificate file written', value: (r: CertificateResult) => r.path },
    { name: 'certificate', description: 'the certificate (PEM), for notation cert add or notation-certificate', value: (r) => r.pem },
    {
      name: 'notation-identity',
      description: "the trusted identity for notation's trust policy (trustedIdentities), x509.subject: …",
      value: (r) => r.identity,
    },
  ],
  json: {
    help: 'print the path, the certificate, its subject, identity and expiry as JSON',
    value: (r) => ({
      name: r.name,
      certificatePath: r.path,
      certificate: r.pem,
      subject: r.subject,
      identity: r.identity,
      notAfter: r.notAfter.toISOString(),
    }),
  },
  notes: (r) => `Wrote the certificate ${r.path} for ${r.keyInput} (subject ${r.subject})\n`,
  text: (r) => notationTrustLines(r),
  done: (r) => `Made the certificate ${r.name}.crt (${r.subject}), valid until ${r.notAfter.toISOString().slice(0, 10)}`,
});
