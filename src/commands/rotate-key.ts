// `rotate-key`: replace one of a repository's keys. snapshot or timestamp:
// the server makes the new key, the root key lists it. targets: a new
// repository key, given or generated into key-directory (written, encrypted,
// before the rotation is published: it is the only copy), signed in by the
// root key. signer: the signer's new key replaces its old one, signed in by
// the repository key. root: a new root key (given, or generated as for
// targets) in a new certificate, signed in by the old root key and itself.

import { resolve } from 'node:path';
import { keyIdOrPem } from '../operations/inputs.ts';
import type { RotateKeyOptions, RotateKeyResult } from '../operations/rotate-key.ts';
import { shortId } from './format.ts';
import { connectionInputs, keyInputs, repositoriesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf } from './options.ts';
import { defineCommand } from './spec.ts';

const SIGNER = { input: 'key-role', equals: 'signer' } as const;
const SIGNER_GROUP = "signer: the signer's new key";
const ROOT_ROLE = { input: 'key-role', equals: 'root' } as const;

export const rotateKeySpec = defineCommand({
  name: 'rotate-key',
  summary: 'replace a snapshot, timestamp, targets, signer or root key',
  help: {
    usage: '[options] --key-role ROLE REPOSITORY',
    about: `
Replace one key of REPOSITORY (registry/repository, no tag), without a
workstation, so clients that trust the repository keep trusting it: each
change is signed by a key the current trust data names.

  snapshot, timestamp  the trust server makes a new key; the root key signs
                       it into root
  targets              a new repository key (--new-repository-key-file, or one
                       generated into --key-directory, encrypted with
                       --new-repository-key-passphrase); the root key signs it
  signer               the signer's new key (--signer-key-file) replaces its
                       old one in targets/NAME and targets/releases; the
                       repository key signs it in
  root                 a new root key (--new-root-key-file, or one generated
                       into --key-directory, encrypted with
                       --new-root-key-passphrase) in a new root certificate;
                       the old root key (--root-key-file) and the new one
                       sign the new root

Prints the key the role is signed with from now on. A generated key is the
only copy: the directory is checked before anything else, and the key is
written before the rotation is published.

After a root rotation a --trust-pin must name the new root: the root key ID
printed (the certificate's ID) or the new certificate (--json prints it). A
pin to the old root key fails from then on, even where the old root is cached.`,
    examples: `
# A new repository key, generated into ~/.docker/trust/private for docker.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$NEW_REPOSITORY_PASSPHRASE"
dct-sign rotate-key --key-role targets --root-key-file root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app

# The CI signer's key, after dct-sign key-generate --signer-name ci made a new one.
dct-sign rotate-key --key-role signer --signer-name ci --signer-key-file ci.key \\
    --repository-key-file repository.key registry.example.com/team/app

# A new root key, generated into ~/.docker/trust/private; then update trust-pin.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
dct-sign rotate-key --key-role root --root-key-file old-root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app`,
    exitCodes: [
      [0, 'the role is signed with the new key (or already was)'],
      [1, 'rotating failed: a key the repository does not trust, the trust\ndata, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, not one REPOSITORY, no or\nan unknown --key-role, a key the role needs is missing, a key file that\nis missing or not a key or its passphrase is wrong, a --key-directory\nthat cannot take the generated key'],
    ],
  },
  inputs: [
    repositoriesInput('the repository, registry/repository'),
    use('key-role', { required: 'choose the key to rotate: snapshot, timestamp, targets, signer, root' }),
    ...keyInputs('root-key', {
      group: 'Root key (snapshot, timestamp, targets, root)',
      help: 'root key file; signs the new root (root: the old root key)',
    }),
    ...keyInputs('new-repository-key', { when: { input: 'key-role', equals: 'targets' } }),
    ...keyInputs('new-root-key', { when: ROOT_ROLE }),
    use('key-directory', { group: 'targets, root: the new key', help: 'where a generated key goes, as <key ID>.key; default: .' }),
    use('signer-name', { group: SIGNER_GROUP, help: 'the signer whose key to rotate', when: SIGNER, required: 'name the signer whose key to rotate' }),
    ...keyInputs('signer-key', {
      group: SIGNER_GROUP,
      help: "the signer's new private key file",
      env: [],
      when: SIGNER,
      required: "give the signer's new private key: {signer-key}",
    }),
    use('old-signer-key', { group: SIGNER_GROUP, when: SIGNER, parse: keyIdOrPem }),
    ...keyInputs('repository-key', { group: SIGNER_GROUP, help: 'repository (targets) key file; signs the new key in' }),
    ...connectionInputs(),
  ],
  rules: [{ kind: 'single', input: 'tags', message: 'rotate-key works on one repository; give one, not {count}' }],
  options: (v, ctx): RotateKeyOptions => {
    const role = v.string('key-role')!;
    return {
      reference: referencesOf(v)[0]!,
      role,
      rootKey: v.key('root-key'),
      repositoryKey: v.key('repository-key'),
      newRepositoryKey: v.key('new-repository-key'),
      newRepositoryKeyPassphrase: v.string('new-repository-key-passphrase'),
      newRootKey: v.key('new-root-key'),
      newRootKeyPassphrase: v.string('new-root-key-passphrase'),
      keyDirectory: resolve(v.string('key-directory')?.trim() || ctx.workDirectory),
      signer:
        role === 'signer'
          ? { name: v.string('signer-name')!.trim(), newKey: v.key('signer-key')!, oldKey: v.parsed<string>('old-signer-key') }
          : undefined,
      ...connectionOptions(v, ctx),
    };
  },
  operation: async () => (await import('../operations/rotate-key.ts')).rotateKey,
  outputs: [{ name: 'key-id', description: 'ID of the key the rotated role is signed with from now on', value: (r: RotateKeyResult) => r.keyId }],
  json: {
    help: 'print the result as JSON',
    value: (r) => {
      const { gun, trustServer, role, keyId, previousKeyIds, resigned } = r;
      const privateKeyPath = (r.generatedRepositoryKey ?? r.generatedRootKey)?.path ?? null;
      return {
        gun,
        trustServer,
        role,
        keyId,
        previousKeyIds,
        resigned,
        privateKeyPath,
        ...(r.rootCertificate ? { rootCertificate: r.rootCertificate } : {}),
      };
    },
  },
  secrets: (r) => [r.generatedRepositoryKey?.base64, r.generatedRootKey?.base64],
  text: (r) => {
    const lines = [`The ${r.role} key of ${r.gun} is ${r.keyId}`];
    if (r.previousKeyIds.length > 0) lines.push(`  replaces  ${r.previousKeyIds.map(shortId).join(', ')}`);
    lines.push(`  re-signed ${r.resigned.length > 0 ? r.resigned.join(', ') : 'nothing (the key was already in place)'}`);
    const path = (r.generatedRepositoryKey ?? r.generatedRootKey)?.path;
    if (path) lines.push(`  new key   ${path} (encrypted; the only copy: keep it)`);
    if (r.role === 'root') lines.push(`  trust-pin must now be ${r.keyId} (or the new root certificate)`);
    return `${lines.join('\n')}\n`;
  },
  summaryOf: (r) => {
    const generated = r.generatedRepositoryKey ?? r.generatedRootKey;
    const path = generated?.path;
    const what = r.generatedRootKey ? 'root' : 'repository';
    const pin = r.role === 'root' ? [`Pins must move: set trust-pin to the new root key ID ${r.keyId}, or to the new root certificate.`] : [];
    return {
      intro:
        r.resigned.length > 0
          ? `Rotated the ${r.role} key of ${r.gun}.`
          : `The ${r.role} key of ${r.gun} was already ${shortId(r.keyId)}; nothing changed.`,
      header: ['Key', 'Previous keys', 'Re-signed'],
      rows: [[{ code: r.keyId }, r.previousKeyIds.map(shortId).join(', '), r.resigned.join(', ')]],
      notes: [...(path ? [`The new ${what} key is in ${path}, encrypted; keep it safe, it is the only copy.`] : []), ...pin],
    };
  },
  done: (r) => `The ${r.role} key of ${r.gun} is ${shortId(r.keyId)}`,
});
