import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { parseSignArgs, type SignArgsContext } from '../../src/cli/sign-command.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { ALICE_KEY, ALICE_KEY_FILE } from './support.ts';

const REF = 'registry.example.com/team/app:1.0';
const dir = mkdtempSync(join(tmpdir(), 'dct-cli-test-'));
const CA_FILE = join(dir, 'ca.pem');
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
writeFileSync(CA_FILE, CA_PEM);
const ROOT_FILE = join(dir, 'root.key');
writeFileSync(ROOT_FILE, 'root key text');
const REPO_FILE = join(dir, 'repository.key');
writeFileSync(REPO_FILE, 'repository key text');

function context(env: NodeJS.ProcessEnv = {}, stdin = ''): SignArgsContext {
  return { env, readStdin: async () => stdin };
}

async function parse(args: string[], env: NodeJS.ProcessEnv = {}, stdin = '') {
  const parsed = await parseSignArgs(args, context(env, stdin));
  if (parsed.help) throw new Error('unexpected help');
  return parsed;
}

async function usageError(args: string[], env: NodeJS.ProcessEnv = {}, stdin = ''): Promise<UsageError> {
  try {
    await parseSignArgs(args, context(env, stdin));
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('expected a UsageError');
}

describe('#parseSignArgs', () => {
  describe('when every flag is given', () => {
    it('maps each flag to its SignOptions field', async () => {
      const { options, json, verbose } = await parse([
        '--signer-key-file', ALICE_KEY_FILE,
        '--signer-key-passphrase', 'signer-pass',
        '--signer-name', 'alice',
        '--trust-server', 'https://notary.example.com:4443',
        '--trust-server-ca', CA_FILE,
        '--trust-pin', 'a'.repeat(64),
        '--username', 'ci',
        '--password', 'registry-pass',
        '--root-key-file', ROOT_FILE,
        '--root-key-passphrase', 'root-pass',
        '--repository-key-file', REPO_FILE,
        '--repository-key-passphrase', 'repo-pass',
        '--json',
        '--verbose',
        REF,
        'registry.example.com/team/app:latest',
      ]);
      expect(json).toBe(true);
      expect(verbose).toBe(true);
      expect(options).toMatchObject({
        references: [REF, 'registry.example.com/team/app:latest'],
        push: true,
        signerKey: { text: ALICE_KEY, passphrase: 'signer-pass', input: `--signer-key-file ${ALICE_KEY_FILE}` },
        signerName: 'alice',
        trustServer: 'https://notary.example.com:4443',
        trustServerCa: CA_PEM,
        trustPin: 'a'.repeat(64),
        username: 'ci',
        password: 'registry-pass',
        rootKey: { text: 'root key text', passphrase: 'root-pass', passphraseInput: '--root-key-passphrase' },
        repositoryKey: { text: 'repository key text', passphrase: 'repo-pass' },
      });
    });

    it('takes inline keys, --flag=value and a PEM CA as text', async () => {
      const b64 = Buffer.from(ALICE_KEY).toString('base64');
      const { options } = await parse([
        `--signer-key=${b64}`,
        '--root-key', 'inline root',
        '--repository-key', 'inline repository',
        `--trust-server-ca=${CA_PEM}`,
        REF,
      ]);
      expect(options.signerKey).toMatchObject({ text: b64, input: '--signer-key' });
      expect(options.rootKey?.text).toBe('inline root');
      expect(options.repositoryKey?.text).toBe('inline repository');
      expect(options.trustServerCa).toBe(CA_PEM.trim());
    });
  });

  describe('when only the required inputs are given', () => {
    it('pushes, and leaves the rest to the operation', async () => {
      const { options, json } = await parse(['--signer-key-file', ALICE_KEY_FILE, REF]);
      expect(json).toBe(false);
      expect(options).toMatchObject({ references: [REF], push: true });
      expect(options.signerKey.passphrase).toBeUndefined();
      for (const field of ['signerName', 'trustServer', 'trustServerCa', 'trustPin', 'username', 'password', 'rootKey', 'repositoryKey'] as const) {
        expect(options[field]).toBeUndefined();
      }
    });
  });

  test.each([
    [['--no-push'], false],
    [['--push'], true],
    [['--push', '--no-push'], false],
    [['--no-push', '--push'], true],
  ])('%j gives push %s', async (flags, push) => {
    const { options } = await parse([...flags, '--signer-key-file', ALICE_KEY_FILE, REF]);
    expect(options.push).toBe(push);
  });

  describe('when secrets come from the environment', () => {
    const env = {
      DCT_SIGNER_KEY: 'env key text',
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'env-repo-pass',
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'env-root-pass',
    };

    it('reads the signer key from DCT_SIGNER_KEY and its passphrase as docker does', async () => {
      const { options } = await parse([REF], env);
      expect(options.signerKey).toMatchObject({ text: 'env key text', passphrase: 'env-repo-pass', input: 'DCT_SIGNER_KEY' });
      expect(options.signerKey.passphraseInput).toContain('DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE');
    });

    it('gives the root passphrase to the root key and the repository passphrase to the repository key', async () => {
      const { options } = await parse(['--root-key-file', ROOT_FILE, '--repository-key-file', REPO_FILE, REF], env);
      expect(options.rootKey?.passphrase).toBe('env-root-pass');
      expect(options.repositoryKey?.passphrase).toBe('env-repo-pass');
    });

    it('lets flags win over the environment', async () => {
      const { options } = await parse(
        ['--signer-key-file', ALICE_KEY_FILE, '--signer-key-passphrase', 'flag-pass', REF],
        env,
      );
      expect(options.signerKey).toMatchObject({ text: ALICE_KEY, passphrase: 'flag-pass' });
    });

    it('ignores empty variables', async () => {
      const { options } = await parse(['--signer-key-file', ALICE_KEY_FILE, REF], {
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: '',
      });
      expect(options.signerKey.passphrase).toBeUndefined();
    });

    it('hands DOCKER_CONTENT_TRUST_SERVER on to the operation through env', async () => {
      const { options } = await parse(['--signer-key-file', ALICE_KEY_FILE, REF], {
        DOCKER_CONTENT_TRUST_SERVER: 'https://notary.example.com',
      });
      expect(options.trustServer).toBeUndefined();
      expect(options.env?.DOCKER_CONTENT_TRUST_SERVER).toBe('https://notary.example.com');
    });
  });

  describe('when the password comes from stdin', () => {
    test.each([
      ['s3cret\n', 's3cret'],
      ['s3cret\r\n', 's3cret'],
      ['s3cret', 's3cret'],
      ['  spaced  \n', '  spaced  '],
    ])('reads %j as %j', async (stdin, password) => {
      const { options } = await parse(
        ['--signer-key-file', ALICE_KEY_FILE, '--username', 'ci', '--password-stdin', REF],
        {},
        stdin,
      );
      expect(options).toMatchObject({ username: 'ci', password });
    });
  });

  describe('when the command line is wrong', () => {
    test.each([
      ['no reference', ['--signer-key-file', ALICE_KEY_FILE], {}, 'REFERENCE', /no image reference/],
      ['a reference without a tag', ['--signer-key-file', ALICE_KEY_FILE, 'registry.example.com/app'], {}, 'REFERENCE', /has no tag/],
      ['a malformed reference', ['--signer-key-file', ALICE_KEY_FILE, 'Registry Example/app:1'], {}, 'REFERENCE', /./],
      ['no signer key', [REF], {}, '--signer-key-file', /no signer key.*DCT_SIGNER_KEY/],
      ['two signer keys', ['--signer-key-file', ALICE_KEY_FILE, '--signer-key', 'x', REF], {}, '--signer-key', /not both/],
      ['an unreadable key file', ['--signer-key-file', join(dir, 'missing.key'), REF], {}, '--signer-key-file', /cannot be read \(ENOENT\)/],
      ['an empty key file', ['--signer-key-file', '', REF], {}, '--signer-key-file', /path of a key file/],
      ['an unknown flag', ['--sign-key-file', 'x', REF], {}, '--sign-key-file', /unknown option; did you mean --signer-key-file\?/],
      ['a flag without its value', [REF, '--signer-key-file'], {}, '--signer-key-file', /needs a value/],
      ['a value for a switch', ['--json=yes', REF], {}, '--json', /takes no value/],
      ['a value starting with a dash', ['--signer-key-passphrase', '-x', REF], {}, '--signer-key-passphrase', /--signer-key-passphrase=VALUE/],
      ['--password and --password-stdin', ['--signer-key-file', ALICE_KEY_FILE, '--username', 'u', '--password', 'p', '--password-stdin', REF], {}, '--password-stdin', /not both/],
      ['a password without a user', ['--signer-key-file', ALICE_KEY_FILE, '--password', 'p', REF], {}, '--username', /together/],
      ['a user without a password', ['--signer-key-file', ALICE_KEY_FILE, '--username', 'u', REF], {}, '--password or --password-stdin', /together/],
      ['a root key without a repository key', ['--signer-key-file', ALICE_KEY_FILE, '--root-key-file', ROOT_FILE, REF], {}, '--repository-key-file', /both/],
      ['a repository key without a root key', ['--signer-key-file', ALICE_KEY_FILE, '--repository-key', 'k', REF], {}, '--root-key-file', /both/],
    ] as const)('refuses %s', async (_, args, env, input, message) => {
      const err = await usageError([...args], env);
      expect(err.input).toBe(input);
      expect(err.command).toBe('sign');
      expect(err.message).toMatch(message);
    });

    it('refuses an empty stdin for --password-stdin', async () => {
      const err = await usageError(['--signer-key-file', ALICE_KEY_FILE, '--username', 'u', '--password-stdin', REF], {}, '\n');
      expect(err.message).toMatch(/stdin was empty/);
    });
  });

  it('returns help without checking anything else', async () => {
    await expect(parseSignArgs(['--help'], context())).resolves.toEqual({ help: true });
  });
});
