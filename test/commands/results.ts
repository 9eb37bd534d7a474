// Canned results of every operation, built by hand, and the references and
// key fixtures they name: for the specs' text, JSON, outputs and summaries,
// and for the CLI's tests, whose fake operations return them. Also stand-ins
// for what a spec's functions take: views, input values, a run's context.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyCommandSpec, CommandSpec, InputValues, Login, OutputSpec, RunContext, View } from '../../src/commands/spec.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import type { InspectResult } from '../../src/operations/inspect.ts';
import type { KeyGenerateResult } from '../../src/operations/key-generate.ts';
import type { RefreshResult } from '../../src/operations/refresh.ts';
import type { RevokeResult } from '../../src/operations/revoke.ts';
import type { RotateKeyResult } from '../../src/operations/rotate-key.ts';
import type { SignerAddResult } from '../../src/operations/signer-add.ts';
import type { SignerRemoveResult } from '../../src/operations/signer-remove.ts';
import type { SignResult } from '../../src/operations/sign.ts';
import { parseReference, type ImageReference } from '../../src/registry/reference.ts';
import { expect } from 'vitest';
import type { VerifiedReference, VerifyResult } from '../../src/operations/verify.ts';

const FIXTURES = join(import.meta.dirname, '..', 'keys', 'fixtures');
export const ALICE_KEY_FILE = join(FIXTURES, 'docker-alice.key');
export const ALICE_KEY = readFileSync(ALICE_KEY_FILE, 'utf8');
export const ALICE_PASSPHRASE = 'fixture-passphrase';
export const ALICE_KEY_ID = 'ac5ce34fd279c5ef4466f95f040e1383fd33cfbcfe1d21affeadce31bb18500b';
export const ALICE_PUB_FILE = join(FIXTURES, 'docker-alice.pub');
export const ALICE_PUB = readFileSync(ALICE_PUB_FILE, 'utf8');
/** The base64 lines of the private key fixture: what must never be printed. */
export const ALICE_KEY_BODY = ALICE_KEY.split('\n').filter((l) => /^[A-Za-z0-9+/=]{16,}$/.test(l));

export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const REPO = 'registry.example.com/team/app';
export const REF = `${REPO}:1.0`;
export const TRUST_SERVER = 'https://notary.example.com';

/** What sign returns for these references: given as text, or as the command layer parsed them. */
export function signResult(options: { readonly references: readonly (string | Pick<ImageReference, 'original'>)[] }): SignResult {
  return {
    signed: options.references.map((ref) => typeof ref === 'string' ? ref : ref.original).map((reference) => ({
      reference,
      tag: reference.slice(reference.lastIndexOf(':') + 1),
      digest: DIGEST,
      size: 523,
      roles: ['targets/alice', 'targets/releases'],
      gun: reference.slice(0, reference.lastIndexOf(':')),
      trustServer: TRUST_SERVER,
      alreadySigned: false,
      formats: ['dct'],
    })),
    published: true,
    formats: ['dct'],
    signerKeyId: ALICE_KEY_ID,
    signerName: 'alice',
    requests: { total: 5, byMethod: { GET: 4, POST: 1 }, connections: 2 },
  };
}

export const INSPECT_RESULT: InspectResult = {
  repositories: [
    {
      Name: REPO,
      SignedTags: [{ SignedTag: '1.0', Digest: 'ab'.repeat(32), Signers: ['alice'] }],
      Signers: [{ Name: 'alice', Keys: [{ ID: 'cd'.repeat(32) }] }],
      AdministrativeKeys: [
        { Name: 'Root', Keys: [{ ID: 'ef'.repeat(32) }] },
        { Name: 'Repository', Keys: [{ ID: '01'.repeat(32) }] },
      ],
    },
  ],
};

export const OTHER_DIGEST = `sha256:${'cd'.repeat(32)}`;
export const REF2 = `${REPO}:2.0`;
export const PASSED: VerifiedReference = {
  reference: REF,
  tag: '1.0',
  gun: REPO,
  signedDigest: DIGEST,
  registryDigest: DIGEST,
  signers: ['alice'],
  pinned: `${REPO}@${DIGEST}`,
  ok: true,
  formats: ['dct'],
  message: `${REF} is signed by alice and served as signed: ${REPO}@${DIGEST}`,
};
export const CHANGED: VerifiedReference = {
  reference: REF2,
  tag: '2.0',
  gun: REPO,
  signedDigest: DIGEST,
  registryDigest: OTHER_DIGEST,
  signers: [],
  pinned: `${REPO}@${DIGEST}`,
  ok: false,
  formats: [],
  reason: 'digest-changed',
  message: `${REF2}: the registry serves ${OTHER_DIGEST}, but ${DIGEST} is signed`,
};
export const verifyResult = (references: VerifiedReference[]): VerifyResult => ({ references, ok: references.every((r) => r.ok) });

export const REVOKE_RESULT: RevokeResult = {
  revoked: [{ reference: REF, tag: '1.0', gun: REPO, roles: ['targets/alice', 'targets/releases'] }],
  signerKeyId: ALICE_KEY_ID,
};

/** The root key ID of a repository signer-add created. */
export const ROOT_KEY_ID = 'c'.repeat(64);

export const SIGNER_ADD_RESULT: SignerAddResult = {
  name: 'alice',
  keyIds: [ALICE_KEY_ID],
  repositories: [
    { reference: REPO, gun: REPO, trustServer: TRUST_SERVER, initialized: false, changed: true },
    { reference: `${REPO}-2`, gun: `${REPO}-2`, trustServer: TRUST_SERVER, initialized: true, changed: true, rootKeyId: ROOT_KEY_ID },
    { reference: `${REPO}-3`, gun: `${REPO}-3`, trustServer: TRUST_SERVER, initialized: false, changed: false },
  ],
};

export const SIGNER_REMOVE_RESULT: SignerRemoveResult = {
  name: 'alice',
  repositories: [{ reference: REPO, gun: REPO, trustServer: TRUST_SERVER, removedKeyIds: [ALICE_KEY_ID], releasesInvalidated: true, droppedAtNextSign: [] }],
};

export const KEY_GENERATE_RESULT: KeyGenerateResult = {
  name: 'ci',
  keyId: ALICE_KEY_ID,
  privateKeyPath: '/keys/ci.key',
  publicKeyPath: '/keys/ci.pub',
  publicKeyPem: ALICE_PUB,
  privateKeyBase64: Buffer.from(ALICE_KEY).toString('base64'),
};

export const NEW_KEY_ID = 'ef'.repeat(32);
const GENERATED_PEM = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: targets\n\nMIIBgeneratedKeyBody0123456789\n-----END ENCRYPTED PRIVATE KEY-----\n';

export function rotateKeyResult(role: RotateKeyResult['role'], generatedPath?: string): RotateKeyResult {
  return {
    gun: REPO,
    trustServer: TRUST_SERVER,
    role,
    keyId: NEW_KEY_ID,
    previousKeyIds: [ALICE_KEY_ID],
    resigned: ['root', 'targets'],
    ...(generatedPath
      ? {
          generatedRepositoryKey: {
            keyId: NEW_KEY_ID,
            pem: GENERATED_PEM,
            base64: Buffer.from(GENERATED_PEM).toString('base64'),
            fileName: `${NEW_KEY_ID}.key`,
            path: generatedPath,
          },
        }
      : {}),
  };
}

export const EXPIRES = new Date('2029-01-01T00:00:00Z');
export const PREVIOUS_EXPIRES = new Date('2026-03-01T00:00:00Z');
export const REFRESH_RESULT: RefreshResult = {
  gun: REPO,
  trustServer: TRUST_SERVER,
  refreshed: [{ role: 'targets', version: 7, expires: EXPIRES, previousExpires: PREVIOUS_EXPIRES }],
  published: true,
};

/** The view of a plain CLI run, with the given view flags; the action's and task's log view. */
export const cliView = (...flags: string[]): View => ({ log: false, flags: new Set(flags) });
export const LOG_VIEW: View = { log: true, flags: new Set() };

/** Each output of `spec` for `result`, by name. */
export function outputsOf<R>(spec: CommandSpec<never, R> | AnyCommandSpec, result: R): Record<string, string> {
  return Object.fromEntries(spec.outputs.map((o: OutputSpec<R>) => [o.name, o.value(result)]));
}

export interface StubbedValues {
  readonly strings?: Readonly<Record<string, string>>;
  readonly lists?: Readonly<Record<string, string[]>>;
  readonly booleans?: Readonly<Record<string, boolean>>;
  readonly keys?: Readonly<Record<string, KeyInput>>;
  readonly parsed?: Readonly<Record<string, unknown>>;
  readonly login?: Login;
}

/** InputValues as readInputs gives them, for a spec's options. */
/** References as the command layer hands them to an operation, matched by how they were given. */
export function parsedAs(...texts: string[]): unknown[] {
  return texts.map((original) => expect.objectContaining({ original }));
}

export function stubValues(v: StubbedValues = {}): InputValues {
  return {
    string: (n) => v.strings?.[n],
    list: (n) => [...(v.lists?.[n] ?? [])],
    boolean: (n) => v.booleans?.[n] === true,
    key: (n) => v.keys?.[n],
    login: () => v.login,
    // As readInputs leaves them: `tags` parsed, unless the test says otherwise.
    parsed: <T>(n: string) =>
      (v.parsed?.[n] ?? (n === 'tags' && v.lists?.tags ? v.lists.tags.map((t) => parseReference(t)) : undefined)) as T | undefined,
  };
}

/** A run's context for a spec's options. */
export const RUN_CONTEXT: RunContext = {
  logger: { debug: () => {}, info: () => {}, warning: () => {} },
  runner: { run: () => Promise.reject(new Error('no runner')) },
  env: { DOCKER_CONTENT_TRUST_SERVER: 'https://env.example.com' },
  workDirectory: '/work/dir',
  tempDirectory: '/tmp/run',
  maskKey: () => {},
  maskSecret: () => {},
};

export const KEY_INPUT: KeyInput = { text: 'key text', input: '--signer-key', passphraseInput: '--signer-key-passphrase', passphrase: 'pass' };
