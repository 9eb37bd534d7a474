// `dct-sign sign`: what each command line turns into (the sign operation's
// options), and what it refuses before anything is pushed.

import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import type { SignInputOptions as SignOptions } from '../../../src/commands/sign.ts';
import { StateNotSavedError } from '../../../src/errors.ts';
import { ALICE_KEY, ALICE_KEY_FILE, BASE_ENV, cli, REF, REPO, signResult } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-cli-sign-'));
const CA_FILE = join(dir, 'ca.pem');
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
writeFileSync(CA_FILE, CA_PEM);
const ROOT_FILE = join(dir, 'root.key');
writeFileSync(ROOT_FILE, 'root key text');
const REPO_FILE = join(dir, 'repository.key');
writeFileSync(REPO_FILE, 'repository key text');
const KEY = ['--signer-key-file', ALICE_KEY_FILE];
const ENV = {
  DCT_SIGNER_KEY: 'env key text',
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'env-repo-pass',
  DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'env-root-pass',
};

async function options(args: string[], env: NodeJS.ProcessEnv = {}, stdin = ''): Promise<SignOptions> {
  const run = await cli(['sign', ...args], { env, stdin });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(EXIT_OK);
  return run.options as SignOptions;
}

describe('#runCli', () => {
  describe('when sign is given every flag', () => {
    it('maps each flag to its option', async () => {
      const o = await options([
        ...KEY,
        '--signer-key-passphrase', 'signer-pass',
        '--signer-name', 'alice',
        '--trust-server', 'https://notary.example.com:4443',
        '--trust-server-ca', CA_FILE,
        '--trust-pin', 'a'.repeat(64),
        '--username', 'ci',
        '--password', 'registry-pass',
        '--no-push',
        '--root-key-file', ROOT_FILE,
        '--root-key-passphrase', 'root-pass',
        '--repository-key-file', REPO_FILE,
        '--repository-key-passphrase', 'repo-pass',
        '--json',
        '--verbose',
        REF,
        `${REPO}:latest`,
      ]);
      expect(o).toMatchObject({
        references: parsedAs(REF, `${REPO}:latest`),
        push: false,
        signerKey: {
          text: ALICE_KEY,
          passphrase: 'signer-pass',
          input: `--signer-key-file ${ALICE_KEY_FILE}`,
          passphraseInput: '--signer-key-passphrase',
        },
        signerName: 'alice',
        trustServer: 'https://notary.example.com:4443',
        trustServerCa: CA_PEM,
        trustPin: 'a'.repeat(64),
        username: 'ci',
        password: 'registry-pass',
        rootKey: { text: 'root key text', passphrase: 'root-pass', input: `--root-key-file ${ROOT_FILE}`, passphraseInput: '--root-key-passphrase' },
        repositoryKey: { text: 'repository key text', passphrase: 'repo-pass', passphraseInput: '--repository-key-passphrase' },
        env: BASE_ENV,
      });
      expect(o.runner).toBeDefined();
      expect(o.logger).toBeDefined();
    });

    it('takes inline keys, --flag=value and a PEM CA as text', async () => {
      const b64 = Buffer.from(ALICE_KEY).toString('base64');
      const o = await options([`--signer-key=${b64}`, '--root-key', 'inline root', '--repository-key', 'inline repository', `--trust-server-ca=${CA_PEM}`, REF]);
      expect(o.signerKey).toMatchObject({ text: b64, input: '--signer-key' });
      expect(o.rootKey).toMatchObject({ text: 'inline root', input: '--root-key' });
      expect(o.repositoryKey).toMatchObject({ text: 'inline repository', input: '--repository-key' });
      expect(o.trustServerCa).toBe(CA_PEM.trim());
    });
  });

  describe('when sign is given only what it needs', () => {
    it('pushes, and leaves the rest to the operation', async () => {
      const o = await options([...KEY, REF]);
      expect(o).toMatchObject({ references: parsedAs(REF), push: true });
      expect(o.signerKey!.passphrase).toBeUndefined();
      for (const field of ['signerName', 'trustServer', 'trustServerCa', 'trustPin', 'username', 'password', 'rootKey', 'repositoryKey'] as const) {
        expect(o[field]).toBeUndefined();
      }
    });
  });

  test.each([
    [['--no-push'], false],
    [['--push'], true],
  ])('%j gives push %s', async (flags, push) => {
    expect((await options([...flags, ...KEY, REF])).push).toBe(push);
  });

  describe('when secrets come from the environment', () => {
    it('reads the signer key from DCT_SIGNER_KEY and its passphrase as docker does', async () => {
      const o = await options([REF], ENV);
      expect(o.signerKey).toEqual({
        text: 'env key text',
        passphrase: 'env-repo-pass',
        input: 'DCT_SIGNER_KEY',
        passphraseInput: '--signer-key-passphrase or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
      });
    });

    it('gives the root passphrase to the root key and the repository passphrase to the repository key', async () => {
      const o = await options(['--root-key-file', ROOT_FILE, '--repository-key-file', REPO_FILE, REF], ENV);
      expect(o.rootKey).toMatchObject({ passphrase: 'env-root-pass', passphraseInput: '--root-key-passphrase or DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE' });
      expect(o.repositoryKey).toMatchObject({ passphrase: 'env-repo-pass', passphraseInput: '--repository-key-passphrase or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE' });
    });

    it('lets flags win over the environment', async () => {
      const o = await options([...KEY, '--signer-key-passphrase', 'flag-pass', REF], ENV);
      expect(o.signerKey).toMatchObject({ text: ALICE_KEY, passphrase: 'flag-pass', input: `--signer-key-file ${ALICE_KEY_FILE}` });
    });

    it('ignores empty variables', async () => {
      const o = await options([...KEY, REF], { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: '' });
      expect(o.signerKey!.passphrase).toBeUndefined();
    });

    it('hands DOCKER_CONTENT_TRUST_SERVER on to the operation through env', async () => {
      const o = await options([...KEY, REF], { DOCKER_CONTENT_TRUST_SERVER: 'https://notary.example.com' });
      expect(o.trustServer).toBeUndefined();
      expect(o.env?.DOCKER_CONTENT_TRUST_SERVER).toBe('https://notary.example.com');
    });
  });

  describe('when the password comes from stdin', () => {
    test.each([
      ['s3cret\n', 's3cret'],
      ['s3cret\r\n', 's3cret'],
      ['s3cret', 's3cret'],
      ['  spaced  \n', '  spaced  '],
    ])('reads %j as %j', async (stdin, password) => {
      const o = await options([...KEY, '--no-push', '--username', 'ci', '--password-stdin', REF], {}, stdin);
      expect(o).toMatchObject({ username: 'ci', password });
    });
  });

  describe('when sign pushes with a login', () => {
    it("hands docker push a docker config of its own with the login, and removes it afterwards", async () => {
      let config: { dir: string; json: unknown; mode: number } | undefined;
      const run = await cli(['sign', ...KEY, '--username', 'ci', '--password', 'registry-pass', REF], {
        operation: async (o: SignOptions) => {
          const dir = o.env!.DOCKER_CONFIG!;
          config = { dir, json: JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')), mode: statSync(join(dir, 'config.json')).mode & 0o777 };
          return signResult(o);
        },
      });
      expect(run.code).toBe(EXIT_OK);
      expect(config!.dir).not.toBe(BASE_ENV.DOCKER_CONFIG);
      expect(config!.json).toEqual({ auths: { 'registry.example.com': { auth: Buffer.from('ci:registry-pass').toString('base64') } } });
      expect(config!.mode).toBe(0o600);
      expect(() => readdirSync(config!.dir)).toThrow(/ENOENT/);
    });

    test.each([
      ['--no-push', ['--no-push', '--username', 'ci', '--password', 'p']],
      ['no login', []],
    ])('leaves DOCKER_CONFIG alone with %s', async (_, flags) => {
      const o = await options([...KEY, ...flags, REF]);
      expect(o.env?.DOCKER_CONFIG).toBe(BASE_ENV.DOCKER_CONFIG);
    });
  });

  describe('when the trust state file cannot be written', () => {
    const ARGS = [...KEY, '--signer-key-passphrase', 'fixture-passphrase', '--trust-state', '/proc/dct-sign/state.json', REF];

    it('refuses it with exit 2, naming --trust-state and the fix, before anything is pushed or published', async () => {
      // The real operation; the test runner fails any docker push, and the trust server does not exist.
      const run = await cli(['sign', ...ARGS], { real: true, env: { DOCKER_CONTENT_TRUST_SERVER: 'https://127.0.0.1:1' } });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^dct-sign: error: --trust-state: \/proc\/dct-sign\/state\.json: cannot write the trust state file \(.+\); give a path in a directory this run can write\n/,
      );
    });

    it('still prints the result when saving fails after the publish, says the signature is live, and exits 1', async () => {
      const ok = await cli(['sign', ...ARGS]);
      const message = 'trust-state: what this run published is live on the trust server (its signatures are in place), but the trust state was not saved to /proc/dct-sign/state.json (ENOENT)';
      const run = await cli(['sign', ...ARGS], {
        operation: async (o: SignOptions) => Promise.reject(new StateNotSavedError(message, signResult(o))),
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stdout).toBe(ok.stdout);
      expect(run.stdout).toContain(REF);
      expect(run.stderr).toBe(`dct-sign: error: ${message}\n`);
    });

    it('prints the result as JSON with --json', async () => {
      const run = await cli(['sign', '--json', ...ARGS], {
        operation: async (o: SignOptions) => Promise.reject(new StateNotSavedError('trust-state: not saved', signResult(o))),
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(JSON.parse(run.stdout)).toMatchObject({ signed: [expect.objectContaining({ reference: REF })] });
      });
    });

  describe('when some tags could not be pushed', () => {
    it('prints what was signed, then one error line per tag not pushed, and exits 1', async () => {
      const notPushed = [{ reference: `${REPO}:2`, exitCode: 1, error: 'denied: requested access to the resource is denied' }];
      const run = await cli(['sign', ...KEY, REF, `${REPO}:2`], {
        operation: () => Promise.resolve({ ...signResult({ references: [REF] }), notPushed }),
      });

      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stdout).toMatch(new RegExp(`^Signed 1 tag with key [0-9a-f]{12}`));
      expect(run.stdout).toContain(REF);
      expect(run.stderr).toBe(
        `dct-sign: error: docker push ${REPO}:2 failed (exit code 1): denied: requested access to the resource is denied; it was not signed\n`,
      );
    });
  });

  describe('when the command line is wrong', () => {
    test.each([
      ['no reference', [...KEY], {}, 'REFERENCE: no image reference given; list registry/repository:tag references'],
      ['a reference without a tag', [...KEY, 'registry.example.com/app'], {}, 'REFERENCE: registry.example.com/app has no tag'],
      ['a malformed reference', [...KEY, 'Registry Example/app:1'], {}, 'REFERENCE: '],
      ['no signer key', [REF], {}, '--signer-key-file: no signer key; give --signer-key-file PATH or set DCT_SIGNER_KEY (docker keeps its keys in ~/.docker/trust/private/)'],
      ['two signer keys', [...KEY, '--signer-key', 'x', REF], {}, '--signer-key: give --signer-key-file or --signer-key, not both'],
      ['an unreadable key file', ['--signer-key-file', join(dir, 'missing.key'), REF], {}, `--signer-key-file: ${join(dir, 'missing.key')} cannot be read (ENOENT); give the path of a private key file`],
      ['an empty key file name', ['--signer-key-file', '', REF], {}, '--signer-key-file: needs the path of a key file'],
      ['an empty inline key', ['--signer-key', ' ', REF], {}, '--signer-key: the key is empty'],
      ['an empty key variable', [REF], { DCT_SIGNER_KEY: ' ' }, 'DCT_SIGNER_KEY: the key is empty'],
      ['a flag without its value', [REF, '--signer-key-file'], {}, '--signer-key-file: needs a value'],
      ['a value for a switch', ['--json=yes', REF], {}, '--json: takes no value'],
      ['a value starting with a dash', ['--signer-key-passphrase', '-x', REF], {}, '--signer-key-passphrase: needs a value; if the value starts with a dash, write --signer-key-passphrase=VALUE'],
      ['--password and --password-stdin', [...KEY, '--username', 'u', '--password', 'p', '--password-stdin', REF], {}, '--password-stdin: give --password or --password-stdin, not both'],
      ['a password without a user', [...KEY, '--password', 'p', REF], {}, '--username: give --username together with --password or --password-stdin'],
      ['a user without a password', [...KEY, '--username', 'u', REF], {}, '--password or --password-stdin: give --username together with --password or --password-stdin'],
      ['a root key without a repository key', [...KEY, '--root-key-file', ROOT_FILE, REF], {}, '--repository-key-file: creating trust data for a repository needs both the root key and the repository key'],
      ['a repository key without a root key', [...KEY, '--repository-key', 'k', REF], {}, '--root-key-file: creating trust data for a repository needs both the root key and the repository key'],
      ['a trust server that is no URL', [...KEY, '--trust-server', 'https://[bad', REF], {}, '--trust-server: "https://[bad" is not a URL'],
      ['a trust server that is no URL, with a password', [...KEY, '--trust-server', 'https://u:pw@notary.example.com:99999', REF], {}, '--trust-server: "https://***@notary.example.com:99999" is not a URL'],
      ['a trust server URL with a password', [...KEY, '--trust-server', 'https://u:pw@notary.example.com', REF], {}, '--trust-server: the URL must not carry a user or password'],
      ['a CA file that is not there', [...KEY, '--trust-server-ca', join(dir, 'nope.pem'), REF], {}, '--trust-server-ca: '],
      ['a trust pin that is neither a key ID nor a certificate', [...KEY, '--trust-pin', 'xyz', REF], {}, '--trust-pin: xyz cannot be read (ENOENT); give the root key ID (64 hex digits, as `dct-sign inspect` shows it), or the root certificate as PEM text or a PEM file'],
      ['a trust pin that is a short key ID', [...KEY, '--trust-pin', 'abcdef012345', REF], {}, '--trust-pin: abcdef012345 is not a root key ID: it has 12 hex digits, not 64; give the root key ID (64 hex digits'],
    ] as const)('refuses %s with exit 2', async (_, args, env, message) => {
      const run = await cli(['sign', ...args], { env });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.options).toBeUndefined();
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toMatch(/\nRun `dct-sign sign --help` for usage\.\n$/);
    });

    it('refuses an empty stdin for --password-stdin', async () => {
      const run = await cli(['sign', ...KEY, '--username', 'u', '--password-stdin', REF], { stdin: '\n' });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --password-stdin: stdin was empty; pipe the password in\n/);
    });

    it('checks the login last: a wrong reference is reported without reading stdin', async () => {
      const run = await cli(['sign', ...KEY, '--username', 'u', '--password-stdin', REPO], { stdin: 'pw' });
      expect(run.stdinRead).toBe(false);
      expect(run.stderr).toMatch(/^dct-sign: error: REFERENCE: /);
    });
  });
});
