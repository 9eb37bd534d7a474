// Saving the trust state file against the real stack: a file that cannot be
// written is refused before anything is pushed or published, and one that
// stops being writable during the run (here: while docker pushes) still
// gives the sign's result, with an error saying the signature is live.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { InputError, StateNotSavedError } from '../../src/errors.ts';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import type { SignResult } from '../../src/operations/sign.ts';
import { sign, verify } from './support/as-given.ts';
import { uniqueRepository } from '../support/peers.ts';
import { pushOciIndex, type Descriptor } from '../support/registry-api.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const PASSPHRASE = 'trust-state-save-test';

describe('#sign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dct-state-save-'));
  const real = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };
  const keyInput = (gun: string, key = generateKey('ecdsa'), role = 'ci', input = 'signer-key'): KeyInput => ({
    text: exportEncryptedPrivateKey(key, PASSPHRASE, { role, gun }),
    passphrase: PASSPHRASE,
    input,
  });
  /** The keys that create a repository on its first sign. */
  const creating = (gun: string) => ({
    signerKey: keyInput(gun),
    signerName: 'ci',
    rootKey: keyInput(gun, generateKey('ecdsa'), 'root', 'root-key'),
    repositoryKey: keyInput(gun, generateKey('ecdsa'), 'targets', 'repository-key'),
  });
  /** A docker push that reports `image` pushed, after running `meanwhile`; it records each call. */
  const pushing = (image: Descriptor, calls: string[][], meanwhile: () => void = () => {}): CommandRunner => ({
    run: (command, args) => {
      calls.push([command, ...args]);
      meanwhile();
      return Promise.resolve({ exitCode: 0, stdout: `v1: digest: ${image.digest} size: ${image.size}\n`, stderr: '' });
    },
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when the trust state file cannot be written', () => {
    const repo = uniqueRepository(variant, 'state-unwritable');
    let image: Descriptor;
    beforeAll(async () => {
      image = await pushOciIndex(variant.registryUrl, repo.path, 'v1');
    });

    it('refuses it naming trust-state before pushing or publishing anything', async () => {
      const calls: string[][] = [];
      const err: unknown = await sign({
        ...real,
        ...creating(repo.gun),
        push: true,
        runner: pushing(image, calls),
        references: [repo.ref('v1')],
        trustState: '/proc/dct-sign/state.json',
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'trust-state' });
      expect(calls).toEqual([]);
      const after = await verify({ ...real, references: [repo.ref('v1')] });
      expect(after.references[0]).toMatchObject({ ok: false, reason: 'no-trust-data' });
    });
  });

  describe('when saving the trust state fails after the publish', () => {
    const repo = uniqueRepository(variant, 'state-unsaved');
    let image: Descriptor;
    beforeAll(async () => {
      image = await pushOciIndex(variant.registryUrl, repo.path, 'v1');
    });

    it('gives the result with an error saying the signature is live and the state was not saved', async () => {
      const cache = join(dir, 'cache');
      mkdirSync(cache);
      const trustState = join(cache, 'state.json');
      const calls: string[][] = [];
      // Checked writable at the start; while docker pushes, a file takes the directory's place.
      const breakCache = () => {
        rmSync(cache, { recursive: true });
        writeFileSync(cache, 'not a directory');
      };

      const err: unknown = await sign({
        ...real,
        ...creating(repo.gun),
        push: true,
        runner: pushing(image, calls, breakCache),
        references: [repo.ref('v1')],
        trustState,
      }).catch((e: unknown) => e);

      expect(calls).toHaveLength(1);
      expect(err).toBeInstanceOf(StateNotSavedError);
      expect((err as Error).message).toMatch(/^trust-state: what this run published is live on the trust server/);
      expect((err as Error).message).toContain(trustState);
      const result = (err as StateNotSavedError).result as SignResult;
      expect(result.signed).toEqual([expect.objectContaining({ tag: 'v1', digest: image.digest })]);
      const after = await verify({ ...real, references: [repo.ref('v1')] });
      expect(after.references[0]).toMatchObject({ ok: true, pinned: `${repo.name}@${image.digest}` });
    });
  });
});
