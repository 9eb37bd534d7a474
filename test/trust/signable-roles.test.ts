import { describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { canonicalKeyId, createRootCertificate, generateKey, verifySignature, type Signer } from '../../src/keys/index.ts';
import { checkSignerName, keyIdFor, signableRoles, signerNamesOf, signingAs } from '../../src/trust/signable-roles.ts';
import { RELEASES, TARGETS } from '../../src/tuf/role.ts';
import { NOW, RepositoryBuilder } from '../tuf/support/repository-builder.ts';

/** A published repository; `configure` declares its delegations. */
async function loaded(configure: (b: RepositoryBuilder) => void = () => {}) {
  const b = new RepositoryBuilder();
  configure(b);
  await b.publish();
  return { b, repo: (await b.load()).repo };
}

const names = (roles: readonly { name: string }[]) => roles.map((r) => r.name);

describe('#signableRoles', () => {
  describe('when targets has no delegations', () => {
    it('offers targets to a holder of the targets key, signing under root’s key ID', async () => {
      const { b, repo } = await loaded();
      const targetsKey = b.keysOf(TARGETS)[0]!;
      const roles = signableRoles(repo, [generateKey('ecdsa'), targetsKey], 'latest');
      expect(names(roles)).toEqual([TARGETS]);
      expect(roles[0]!.signer.keyId).toBe(repo.root.signed.roles.targets.keyids[0]);
    });

    it('offers nothing to any other key', async () => {
      const { repo } = await loaded();
      expect(signableRoles(repo, [generateKey('ecdsa')], 'latest')).toEqual([]);
    });
  });

  describe('when targets has delegations', () => {
    it('offers no longer targets itself, even to a holder of the targets key', async () => {
      const { b, repo } = await loaded((r) => r.delegate(RELEASES));
      expect(signableRoles(repo, b.keysOf(TARGETS), 'latest')).toEqual([]);
    });

    it('offers every direct child that lists the key, in declaration order', async () => {
      const alice = generateKey('ecdsa');
      const { repo } = await loaded((r) => {
        r.delegate(RELEASES, { keys: [alice] });
        r.delegate('targets/bob');
        r.delegate('targets/alice', { keys: [alice] });
      });
      const roles = signableRoles(repo, [alice], 'v1');
      expect(names(roles)).toEqual([RELEASES, 'targets/alice']);
      expect(roles.every((r) => r.signer.keyId === alice.keyId)).toBe(true);
    });

    it('skips nested delegations, which docker never signs', async () => {
      const alice = generateKey('ecdsa');
      const { repo } = await loaded((r) => {
        r.delegate('targets/team');
        r.delegate('targets/team/alice', { keys: [alice] });
      });
      expect(signableRoles(repo, [alice], 'v1')).toEqual([]);
    });

    it('skips roles whose paths do not admit the target', async () => {
      const alice = generateKey('ecdsa');
      const { repo } = await loaded((r) => {
        r.delegate(RELEASES, { keys: [alice], paths: ['v1'] });
        r.delegate('targets/alice', { keys: [alice], paths: ['dev-'] });
      });
      expect(names(signableRoles(repo, [alice], 'v1.2'))).toEqual([RELEASES]);
      expect(names(signableRoles(repo, [alice], 'dev-3'))).toEqual(['targets/alice']);
      expect(signableRoles(repo, [alice], 'latest')).toEqual([]);
    });

    it('skips roles with no paths at all', async () => {
      const alice = generateKey('ecdsa');
      const { repo } = await loaded((r) => r.delegate(RELEASES, { keys: [alice], paths: [] }));
      expect(signableRoles(repo, [alice], 'v1')).toEqual([]);
    });

    it('takes, per role, the first of several signers the role lists', async () => {
      const alice = generateKey('ecdsa');
      const bob = generateKey('ed25519');
      const { repo } = await loaded((r) => r.delegate(RELEASES, { keys: [alice, bob] }));
      const roles = signableRoles(repo, [generateKey('ecdsa'), bob, alice], 'v1');
      expect(roles.map((r) => [r.name, r.signer.keyId])).toEqual([[RELEASES, bob.keyId]]);
    });

    it('matches an x509 delegation key by its canonical ID and signs under the certificate’s ID', async () => {
      const alice = generateKey('ecdsa');
      const cert = createRootCertificate(alice, 'alice', { now: NOW });
      const { repo } = await loaded((r) => r.delegate(RELEASES, { keys: [cert.signer] }));
      const [role] = signableRoles(repo, [alice], 'v1');
      expect(role?.name).toBe(RELEASES);
      expect(role?.signer.keyId).toBe(cert.publicKey.id);
      const data = Buffer.from('signed bytes');
      expect(verifySignature(cert.publicKey, role!.signer.method, data, await role!.signer.sign(data))).toBe(true);
    });
  });
});

describe('#keyIdFor', () => {
  const alice = generateKey('ecdsa');
  const cert = createRootCertificate(alice, 'alice', { now: NOW });
  const keys = new Map([
    [cert.publicKey.id, cert.publicKey],
    [alice.keyId, alice.publicKey],
  ]);

  it.each<[string, Signer, string[], string | undefined]>([
    ['the signer’s own ID', alice, [alice.keyId], alice.keyId],
    ['a certificate of the signer’s key', alice, [cert.publicKey.id], cert.publicKey.id],
    ['the canonical ID of a certificate signer', cert.signer, [alice.keyId], alice.keyId],
    ['the first of both', alice, [cert.publicKey.id, alice.keyId], cert.publicKey.id],
    ['none of them', generateKey('ecdsa'), [cert.publicKey.id, alice.keyId], undefined],
    ['an ID with no key listed', generateKey('ecdsa'), ['0'.repeat(64)], undefined],
  ])('finds %s', (_, signer, keyids, expected) => {
    expect(keyIdFor(signer, keyids, keys)).toBe(expected);
  });

  it('uses canonical IDs, so a certificate signer matches its plain key', () => {
    expect(canonicalKeyId(cert.signer.publicKey)).toBe(alice.keyId);
  });
});

describe('#signingAs', () => {
  const alice = generateKey('ecdsa');

  describe('when the key ID is the signer’s own', () => {
    it('returns the signer itself', () => {
      expect(signingAs(alice, alice.keyId)).toBe(alice);
    });
  });

  describe('when the key ID is another (an x509 key for the same key)', () => {
    it('signs with the same key under that ID', async () => {
      const as = signingAs(alice, 'c'.repeat(64));
      expect(as.keyId).toBe('c'.repeat(64));
      expect(as.method).toBe(alice.method);
      expect(as.publicKey).toBe(alice.publicKey);
      const data = Buffer.from('x');
      expect(verifySignature(alice.publicKey, as.method, data, await as.sign(data))).toBe(true);
    });
  });
});

describe('#checkSignerName', () => {
  // docker's layout: ops and ci each in targets/releases and their own role.
  const [ops, ci, stranger] = [generateKey('ecdsa'), generateKey('ecdsa'), generateKey('ecdsa')];
  const keys = { ops, ci, stranger };
  const docker = () =>
    loaded((b) => {
      b.delegate(RELEASES, { keys: [ops, ci] });
      b.delegate('targets/ops', { keys: [ops] });
      b.delegate('targets/ci', { keys: [ci] });
    });

  describe('when the name is the key’s signer', () => {
    test.each([
      ['ops', 'ops'],
      ['ci', 'ci'],
      ['releases', 'ops'],
    ] as const)('accepts %s for the key of %s', async (name, key) => {
      const { repo } = await docker();
      expect(() => checkSignerName(repo, keys[key], name)).not.toThrow();
    });
  });

  describe('when it is not', () => {
    test.each([
      ['nosuch', 'ops', /there is no role targets\/nosuch.*set signer-name to ops .*or give the key of signer nosuch/],
      ['ci', 'ops', /targets\/ci does not list the signer key .*set signer-name to ops/],
      ['ops', 'ci', /targets\/ops does not list the signer key .*set signer-name to ci/],
      ['ops', 'stranger', /belongs to no signer of .*give the key of signer ops/],
    ] as const)('refuses %s for the key of %s, naming both and the fix', async (name, key, message) => {
      const { repo } = await docker();
      let err: unknown;
      try {
        checkSignerName(repo, keys[key], name);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'signer-name', message: expect.stringMatching(message) });
      expect((err as Error).message).toContain(keys[key].keyId.slice(0, 12));
      expect((err as Error).message).toContain(`signer ${name}`);
    });
  });
});

describe('#signerNamesOf', () => {
  it('names the key’s own roles first and releases last', async () => {
    const ops = generateKey('ecdsa');
    const { repo } = await loaded((b) => {
      b.delegate(RELEASES, { keys: [ops] });
      b.delegate('targets/ops', { keys: [ops] });
      b.delegate('targets/other');
    });
    expect(signerNamesOf(repo, ops)).toEqual(['ops', 'releases']);
    expect(signerNamesOf(repo, generateKey('ecdsa'))).toEqual([]);
  });
});
