// Tampered trust data must be refused before anything is published. A fake
// server serves metadata recorded from the real notary-server with one change
// each; the sign must fail with the right error and make no POST.

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { JsonValue } from '../../src/encoding/canonical-json.ts';
import { DctError, VerificationError } from '../../src/errors.ts';
import { createRootCertificate, generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { Session } from '../../src/operations/session.ts';
import type { TargetSpec } from '../../src/trust/changes.ts';
import { readTrustTree } from '../../src/operations/inspect-read.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { refreshRoles } from '../../src/trust/refresh.ts';
import { initializeRepository, signTargetsInRepository } from '../../src/trust/updates.ts';
import { serializeEnvelope, type Signature } from '../../src/tuf/metadata.ts';
import { DAY } from '../../src/tuf/time.ts';
import { MAX_DELEGATIONS, type TrustState } from '../../src/tuf/trusted-repository.ts';
import { coreSession } from '../support/core.ts';
import { FakeTrustServer, recordRoles, type RoleFiles } from '../support/fake-trust-server.ts';
import { uniqueRepository } from '../support/peers.ts';
import { RepositoryBuilder } from '../tuf/support/repository-builder.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const ROLES = ['root', 'timestamp', 'snapshot', 'targets', 'targets/releases', 'targets/ci'];

const target = (name: string): TargetSpec => ({ name, sha256: randomBytes(32).toString('hex'), length: 527 });

/** Re-writes one signature of a file, keeping Go's exact envelope form. */
function withBadSignature(bytes: Uint8Array): Uint8Array {
  const envelope = JSON.parse(Buffer.from(bytes).toString()) as {
    signed: JsonValue;
    signatures: { keyid: string; method: string; sig: string }[];
  };
  const signatures: Signature[] = envelope.signatures.map((s) => {
    const sig = Buffer.from(s.sig, 'base64');
    sig[sig.length - 1]! ^= 0x01;
    return { keyid: s.keyid, method: s.method, sig };
  });
  return serializeEnvelope(envelope.signed, signatures);
}

describe('a sign against tampered trust data', () => {
  const sessions: Session[] = [];
  const fakes: FakeTrustServer[] = [];
  const repo = uniqueRepository(variant, 'tamper');
  let signer: SigningKey;
  let first: RoleFiles;
  let second: RoleFiles;
  let secondState: TrustState;
  let otherRoot: Uint8Array;

  const session = () => {
    const s = coreSession(stack);
    sessions.push(s);
    return s;
  };

  async function createRepository(gun: string, key: SigningKey) {
    await initializeRepository({
      server: session().trustServer(variant.notaryUrl),
      gun,
      rootSigner: createRootCertificate(generateKey('ecdsa'), gun).signer,
      repositorySigner: generateKey('ecdsa'),
      signer: { name: 'ci', keys: [key.publicKey] },
    });
  }

  async function sign(gun: string, tag: string, server = session().trustServer(variant.notaryUrl)) {
    return signTargetsInRepository({ server, gun, signers: [signer], signerName: 'ci', targets: [target(tag)] });
  }

  beforeAll(async () => {
    signer = generateKey('ecdsa');
    await createRepository(repo.gun, signer);
    const real = session().trustServer(variant.notaryUrl);
    await sign(repo.gun, 'v1');
    first = await recordRoles(real, repo.gun, ROLES);
    await sign(repo.gun, 'v2');
    second = await recordRoles(real, repo.gun, ROLES);
    secondState = (await readRepository({ server: real, gun: repo.gun, delegations: ['targets/releases', 'targets/ci'] }))!
      .state;

    const other = uniqueRepository(variant, 'tamper-other');
    await createRepository(other.gun, signer);
    otherRoot = (await real.getRole(other.gun, 'root', { maxBytes: 1 << 20 }))!;
  });
  afterAll(async () => {
    await Promise.all([...sessions.map((s) => s.close()), ...fakes.map((f) => f.close())]);
  });

  async function signAgainstFake(files: RoleFiles, options: { previous?: TrustState; now?: Date } = {}) {
    const fake = await FakeTrustServer.start(repo.gun, files);
    fakes.push(fake);
    const error = await signTargetsInRepository({
      server: session().trustServer(fake.url),
      gun: repo.gun,
      signers: [signer],
      signerName: 'ci',
      targets: [target('v3')],
      ...(options.previous ? { previous: options.previous } : {}),
      ...(options.now ? { now: () => options.now! } : {}),
    }).catch((e: unknown) => e);
    return { error, fake };
  }

  it('succeeds against the untouched recording, so the fake itself is sound', async () => {
    const fake = await FakeTrustServer.start(repo.gun, new Map(second));
    fakes.push(fake);
    const error = await sign(repo.gun, 'v3', session().trustServer(fake.url)).catch((e: unknown) => e);
    // Verification passed: the only failure is the fake refusing the POST.
    expect(error).toBeInstanceOf(DctError);
    expect((error as DctError).message).toMatch(/accepts no updates/);
    expect(fake.posts).toBe(1);
  });

  it.each([
    {
      name: 'a bad timestamp signature',
      files: () => new Map(second).set('timestamp', withBadSignature(second.get('timestamp')!)),
      role: 'timestamp',
      code: 'VERIFY',
    },
    {
      name: 'a bad delegation signature',
      files: () => new Map(second).set('targets/ci', withBadSignature(second.get('targets/ci')!)),
      // The snapshot's hash catches the changed file before its signature is read.
      role: 'targets/ci',
      code: 'VERIFY',
    },
    {
      name: 'a snapshot whose hash does not match the timestamp',
      files: () => new Map(second).set('snapshot', first.get('snapshot')!),
      role: 'snapshot',
      code: 'VERIFY',
    },
    {
      name: 'a root whose certificate CN is another repository',
      files: () => new Map(second).set('root', otherRoot),
      role: 'root',
      code: 'VERIFY',
    },
  ])('refuses $name and posts nothing', async ({ files, role, code }) => {
    const { error, fake } = await signAgainstFake(files());
    expect(error).toBeInstanceOf(VerificationError);
    expect(error).toMatchObject({ role, code });
    expect(fake.posts).toBe(0);
  });

  it('refuses a rolled-back version and posts nothing', async () => {
    const { error, fake } = await signAgainstFake(new Map(first), { previous: secondState });
    expect(error).toMatchObject({ code: 'ROLLBACK', role: 'timestamp' });
    expect(fake.posts).toBe(0);
  });

  it('refuses an expired timestamp and posts nothing', async () => {
    // notary-server's timestamps last 14 days; everything else lasts years.
    const { error, fake } = await signAgainstFake(new Map(second), { now: new Date(Date.now() + 15 * DAY) });
    expect(error).toMatchObject({ code: 'EXPIRED', role: 'timestamp' });
    expect(fake.posts).toBe(0);
  });
});

// The full walk (inspect, and refresh with no roles named) against trees a
// real notary-server would never hold, really signed by the test builder.
describe('Delegation trees: a looping one and an oversized one', () => {
  const sessions: Session[] = [];
  const fakes: FakeTrustServer[] = [];
  afterAll(async () => {
    await Promise.all([...sessions.map((s) => s.close()), ...fakes.map((f) => f.close())]);
  });

  async function served(shape: (b: RepositoryBuilder) => void) {
    const now = new Date();
    const b = new RepositoryBuilder({ now });
    b.addTarget('targets', 'latest', 'manifest latest');
    b.delegate('targets/releases');
    b.addTarget('targets/releases', 'v1', 'manifest v1');
    shape(b);
    await b.publish();
    const fake = await FakeTrustServer.start(b.gun, new Map(b.store.current));
    fakes.push(fake);
    const session = coreSession(stack);
    sessions.push(session);
    return { b, fake, now, server: session.trustServer(fake.url) };
  }

  async function refreshAll(shape: (b: RepositoryBuilder) => void) {
    const { b, fake, now, server } = await served(shape);
    const error = await refreshRoles({ server, gun: b.gun, signers: b.keysOf('targets'), now: () => now }).catch(
      (e: unknown) => e,
    );
    return { error, fake };
  }

  async function inspectAll(shape: (b: RepositoryBuilder) => void) {
    const { b, now, server } = await served(shape);
    return readTrustTree({ server, gun: b.gun, now: () => now }).catch((e: unknown) => e);
  }

  const looping = (b: RepositoryBuilder) => {
    b.delegate('targets/a');
    b.delegate('targets/a', { declaredIn: 'targets/a', keys: b.keysOf('targets/a') });
  };
  const tooMany = (b: RepositoryBuilder) => {
    const keys = b.keysOf('targets/releases');
    for (let i = 0; i < MAX_DELEGATIONS; i++) b.delegate(`targets/d${i}`, { keys, published: false });
  };
  const tooLarge = (b: RepositoryBuilder) => {
    const big = 'x'.repeat(15 << 20);
    for (let i = 0; i < 5; i++) {
      b.delegate(`targets/big${i}`, { keys: b.keysOf('targets/releases') });
      b.addTarget(`targets/big${i}`, `${big}${i}`, 'manifest');
    }
  };

  it('refreshes a sound tree up to the publish, so the fake itself is sound', async () => {
    const { error, fake } = await refreshAll(() => {});
    expect((error as DctError).message).toMatch(/accepts no updates/);
    expect(fake.posts).toBe(1);
  });

  it.each([
    { name: 'a delegation that lists itself', shape: looping, message: /delegation "targets\/a" is not a role directly below targets\/a/ },
    { name: `more than ${MAX_DELEGATIONS} delegations`, shape: tooMany, message: /more than 1000 delegations/ },
    { name: 'more than 64 MiB of delegations', shape: tooLarge, message: /larger than 64 MiB/ },
  ])('refuses $name: refresh posts nothing, inspect fails with the reason', async ({ shape, message }) => {
    const { error, fake } = await refreshAll(shape);
    expect(error).toBeInstanceOf(VerificationError);
    expect((error as Error).message).toMatch(message);
    expect(fake.posts).toBe(0);
    expect(fake.requests.some((r) => r.path.includes('targets/big'))).toBe(false);

    const inspected = await inspectAll(shape);
    expect(inspected).toBeInstanceOf(VerificationError);
    expect((inspected as Error).message).toMatch(message);
  });
});
