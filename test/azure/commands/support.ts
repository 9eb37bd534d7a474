// What the command tests share: complete, valid inputs for each command (one
// scenario for each variant that reads other inputs), each command's input
// parser, and a result of each operation, built by hand, for the mappings to
// output variables and summaries.

import { agentTemp } from '../agent.ts';
import type { TaskInputs } from '../../../src/azure/inputs.ts';
import { readInspectInputs, inspectOutputs } from '../../../src/azure/commands/inspect.ts';
import { keyGenerateOutputs, readKeyGenerateInputs } from '../../../src/azure/commands/key-generate.ts';
import { readRefreshInputs, refreshOutputs } from '../../../src/azure/commands/refresh.ts';
import { readRevokeInputs, revokeOutputs } from '../../../src/azure/commands/revoke.ts';
import { readRotateKeyInputs, rotateKeyOutputs } from '../../../src/azure/commands/rotate-key.ts';
import { readSignerAddInputs, signerAddOutputs } from '../../../src/azure/commands/signer-add.ts';
import { readSignerRemoveInputs } from '../../../src/azure/commands/signer-remove.ts';
import { readSignInputs, signOutputs } from '../../../src/azure/commands/sign.ts';
import { readVerifyInputs, verifyOutputs } from '../../../src/azure/commands/verify.ts';
import type { Outputs } from '../../../src/azure/outputs.ts';
import type { InspectResult } from '../../../src/operations/inspect.ts';
import type { KeyGenerateResult } from '../../../src/operations/key-generate.ts';
import type { RefreshResult } from '../../../src/operations/refresh.ts';
import type { RevokeResult } from '../../../src/operations/revoke.ts';
import type { RotateKeyResult } from '../../../src/operations/rotate-key.ts';
import type { SignerAddResult } from '../../../src/operations/signer-add.ts';
import type { SignerRemoveResult } from '../../../src/operations/signer-remove.ts';
import type { SignResult } from '../../../src/operations/sign.ts';
import type { VerifyResult } from '../../../src/operations/verify.ts';
import { fixture } from '../../keys/support.ts';

export const KEY_PEM = fixture('docker-alice.key');
export const PUBLIC_PEM = fixture('docker-alice.pub');
export const REGISTRY = 'myregistry.example.com';
export const REPO = `${REGISTRY}/app`;
export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const KEY_ID = 'f'.repeat(64);

export type Inputs = Readonly<Record<string, string>>;

export interface Scenario {
  readonly command: string;
  readonly name: string;
  readonly inputs: Inputs;
}

const trust = { trustServer: 'https://notary.example.com:4443', trustPin: 'a'.repeat(64) };

/** Every command with inputs that parse; together they read every input the command has. */
export const SCENARIOS: readonly Scenario[] = [
  {
    command: 'sign',
    name: 'sign',
    inputs: { tags: `${REPO}:1`, signerKey: KEY_PEM, signerKeyPassphrase: 'signer-pass', signerName: 'alice', push: 'false', ...trust },
  },
  { command: 'inspect', name: 'inspect', inputs: { tags: `${REPO}\n${REPO}:1`, ...trust } },
  {
    command: 'verify',
    name: 'verify',
    inputs: { tags: `${REPO}:1`, requiredSigners: 'alice, bob', signerPolicy: 'all', ...trust },
  },
  {
    command: 'revoke',
    name: 'revoke',
    inputs: { tags: REPO, all: 'true', signerKey: KEY_PEM, signerKeyPassphrase: 'signer-pass', ...trust },
  },
  {
    command: 'signer-add',
    name: 'signer-add',
    inputs: { tags: REPO, signerName: 'alice', signerPublicKey: PUBLIC_PEM, repositoryKey: KEY_PEM, repositoryKeyPassphrase: 'repo-pass', ...trust },
  },
  {
    command: 'signer-remove',
    name: 'signer-remove',
    inputs: { tags: REPO, signerName: 'alice', repositoryKey: KEY_PEM, force: 'true', ...trust },
  },
  { command: 'key-generate', name: 'key-generate', inputs: { signerName: 'alice', signerKeyPassphrase: 'new-passphrase' } },
  ...['snapshot', 'timestamp'].map((keyRole) => ({
    command: 'rotate-key',
    name: `rotate-key ${keyRole}`,
    inputs: { tags: REPO, keyRole, rootKey: KEY_PEM, ...trust },
  })),
  {
    command: 'rotate-key',
    name: 'rotate-key targets',
    inputs: { tags: REPO, keyRole: 'targets', rootKey: KEY_PEM, newRepositoryKeyPassphrase: 'new-repo-pass', ...trust },
  },
  {
    command: 'rotate-key',
    name: 'rotate-key signer',
    inputs: { tags: REPO, keyRole: 'signer', repositoryKey: KEY_PEM, signerName: 'alice', signerKey: KEY_PEM, oldSignerKey: KEY_ID, ...trust },
  },
  {
    command: 'refresh',
    name: 'refresh',
    inputs: { tags: REPO, signerKey: KEY_PEM, repositoryKey: KEY_PEM, expiringWithin: '180d', ...trust },
  },
];

/** Each command's input parser. */
export const PARSERS: Readonly<Record<string, (inputs: TaskInputs) => unknown>> = {
  sign: readSignInputs,
  inspect: readInspectInputs,
  verify: readVerifyInputs,
  revoke: readRevokeInputs,
  'signer-add': readSignerAddInputs,
  'signer-remove': readSignerRemoveInputs,
  'key-generate': (inputs) => readKeyGenerateInputs(inputs, agentTemp),
  'rotate-key': (inputs) => readRotateKeyInputs(inputs, agentTemp),
  refresh: readRefreshInputs,
};

export const SIGN_RESULT: SignResult = {
  signerKeyId: KEY_ID,
  signerName: 'ci',
  requests: { total: 7, byMethod: { GET: 5, POST: 2 }, connections: 2 },
  signed: [
    {
      reference: `${REPO}:1`,
      tag: '1',
      digest: DIGEST,
      size: 528,
      roles: ['targets/releases', 'targets/ci'],
      gun: REPO,
      trustServer: 'https://notary.example.com',
    },
  ],
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
  ],
};

export const VERIFY_RESULT: VerifyResult = {
  ok: false,
  references: [
    {
      reference: `${REPO}:1`,
      tag: '1',
      gun: REPO,
      signedDigest: DIGEST,
      registryDigest: DIGEST,
      signers: ['ci'],
      pinned: `${REPO}@${DIGEST}`,
      ok: true,
      message: `${REPO}:1 is signed by ci and served as signed: ${REPO}@${DIGEST}`,
    },
    {
      reference: `${REPO}:2`,
      tag: '2',
      gun: REPO,
      signedDigest: DIGEST,
      registryDigest: `sha256:${'cd'.repeat(32)}`,
      signers: ['ci'],
      pinned: `${REPO}@${DIGEST}`,
      ok: false,
      reason: 'digest-changed',
      message: `${REPO}:2: the registry serves sha256:${'cd'.repeat(32)}, but ${DIGEST} is signed`,
    },
    {
      reference: `${REPO}:3`,
      tag: '3',
      gun: REPO,
      signedDigest: DIGEST,
      registryDigest: DIGEST,
      signers: [],
      pinned: `${REPO}@${DIGEST}`,
      ok: false,
      reason: 'wrong-signer',
      message: `${REPO}:3 is signed by no named signer (Repo Admin); one of ci must sign it (missing: ci)`,
    },
  ],
};

export const REVOKE_RESULT: RevokeResult = {
  signerKeyId: KEY_ID,
  revoked: [{ reference: `${REPO}:1`, tag: '1', gun: REPO, roles: ['targets/releases', 'targets/ci'] }],
};

export const SIGNER_ADD_RESULT: SignerAddResult = {
  name: 'ci',
  keyIds: [KEY_ID, 'e'.repeat(64)],
  repositories: [
    { reference: REPO, gun: REPO, trustServer: 'https://notary.example.com', initialized: false, changed: true },
    { reference: `${REGISTRY}/new`, gun: `${REGISTRY}/new`, trustServer: 'https://notary.example.com', initialized: true, changed: true },
  ],
};

export const SIGNER_REMOVE_RESULT: SignerRemoveResult = {
  name: 'ci',
  repositories: [{ reference: REPO, gun: REPO, trustServer: 'https://notary.example.com', removedKeyIds: [KEY_ID], releasesInvalidated: true }],
};

export const KEY_GENERATE_RESULT: KeyGenerateResult = {
  name: 'ci',
  keyId: KEY_ID,
  privateKeyPath: '/agent/_temp/ci.key',
  publicKeyPath: '/agent/_temp/ci.pub',
  publicKeyPem: PUBLIC_PEM,
  privateKeyBase64: Buffer.from(KEY_PEM).toString('base64'),
};

export const ROTATE_KEY_RESULT: RotateKeyResult = {
  gun: REPO,
  trustServer: 'https://notary.example.com',
  role: 'targets',
  keyId: KEY_ID,
  previousKeyIds: ['2'.repeat(64)],
  resigned: ['root', 'targets'],
};

export const REFRESH_RESULT: RefreshResult = {
  gun: REPO,
  trustServer: 'https://notary.example.com',
  published: true,
  refreshed: [{ role: 'targets/ci', version: 4, expires: new Date('2029-11-23T00:00:00Z'), previousExpires: new Date('2027-01-01T00:00:00Z') }],
};

/** The output variables each command sets (none for signer-remove). */
export const OUTPUTS: Readonly<Record<string, Outputs>> = {
  sign: signOutputs(SIGN_RESULT),
  inspect: inspectOutputs(INSPECT_RESULT),
  verify: verifyOutputs(VERIFY_RESULT),
  revoke: revokeOutputs(REVOKE_RESULT),
  'signer-add': signerAddOutputs(SIGNER_ADD_RESULT),
  'signer-remove': {},
  'key-generate': keyGenerateOutputs(KEY_GENERATE_RESULT),
  'rotate-key': rotateKeyOutputs(ROTATE_KEY_RESULT),
  refresh: refreshOutputs(REFRESH_RESULT),
};
