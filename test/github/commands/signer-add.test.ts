// `command: signer-add`: its inputs mapped onto the signerAdd operation's
// options; public keys as pasted PEM blocks or file paths.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signerAddOptions } from '../../../src/github/commands/signer-add.ts';
import { fixture, FIXTURE_KEYS } from '../../keys/support.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const PUB = fixture('docker-alice.pub').trim();
const CERT = fixture('openssl-rsa2048.crt').trim();

describe('#signerAddOptions', () => {
  const runner = useRunnerEnv();
  const minimal = { tags: 'r.io/app\nr.io/other', 'signer-name': 'alice', 'signer-public-key': PUB, 'repository-key': KEY };
  let dir: string;
  let pubFile: string;
  let twoKeysFile: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-github-signer-add-'));
    pubFile = join(dir, 'alice.pub');
    await writeFile(pubFile, `${PUB}\n`);
    twoKeysFile = join(dir, 'two.pub');
    await writeFile(twoKeysFile, `${PUB}\n${CERT}\n`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes the repositories, the signer, its key and the admin keys', () => {
    runner.setInputs({ ...minimal, 'repository-key-passphrase': 'repo-pp', 'root-key': KEY, 'root-key-passphrase': 'root-pp' });
    expect(signerAddOptions()).toMatchObject({
      references: ['r.io/app', 'r.io/other'],
      name: 'alice',
      signerPublicKeys: [PUB],
      repositoryKey: { text: KEY, passphrase: 'repo-pp', input: 'repository-key' },
      rootKey: { text: KEY, passphrase: 'root-pp', input: 'root-key' },
    });
  });

  it.each([
    ['one PEM block', () => PUB, () => [PUB]],
    ['two PEM blocks', () => `${PUB}\n${CERT}`, () => [PUB, CERT]],
    ['a file path', () => pubFile, () => [PUB]],
    ['a file with two keys', () => twoKeysFile, () => [PUB, CERT]],
    ['a PEM block and a path', () => `${PUB}\n${pubFile}`, () => [PUB, PUB]],
    ['two paths, comma-separated', () => `${pubFile}, ${pubFile}`, () => [PUB, PUB]],
  ])('reads %s', (_, value, expected) => {
    runner.setInputs({ ...minimal, 'signer-public-key': value() });
    expect(signerAddOptions().signerPublicKeys).toEqual(expected());
  });

  it('refuses a path that cannot be read, naming signer-public-key', () => {
    runner.setInputs({ ...minimal, 'signer-public-key': join(dir, 'missing.pub') });
    expect(thrown(signerAddOptions)).toMatchObject({ input: 'signer-public-key' });
  });

  it.each(['signer-name', 'repository-key'])('refuses a missing %s', (name) => {
    runner.setInputs({ ...minimal, [name]: '' });
    expect(thrown(signerAddOptions)).toMatchObject({ input: name });
  });
});
