import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseRotateKeyArgs } from '../../src/cli/rotate-key-command.ts';
import { InputError } from '../../src/errors.ts';
import { rotateKey, type RotateKeyResult } from '../../src/operations/rotate-key.ts';
import {
  ALICE_KEY,
  ALICE_KEY_FILE,
  ALICE_KEY_ID,
  ALICE_PASSPHRASE,
  ALICE_PUB,
  ALICE_PUB_FILE,
  cli,
  parseContext,
  REPO,
  usageErrorOf,
} from './support.ts';

const NEW_ID = 'ef'.repeat(32);
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass', DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'root-pass' };
const PEM = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: targets\n\nMIIBgenerated\n-----END ENCRYPTED PRIVATE KEY-----\n';

function result(role: RotateKeyResult['role'], generated = false, path?: string): RotateKeyResult {
  return {
    gun: REPO,
    trustServer: 'https://notary.example.com',
    role,
    keyId: NEW_ID,
    previousKeyIds: [ALICE_KEY_ID],
    resigned: ['root', 'targets'],
    ...(generated
      ? {
          generatedRepositoryKey: {
            keyId: NEW_ID,
            pem: PEM,
            base64: Buffer.from(PEM).toString('base64'),
            fileName: `${NEW_ID}.key`,
            ...(path ? { path } : {}),
          },
        }
      : {}),
  };
}

describe('#parseRotateKeyArgs', () => {
  it('maps a signer rotation: the new key, the old one by path, and the repository key', async () => {
    const { options } = await parseRotateKeyArgs(
      ['--key-role', 'signer', '--signer-name', 'alice', '--signer-key-file', ALICE_KEY_FILE, '--old-signer-key', ALICE_PUB_FILE,
        '--repository-key', 'repo key text', REPO],
      parseContext(ENV),
    );
    expect(options).toMatchObject({
      reference: REPO,
      role: 'signer',
      repositoryKey: { text: 'repo key text', passphrase: 'repo-pass' },
      signer: { name: 'alice', newKey: { text: ALICE_KEY, passphrase: 'repo-pass' }, oldKey: ALICE_PUB },
    });
  });

  test.each([
    [ALICE_KEY_ID.toUpperCase(), ALICE_KEY_ID.toUpperCase()],
    [`${ALICE_PUB}`, ALICE_PUB.trim()],
  ])('takes --old-signer-key as a key ID or PEM text', async (value, oldKey) => {
    const { options } = await parseRotateKeyArgs(
      ['--key-role', 'signer', '--signer-name', 'alice', '--signer-key-file', ALICE_KEY_FILE, `--old-signer-key=${value}`, REPO],
      parseContext(ENV),
    );
    expect(options.signer?.oldKey).toBe(oldKey);
  });

  it('maps a targets rotation, with the new key passphrase from the environment and the directory resolved', async () => {
    const parsed = await parseRotateKeyArgs(['--key-role', 'targets', '--root-key', 'root key text', '--key-directory', 'keys', REPO], parseContext(ENV));
    expect(parsed.options.keyDirectory).toBe(resolve('keys'));
    expect(parsed.options).toMatchObject({
      role: 'targets',
      rootKey: { text: 'root key text', passphrase: 'root-pass' },
      newRepositoryKeyPassphrase: 'repo-pass',
      signer: undefined,
    });
    expect(parsed.options.newRepositoryKey).toBeUndefined();
  });

  it('takes the new repository key, or its passphrase, from the flags first', async () => {
    const parsed = await parseRotateKeyArgs(
      ['--key-role', 'targets', '--new-repository-key', 'new key text', '--new-repository-key-passphrase', 'new-pass', REPO],
      parseContext(ENV),
    );
    expect(parsed.options).toMatchObject({ newRepositoryKey: { text: 'new key text', passphrase: 'new-pass' }, newRepositoryKeyPassphrase: 'new-pass' });
    expect(parsed.options.keyDirectory).toBe(process.cwd());
  });

  test.each([
    ['no role', [REPO], '--key-role', /choose the key to rotate: snapshot, timestamp, targets, signer/],
    ['an unknown role', ['--key-role', 'root', REPO], '--key-role', /"root" is not one of/],
    ['two repositories', ['--key-role', 'snapshot', REPO, `${REPO}-2`], 'REPOSITORY', /works on one repository; give one, not 2/],
    ['a signer rotation without a name', ['--key-role', 'signer', '--signer-key-file', ALICE_KEY_FILE, REPO], '--signer-name', /name the signer/],
    ['a signer rotation without the new key', ['--key-role', 'signer', '--signer-name', 'alice', REPO], '--signer-key-file', /new private key/],
  ])('refuses %s', async (_, args, input, message) => {
    const err = await usageErrorOf(() => parseRotateKeyArgs(args, parseContext(ENV)));
    expect(err).toMatchObject({ input, command: 'rotate-key' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign rotate-key', () => {
  it('prints the new key, the old ones and what was re-signed', async () => {
    const run = await cli(['rotate-key', '--key-role', 'snapshot', '--root-key-file', ALICE_KEY_FILE, REPO], {
      env: ENV,
      operations: { rotateKey: async () => result('snapshot') },
    });
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toBe(
      `The snapshot key of ${REPO} is ${NEW_ID}\n  replaces  ${ALICE_KEY_ID.slice(0, 12)}\n  re-signed root, targets\n`,
    );
  });

  describe('when the rotation generates the repository key', () => {
    const args = (dir: string) => ['rotate-key', '--key-role', 'targets', '--root-key-file', ALICE_KEY_FILE, '--key-directory', dir, REPO];

    it('has the core write it into --key-directory, and prints where it went', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dct-cli-rotate-'));
      const file = join(dir, `${NEW_ID}.key`);
      const run = await cli([...args(dir), '--json'], { env: ENV, operations: { rotateKey: async () => result('targets', true, file) } });
      expect(run.code).toBe(EXIT_OK);
      expect(run.calls.rotateKey).toMatchObject({ keyDirectory: dir });
      expect(JSON.parse(run.stdout)).toMatchObject({ role: 'targets', keyId: NEW_ID, privateKeyPath: file });
    });

    it('refuses a directory it cannot write before rotating anything', async () => {
      // The real operation, against a trust server that does not exist: it checks the directory before any connection.
      const run = await cli([...args('/nonexistent/keys'), '--trust-server', 'https://127.0.0.1:1'], {
        env: { ...ENV, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: ALICE_PASSPHRASE },
        operations: { rotateKey },
      });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dct-sign: error: --key-directory: \/nonexistent\/keys is not a writable directory/m);
    });

    it('prints no key when the core could not write it: the rotation was not published', async () => {
      const error = new InputError('key-directory', `/keys/${NEW_ID}.key already exists; choose another name or directory`);
      const run = await cli(args('/keys'), { env: ENV, operations: { rotateKey: () => Promise.reject(error) } });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dct-sign: error: --key-directory: \/keys\/(ef){32}\.key already exists/m);
    });

    it('does not ask for a directory when the new key is given', async () => {
      const run = await cli(
        ['rotate-key', '--key-role', 'targets', '--root-key-file', ALICE_KEY_FILE, '--new-repository-key-file', ALICE_KEY_FILE,
          '--key-directory', '/nonexistent', REPO],
        { env: ENV, operations: { rotateKey: async () => result('targets') } },
      );
      expect(run.code).toBe(EXIT_OK);
      expect(existsSync('/nonexistent')).toBe(false);
    });
  });

  it("names the flag of a key the core says the role needs", async () => {
    const error = new InputError('root-key', 'rotating the snapshot key needs this key');
    const run = await cli(['rotate-key', '--key-role', 'snapshot', REPO], { env: ENV, operations: { rotateKey: () => Promise.reject(error) } });
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(/^dct-sign: error: --root-key-file: rotating the snapshot key needs this key$/m);
  });
});
