import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { SIGN_FLAGS } from '../../src/cli/sign-flags.ts';
import { DctError, HttpError, InputError, KeyError } from '../../src/errors.ts';
import { sign } from '../../src/operations/sign.ts';
import { ALICE_KEY, ALICE_KEY_FILE, ALICE_KEY_ID, ALICE_PASSPHRASE, cli, DIGEST, fakeResult } from './support.ts';

const REF = 'registry.example.com/team/app:1.0';
const SIGN = ['sign', '--signer-key-file', ALICE_KEY_FILE];

/** Every GitHub action input, and the CLI's own flags, as the brief lists them. */
const EXPECTED_FLAGS = [
  'push', 'no-push', 'signer-key', 'signer-key-file', 'signer-key-passphrase', 'signer-name', 'trust-server',
  'trust-server-ca', 'trust-pin', 'username', 'password', 'password-stdin', 'root-key-file', 'root-key',
  'root-key-passphrase', 'repository-key-file', 'repository-key', 'repository-key-passphrase', 'json', 'help',
];
const EXPECTED_ENV = [
  'DCT_SIGNER_KEY',
  'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
  'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
  'DOCKER_CONTENT_TRUST_SERVER',
];

describe('#runCli', () => {
  describe('when asked for help', () => {
    test.each([[['sign', '--help']], [['sign', '-h']], [['help', 'sign']], [['sign', '--bogus', '--help']]])(
      '%j prints the sign help on stdout and exits 0',
      async (argv) => {
        const run = await cli(argv);
        expect(run.code).toBe(EXIT_OK);
        expect(run.stdout).toMatch(/^Usage: dct-sign sign \[options\] REFERENCE\.\.\./);
        expect(run.stderr).toBe('');
        expect(run.options).toBeUndefined();
      },
    );

    it('mentions every flag, environment variable and exit code', async () => {
      const { stdout } = await cli(['help', 'sign']);
      for (const flag of new Set([...EXPECTED_FLAGS, ...SIGN_FLAGS.map((f) => f.name)])) {
        expect(stdout).toMatch(new RegExp(`^\\s+(-\\w, )?--${flag}\\b`, 'm'));
      }
      for (const name of EXPECTED_ENV) expect(stdout).toMatch(new RegExp(`^\\s+${name}\\s`, 'm'));
      for (const code of [0, 1, 2]) expect(stdout).toMatch(new RegExp(`^\\s+${code}\\s+\\S`, 'm'));
      expect(stdout.match(/^\s+(echo .*\| )?dct-sign sign /gm)).toHaveLength(3);
    });

    it('says that keys on the command line are discouraged', async () => {
      const { stdout } = await cli(['help', 'sign']);
      for (const flag of ['signer-key', 'root-key', 'repository-key', 'signer-key-passphrase', 'password']) {
        expect(stdout).toMatch(new RegExp(`^\\s+--${flag} \\S+\\s+.*discouraged`, 'm'));
      }
    });

    test.each([[['--help']], [['-h']], [['help']]])('%j lists the commands', async (argv) => {
      const run = await cli(argv);
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toMatch(/^Usage: dct-sign <command>/);
      expect(run.stdout).toMatch(/^\s+sign\s+push image tags and sign them/m);
    });

    it('shows the command list on stderr with exit 2 when no command is given', async () => {
      const run = await cli([]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Usage: dct-sign <command>/);
    });
  });

  describe('when the command line is wrong', () => {
    test.each([
      [['vrify', REF], /^dct-sign: error: vrify: unknown command; the commands are: sign, inspect, verify, revoke, signer-add, signer-remove, key-generate, rotate-key, refresh$/m, 'dct-sign --help'],
      [['--json'], /^dct-sign: error: --json: give a command first/m, 'dct-sign --help'],
      [['help', 'nope'], /^dct-sign: error: nope: unknown command/m, 'dct-sign --help'],
      [['sign', '--signer-key-file', ALICE_KEY_FILE], /^dct-sign: error: REFERENCE: no image reference given/m, 'dct-sign sign --help'],
      [[...SIGN, 'registry.example.com/team/app'], /^dct-sign: error: REFERENCE: registry.example.com\/team\/app has no tag/m, 'dct-sign sign --help'],
      [['sign', '--no-such-flag', REF], /^dct-sign: error: --no-such-flag: unknown option/m, 'dct-sign sign --help'],
      [['sign', REF], /^dct-sign: error: --signer-key-file: no signer key/m, 'dct-sign sign --help'],
    ])('%j exits 2 with one error line and a pointer to the help', async (argv, message, help) => {
      const run = await cli(argv);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(`Run \`${help}\` for usage.`);
      expect(run.options).toBeUndefined();
    });
  });

  describe('when the operation fails', () => {
    test.each([
      ['a wrong passphrase', new KeyError('--signer-key-file k', 'could not be decrypted', { code: 'PASSPHRASE' }), EXIT_FAILED, /^dct-sign: error: --signer-key-file k: could not be decrypted$/m],
      ['a signer that may not sign', new DctError('NOT_SIGNER', 'the signer key abc may not sign x'), EXIT_FAILED, /^dct-sign: error: the signer key abc may not sign x$/m],
      ['an unreachable server', new HttpError('cannot reach https://127.0.0.1:1', { status: 0, url: 'https://127.0.0.1:1', code: 'NETWORK' }), EXIT_FAILED, /^dct-sign: error: cannot reach/m],
      ['a core input named as the action names it', new InputError('tags', 'x has no tag'), EXIT_USAGE, /^dct-sign: error: REFERENCE: x has no tag$/m],
      ['a core input that is not a flag', new InputError('docker config', 'config.json is not valid JSON'), EXIT_FAILED, /^dct-sign: error: docker config: config.json is not valid JSON$/m],
      ['a core message naming inputs', new DctError('NO_TRUST_DATA', 'r/app has no trust data; give the root-key and repository-key inputs (with their passphrases)'), EXIT_FAILED, /^dct-sign: error: r\/app has no trust data; give --root-key-file and --repository-key-file \(with their passphrases\)$/m],
      ['a bug', new TypeError('x is undefined'), EXIT_FAILED, /^dct-sign: error: unexpected failure: x is undefined\n.*TypeError/m],
    ])('reports %s', async (_, error, code, message) => {
      const run = await cli([...SIGN, REF], { sign: async () => Promise.reject(error) });
      expect(run.code).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    });

    it('reports a wrong passphrase from the real operation before any network call', async () => {
      const run = await cli([...SIGN, REF], {
        env: { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'not the passphrase' },
        sign,
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toMatch(
        /^dct-sign: error: --signer-key-file .*docker-alice\.key: the key could not be decrypted with --signer-key-passphrase or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE/m,
      );
    });
  });

  describe('when signing succeeds', () => {
    it('prints a table on stdout', async () => {
      const run = await cli([...SIGN, '--no-push', REF, 'registry.example.com/team/app:latest']);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options?.push).toBe(false);
      expect(run.stdout).toBe(
        [
          `Signed 2 tags with key ${ALICE_KEY_ID.slice(0, 12)} (signer alice) in https://notary.example.com`,
          '',
          'REFERENCE                             DIGEST                                                                   SIGNED IN',
          `registry.example.com/team/app:1.0     ${DIGEST}  targets/alice, targets/releases`,
          `registry.example.com/team/app:latest  ${DIGEST}  targets/alice, targets/releases`,
          '',
        ].join('\n'),
      );
    });

    it('prints {signed, signerKeyId, signerName} with --json', async () => {
      const run = await cli([...SIGN, '--json', REF]);
      expect(run.code).toBe(EXIT_OK);
      expect(JSON.parse(run.stdout)).toEqual({
        signed: [
          {
            reference: REF,
            tag: '1.0',
            digest: DIGEST,
            size: 523,
            roles: ['targets/alice', 'targets/releases'],
            gun: 'registry.example.com/team/app',
            trustServer: 'https://notary.example.com',
          },
        ],
        signerKeyId: ALICE_KEY_ID,
        signerName: 'alice',
      });
    });

    it('sends the operation progress to stderr, and debug only with --verbose', async () => {
      const progress = async (options: Parameters<typeof sign>[0]) => {
        options.logger?.info('Pushing x');
        options.logger?.debug('a detail');
        options.logger?.warning('careful');
        return fakeResult(options);
      };
      const quiet = await cli([...SIGN, REF], { sign: progress });
      expect(quiet.stderr).toBe('Pushing x\nwarning: careful\n');
      const verbose = await cli([...SIGN, '--verbose', REF], { sign: progress });
      expect(verbose.stderr).toBe('Pushing x\ndebug: a detail\nwarning: careful\n');
    });
  });

  describe('when secrets are given', () => {
    const b64 = Buffer.from(ALICE_KEY).toString('base64');
    const bodyLines = ALICE_KEY.split('\n').filter((l) => /^[A-Za-z0-9+/=]{16,}$/.test(l));

    it('masks them in anything written, even if the operation echoed them', async () => {
      const echo = async (options: Parameters<typeof sign>[0]) => {
        options.logger?.info(`key ${options.signerKey.text} pass ${options.signerKey.passphrase} pw ${options.password}`);
        throw new DctError('KEY', `bad ${options.signerKey.text} ${options.password}`);
      };
      const run = await cli(
        ['sign', '--signer-key', b64, '--signer-key-passphrase', ALICE_PASSPHRASE, '--username', 'ci', '--password-stdin', REF],
        { sign: echo, stdin: 'registry-token-123\n' },
      );
      expect(run.code).toBe(EXIT_FAILED);
      for (const secret of [b64, ALICE_PASSPHRASE, 'registry-token-123', ...bodyLines]) {
        expect(run.stderr).not.toContain(secret);
      }
      expect(run.stderr).toContain('***');
    });

    it('masks a PEM key from the environment line by line', async () => {
      const run = await cli(['sign', REF], {
        env: { DCT_SIGNER_KEY: ALICE_KEY },
        sign: async () => Promise.reject(new DctError('KEY', `leak: ${bodyLines.join(' ')}`)),
      });
      for (const line of bodyLines) expect(run.stderr).not.toContain(line);
    });
  });
});
