// What the adapters' tests share (the action's here, the task's in
// test/azure): for each command, inputs that read without error (by the
// catalogue's kebab-case names), a result of its operation built by hand,
// and the outputs that result must give, written out so that a changed
// output shows up as a failing test.

import type { CertificateResult } from '../../src/operations/certificate.ts';
import type { InspectResult } from '../../src/operations/inspect.ts';
import type { KeyGenerateResult } from '../../src/operations/key-generate.ts';
import type { MigrateResult } from '../../src/operations/migrate.ts';
import type { RefreshResult } from '../../src/operations/refresh.ts';
import type { RevokeResult } from '../../src/operations/revoke.ts';
import type { RotateKeyResult } from '../../src/operations/rotate-key.ts';
import type { SignerAddResult } from '../../src/operations/signer-add.ts';
import type { SignerRemoveResult } from '../../src/operations/signer-remove.ts';
import type { SignResult } from '../../src/operations/sign.ts';
import type { VerifiedReference, VerifyResult } from '../../src/operations/verify.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';

export const KEY_PEM = fixture(FIXTURE_KEYS.dockerAlice.file);
export const PUBLIC_PEM = fixture('docker-alice.pub');
export const REGISTRY = 'myregistry.example.com';
export const REPO = `${REGISTRY}/app`;
export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const OTHER_DIGEST = `sha256:${'cd'.repeat(32)}`;
export const KEY_ID = 'f'.repeat(64);
export const OTHER_KEY_ID = 'e'.repeat(64);
const TRUST_SERVER = 'https://notary.example.com';

export const SIGN_RESULT: SignResult = {
  signerKeyId: KEY_ID,
  signerName: 'ci',
  requests: { total: 7, byMethod: { GET: 5, POST: 2 }, connections: 2 },
  signed: [
    { reference: `${REPO}:1`, tag: '1', digest: DIGEST, size: 528, roles: ['targets/releases', 'targets/ci'], gun: REPO, trustServer: TRUST_SERVER, alreadySigned: false, formats: ['dct'] },
  ],
  published: true,
  formats: ['dct'],
};

export const MIGRATE_RESULT: MigrateResult = {
  tags: [
    {
      reference: `${REPO}:1`,
      gun: REPO,
      tag: '1',
      digest: DIGEST,
      registryDigest: DIGEST,
      status: 'migrated',
      message: `${REPO}:1: wrote the cosign sig and bundle for ${DIGEST}`,
      written: ['sig', 'bundle'],
    },
  ],
  dryRun: false, formats: ['cosign'],
  keyId: KEY_ID,
  ok: true,
};

export const INSPECT_RESULT: InspectResult = {
  repositories: [
    {
      Name: `${REPO}:1`,
      SignedTags: [{ SignedTag: '1', Digest: 'ab'.repeat(32), Signers: ['ci'] }],
      Signers: [{ Name: 'ci', Keys: [{ ID: KEY_ID }] }],
      AdministrativeKeys: [
        { Name: 'Root', Keys: [{ ID: '1'.repeat(64) }] },
        { Name: 'Repository', Keys: [{ ID: '2'.repeat(64) }] },
      ],
    },
    { Name: `${REGISTRY}/empty`, SignedTags: [], Signers: [], AdministrativeKeys: [{ Name: 'Root' }, { Name: 'Repository' }] },
  ],
};

export const VERIFIED: VerifiedReference = {
  reference: `${REPO}:1`,
  tag: '1',
  gun: REPO,
  signedDigest: DIGEST,
  registryDigest: DIGEST,
  signers: ['ci'],
  pinned: `${REPO}@${DIGEST}`,
  ok: true,
  formats: ['dct'],
  message: `${REPO}:1 is signed by ci and served as signed: ${REPO}@${DIGEST}`,
};

/** A tag that moved: the trust data names a digest, but no pinned reference may come of it. */
export const MOVED: VerifiedReference = {
  ...VERIFIED,
  reference: `${REPO}:2`,
  tag: '2',
  registryDigest: OTHER_DIGEST,
  ok: false,
  formats: [],
  reason: 'digest-changed',
  message: `${REPO}:2: the registry serves ${OTHER_DIGEST}, but ${DIGEST} is signed`,
};

export const UNSIGNED: VerifiedReference = {
  reference: `${REGISTRY}/none:1`,
  tag: '1',
  gun: `${REGISTRY}/none`,
  signedDigest: undefined,
  registryDigest: undefined,
  signers: [],
  pinned: undefined,
  ok: false,
  formats: [],
  reason: 'no-trust-data',
  message: `${REGISTRY}/none has no trust data at https://${REGISTRY}: nothing in it is signed`,
};

export const VERIFY_PASSED: VerifyResult = { ok: true, references: [VERIFIED] };
export const VERIFY_FAILED: VerifyResult = { ok: false, references: [VERIFIED, MOVED, UNSIGNED] };

/** The failure lines of VERIFY_FAILED: the reference, the reason, the message without the reference again. */
export const VERIFY_FAILURES = [
  `${REPO}:2 (digest-changed): the registry serves ${OTHER_DIGEST}, but ${DIGEST} is signed`,
  `${REGISTRY}/none:1 (no-trust-data): ${REGISTRY}/none has no trust data at https://${REGISTRY}: nothing in it is signed`,
];

export const REVOKE_RESULT: RevokeResult = {
  signerKeyId: KEY_ID,
  revoked: [{ reference: `${REPO}:1`, tag: '1', gun: REPO, roles: ['targets/releases', 'targets/ci'] }],
};

export const SIGNER_ADD_RESULT: SignerAddResult = {
  name: 'ci',
  keyIds: [KEY_ID, OTHER_KEY_ID],
  repositories: [
    { reference: REPO, gun: REPO, trustServer: TRUST_SERVER, initialized: false, changed: true },
    { reference: `${REGISTRY}/new`, gun: `${REGISTRY}/new`, trustServer: TRUST_SERVER, initialized: true, changed: true, rootKeyId: 'c'.repeat(64) },
    { reference: `${REGISTRY}/same`, gun: `${REGISTRY}/same`, trustServer: TRUST_SERVER, initialized: false, changed: false },
  ],
};

export const SIGNER_REMOVE_RESULT: SignerRemoveResult = {
  name: 'ci',
  repositories: [{ reference: REPO, gun: REPO, trustServer: TRUST_SERVER, removedKeyIds: [KEY_ID], releasesInvalidated: true, droppedAtNextSign: [] }],
};

export const KEY_GENERATE_RESULT: KeyGenerateResult = {
  name: 'ci',
  keyId: KEY_ID,
  privateKeyPath: '/runner/temp/ci.key',
  publicKeyPath: '/runner/temp/ci.pub',
  publicKeyPem: PUBLIC_PEM,
  privateKeyBase64: Buffer.from(KEY_PEM).toString('base64'),
};

export const CERTIFICATE_RESULT: CertificateResult = {
  name: 'ci',
  path: '/runner/temp/ci.crt',
  pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  subject: 'C=XX, ST=none, O=dct-sign, CN=ci',
  identity: 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci',
  store: 'ci',
  notAfter: new Date('2027-12-08T01:00:00Z'),
  keyInput: 'signer-key',
};

export const ROTATE_KEY_RESULT: RotateKeyResult = {
  gun: REPO,
  trustServer: TRUST_SERVER,
  role: 'targets',
  keyId: KEY_ID,
  previousKeyIds: ['2'.repeat(64)],
  resigned: ['root', 'targets'],
  generatedRepositoryKey: {
    keyId: KEY_ID,
    pem: KEY_PEM,
    base64: Buffer.from(KEY_PEM).toString('base64'),
    fileName: `${KEY_ID}.key`,
    path: `/runner/temp/${KEY_ID}.key`,
  },
};

export const REFRESH_RESULT: RefreshResult = {
  gun: REPO,
  trustServer: TRUST_SERVER,
  published: true,
  refreshed: [{ role: 'targets/ci', version: 4, expires: new Date('2029-11-23T00:00:00Z'), previousExpires: new Date('2027-01-01T00:00:00Z') }],
};

export interface CommandCase {
  readonly command: string;
  /** Inputs that read without error, by kebab-case name (no login). */
  readonly inputs: Readonly<Record<string, string>>;
  readonly result: unknown;
  /** Every output the result gives, by kebab-case name. */
  readonly outputs: Readonly<Record<string, string>>;
}

const trust = { 'trust-server': 'https://notary.example.com:4443', 'trust-pin': 'a'.repeat(64) };

/** One case per command, in the order of COMMANDS. */
export const CASES: readonly CommandCase[] = [
  {
    command: 'sign',
    inputs: { tags: `${REPO}:1`, 'signer-key': KEY_PEM, 'signer-key-passphrase': 'signer-pass', 'signer-name': 'ci', push: 'false', ...trust },
    result: SIGN_RESULT,
    outputs: {
      digest: DIGEST,
      signed: JSON.stringify([{ reference: `${REPO}:1`, tag: '1', digest: DIGEST, size: 528, roles: ['targets/releases', 'targets/ci'], alreadySigned: false, formats: ['dct'] }]),
      'signer-key-id': KEY_ID,
    },
  },
  {
    command: 'inspect',
    inputs: { tags: `${REPO}\n${REPO}:1`, ...trust },
    result: INSPECT_RESULT,
    outputs: { trust: JSON.stringify(INSPECT_RESULT.repositories) },
  },
  {
    command: 'verify',
    inputs: { tags: `${REPO}:1`, 'required-signers': 'ci, release', 'signer-policy': 'all', ...trust },
    result: VERIFY_PASSED,
    outputs: {
      references: `${REPO}@${DIGEST}`,
      verified: JSON.stringify([
        {
          reference: `${REPO}:1`,
          tag: '1',
          ok: true,
          signers: ['ci'],
          signedDigest: DIGEST,
          registryDigest: DIGEST,
          pinned: `${REPO}@${DIGEST}`,
          message: VERIFIED.message,
          formats: ['dct'],
        },
      ]),
    },
  },
  {
    command: 'revoke',
    inputs: { tags: REPO, all: 'true', 'signer-key': KEY_PEM, 'signer-key-passphrase': 'signer-pass', ...trust },
    result: REVOKE_RESULT,
    outputs: { revoked: JSON.stringify([{ reference: `${REPO}:1`, tag: '1', gun: REPO, roles: ['targets/releases', 'targets/ci'] }]) },
  },
  {
    command: 'signer-add',
    inputs: { tags: REPO, 'signer-name': 'ci', 'signer-public-key': PUBLIC_PEM, 'repository-key': KEY_PEM, 'repository-key-passphrase': 'repo-pass', ...trust },
    result: SIGNER_ADD_RESULT,
    outputs: { 'signer-key-id': `${KEY_ID}\n${OTHER_KEY_ID}`, 'root-key-id': 'c'.repeat(64) },
  },
  {
    command: 'signer-remove',
    inputs: { tags: REPO, 'signer-name': 'ci', 'repository-key': KEY_PEM, force: 'true', ...trust },
    result: SIGNER_REMOVE_RESULT,
    outputs: {},
  },
  {
    command: 'key-generate',
    inputs: { 'signer-name': 'ci', 'signer-key-passphrase': 'new-passphrase' },
    result: KEY_GENERATE_RESULT,
    outputs: {
      'signer-key-id': KEY_ID,
      'public-key': PUBLIC_PEM,
      'private-key-path': '/runner/temp/ci.key',
      'public-key-path': '/runner/temp/ci.pub',
      'certificate-path': '',
      'notation-identity': '',
    },
  },
  {
    command: 'certificate',
    inputs: { 'signer-name': 'ci', 'signer-key': KEY_PEM, 'signer-key-passphrase': 'signer-pass' },
    result: CERTIFICATE_RESULT,
    outputs: {
      'certificate-path': '/runner/temp/ci.crt',
      certificate: CERTIFICATE_RESULT.pem,
      'notation-identity': 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci',
    },
  },
  {
    command: 'rotate-key',
    inputs: { tags: REPO, 'key-role': 'targets', 'root-key': KEY_PEM, 'new-repository-key-passphrase': 'new-repo-pass', ...trust },
    result: ROTATE_KEY_RESULT,
    outputs: { 'key-id': KEY_ID },
  },
  {
    command: 'refresh',
    inputs: { tags: REPO, 'signer-key': KEY_PEM, 'repository-key': KEY_PEM, 'expiring-within': '180d', ...trust },
    result: REFRESH_RESULT,
    outputs: {
      refreshed: JSON.stringify([{ role: 'targets/ci', version: 4, expires: '2029-11-23T00:00:00.000Z', previousExpires: '2027-01-01T00:00:00.000Z' }]),
    },
  },
  {
    command: 'migrate',
    inputs: { tags: REPO, formats: 'cosign', 'signer-key': KEY_PEM, 'signer-key-passphrase': 'signer-pass', ...trust },
    result: MIGRATE_RESULT,
    outputs: {
      migrated: JSON.stringify([
        { reference: `${REPO}:1`, tag: '1', digest: DIGEST, registryDigest: DIGEST, status: 'migrated', written: ['sig', 'bundle'], message: `${REPO}:1: wrote the cosign sig and bundle for ${DIGEST}` },
      ]),
    },
  },
];
