// `command: rotate-key`: its inputs mapped onto the rotateKey operation's
// options, and where a generated repository key goes (the operation is
// stubbed here unless a test leaves the result unset: then the real one runs,
// against a trust server that does not exist;
// test/operations/rotate-key.stack.test.ts runs it for real).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rotateKeyOptions } from '../../../src/github/commands/rotate-key.ts';
import { run } from '../../../src/github/run.ts';
import type { RotateKeyOptions, RotateKeyResult } from '../../../src/operations/rotate-key.ts';
import { fixture, FIXTURE_KEYS } from '../../keys/support.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const PASSPHRASE = FIXTURE_KEYS.dockerAlice.passphrase;
const PUB = fixture('docker-alice.pub').trim();
const ID = 'b'.repeat(64);

const rotation = vi.hoisted(() => ({
  calls: [] as RotateKeyOptions[],
  result: undefined as RotateKeyResult | undefined,
}));
vi.mock('../../../src/operations/rotate-key.ts', async (original) => {
  const actual = await original<typeof import('../../../src/operations/rotate-key.ts')>();
  return {
    ...actual,
    rotateKey: async (options: RotateKeyOptions) => {
      rotation.calls.push(options);
      return rotation.result ?? actual.rotateKey(options);
    },
  };
});

describe('#rotateKeyOptions', () => {
  const runner = useRunnerEnv();

  it('takes the repository, the role and the keys for targets', () => {
    runner.setInputs({
      tags: 'r.io/app',
      'key-role': 'targets',
      'root-key': KEY,
      'root-key-passphrase': 'root-pp',
      'new-repository-key-passphrase': 'new-repo-pp',
      'key-directory': '/keys',
    });
    expect(rotateKeyOptions()).toEqual(
      expect.objectContaining({
        reference: 'r.io/app',
        role: 'targets',
        rootKey: expect.objectContaining({ text: KEY, passphrase: 'root-pp', input: 'root-key' }),
        newRepositoryKey: undefined,
        newRepositoryKeyPassphrase: 'new-repo-pp',
        signer: undefined,
        keyDirectory: '/keys',
      }),
    );
  });

  it('takes the new repository key with its passphrase', () => {
    runner.setInputs({ tags: 'r.io/app', 'key-role': 'targets', 'new-repository-key': KEY, 'new-repository-key-passphrase': 'pp' });
    expect(rotateKeyOptions().newRepositoryKey).toEqual({
      text: KEY,
      passphrase: 'pp',
      input: 'new-repository-key',
      passphraseInput: 'new-repository-key-passphrase',
    });
  });

  describe('when the role is signer', () => {
    const signer = { tags: 'r.io/app', 'key-role': 'signer', 'signer-name': 'ci', 'signer-key': KEY, 'repository-key': KEY };

    it('takes the signer, its new key and the old key ID', () => {
      runner.setInputs({ ...signer, 'signer-key-passphrase': 'new-pp', 'old-signer-key': ID });
      expect(rotateKeyOptions().signer).toEqual({
        name: 'ci',
        newKey: { text: KEY, passphrase: 'new-pp', input: 'signer-key', passphraseInput: 'signer-key-passphrase' },
        oldKey: ID,
      });
    });

    it('takes the old key as PEM text or from a file', async () => {
      runner.setInputs({ ...signer, 'old-signer-key': PUB });
      expect(rotateKeyOptions().signer?.oldKey).toBe(PUB);
      const dir = await mkdtemp(join(tmpdir(), 'dct-github-rotate-'));
      try {
        await writeFile(join(dir, 'old.pub'), PUB);
        runner.setInputs({ 'old-signer-key': join(dir, 'old.pub') });
        expect(rotateKeyOptions().signer?.oldKey).toBe(PUB);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it.each(['signer-name', 'signer-key'])('refuses a missing %s', (name) => {
      runner.setInputs({ ...signer, [name]: '' });
      expect(thrown(rotateKeyOptions)).toMatchObject({ input: name });
    });
  });

  it.each([
    ['key-role', { tags: 'r.io/app' }],
    ['tags', { 'key-role': 'snapshot' }],
  ])('refuses a missing %s', (input, inputs) => {
    runner.setInputs(inputs);
    expect(thrown(rotateKeyOptions)).toMatchObject({ input });
  });
});

describe('command: rotate-key', () => {
  const runner = useRunnerEnv();
  const GENERATED_PEM = `${KEY}\n`;
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-github-rotate-run-'));
    rotation.calls.length = 0;
    rotation.result = {
      gun: 'r.io/app',
      trustServer: 'https://r.io',
      role: 'targets',
      keyId: ID,
      previousKeyIds: ['c'.repeat(64)],
      resigned: ['root', 'targets'],
      generatedRepositoryKey: {
        keyId: ID,
        pem: GENERATED_PEM,
        base64: Buffer.from(GENERATED_PEM).toString('base64'),
        fileName: `${ID}.key`,
      },
    };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const targets = () => ({
    command: 'rotate-key',
    tags: 'r.io/app',
    'key-role': 'targets',
    'root-key': KEY,
    'new-repository-key-passphrase': 'new-repo-pp',
    'key-directory': dir,
  });

  describe('when it generates the repository key', () => {
    it('has the core write it into key-directory, masks it and outputs the key ID', async () => {
      const file = join(dir, `${ID}.key`);
      rotation.result = { ...rotation.result!, generatedRepositoryKey: { ...rotation.result!.generatedRepositoryKey!, path: file } };
      runner.setInputs(targets());
      await run();

      expect(runner.stdout.errors()).toEqual([]);
      expect(rotation.calls).toEqual([expect.objectContaining({ keyDirectory: dir })]);
      expect(runner.stdout.outputs()).toEqual({ 'key-id': ID });
      expect(runner.stdout.lines).toContainEqual(expect.stringContaining(`The new repository key ${ID} is in ${file}`));
      const body = KEY.split('\n').filter((l) => /^[A-Za-z0-9+/]{16,}={0,2}$/.test(l));
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining(body));
    });
  });

  describe('when key-directory cannot take the key', () => {
    it('fails naming key-directory before rotating anything', async () => {
      // The real operation: it checks the directory before it opens a connection.
      rotation.result = undefined;
      runner.setInputs({
        ...targets(),
        'root-key-passphrase': PASSPHRASE,
        'key-directory': join(dir, 'missing'),
        'trust-server': 'https://127.0.0.1:1',
      });
      await run();

      expect(runner.stdout.errors()).toEqual([expect.stringMatching(/^key-directory: .*missing is not a writable directory/)]);
      expect(runner.stdout.outputs()).toEqual({});
    });
  });
});
