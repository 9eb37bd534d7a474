// The dispatcher: the top-level help and version, how every kind of error
// becomes one `dct-sign: error:` line and an exit code, where output and
// progress go, and the masking of secrets in everything written.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { COMMAND_NAMES } from '../../src/commands/registry.ts';
import { DctError, HttpError, InputError, KeyError } from '../../src/errors.ts';
import type { SignInputOptions as SignOptions } from '../../src/commands/sign.ts';
import { ALICE_KEY, ALICE_KEY_BODY, ALICE_KEY_FILE, ALICE_KEY_ID, ALICE_PASSPHRASE, cli, DIGEST, REF, REPO, signResult } from './support.ts';

const SIGN = ['sign', '--signer-key-file', ALICE_KEY_FILE];
const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

describe('#runCli', () => {
  describe('when asked for the list of commands', () => {
    test.each([[['--help']], [['-h']], [['help']], [['--help', '--verbose']]])('%j prints it on stdout and exits 0', async (argv) => {
      const run = await cli(argv);
      expect(run.code).toBe(EXIT_OK);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Usage: dct-sign <command> \[options\]\n/);
      for (const name of [...COMMAND_NAMES, 'help']) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      expect(run.stdout).toMatch(/^\s+sign\s+push image tags and sign them/m);
    });

    it('prints it on stderr with exit 2 when no command is given', async () => {
      const run = await cli([]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Usage: dct-sign <command>/);
    });
  });

  describe('when asked for the version', () => {
    test.each([[['--version']], [['-V']]])("%j prints package.json's version and exits 0", async (argv) => {
      const run = await cli(argv);
      expect(run).toMatchObject({ code: EXIT_OK, stdout: `${PACKAGE.version}\n`, stderr: '' });
    });
  });

  describe('when the command line is wrong', () => {
    test.each([
      [['vrify', REF], `vrify: unknown command; the commands are: ${COMMAND_NAMES.join(', ')}`, 'dct-sign --help'],
      [['--json'], '--json: give a command first', 'dct-sign --help'],
      [['help', 'nope'], 'nope: unknown command', 'dct-sign --help'],
      [['--help', 'nope'], 'nope: unknown command', 'dct-sign --help'],
      [['sign', '--signer-key-file', ALICE_KEY_FILE], 'REFERENCE: no image reference given', 'dct-sign sign --help'],
      [[...SIGN, REPO], `REFERENCE: ${REPO} has no tag`, 'dct-sign sign --help'],
      [['sign', '--no-such-flag', REF], '--no-such-flag: unknown option', 'dct-sign sign --help'],
      [['sign', '--sign-key-file', 'x', REF], '--sign-key-file: unknown option; did you mean --signer-key-file?', 'dct-sign sign --help'],
      [['verify', '--requird-signers', 'a', REF], '--requird-signers: unknown option; did you mean --required-signers?', 'dct-sign verify --help'],
      [['sign', REF], '--signer-key-file: no signer key', 'dct-sign sign --help'],
      [[...SIGN, '--quiet', '--verbose', REF], '--quiet: cannot be given with --verbose', 'dct-sign sign --help'],
      [['inspect', '-q', '--verbose', REPO], '--quiet: cannot be given with --verbose', 'dct-sign inspect --help'],
      [[...SIGN, '--push', '--no-push', REF], '--push: given with --no-push; give one of --push and --no-push', 'dct-sign sign --help'],
    ])('%j exits 2 with one error line and a pointer to the help', async (argv, message, help) => {
      const run = await cli(argv);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toMatch(new RegExp(`\nRun \`${help}\` for usage\\.\n$`));
      expect(run.options).toBeUndefined();
    });

    it('suggests nothing for a flag like no other', async () => {
      const run = await cli(['sign', '--zzzzzzzzzz', REF]);
      expect(run.stderr).toMatch(/^dct-sign: error: --zzzzzzzzzz: unknown option\n/);
    });
  });

  describe('when the operation fails', () => {
    test.each([
      ['a wrong passphrase', new KeyError('--signer-key-file k', 'could not be decrypted', { code: 'PASSPHRASE' }), EXIT_USAGE, 'dct-sign: error: --signer-key-file k: could not be decrypted\n'],
      ['a signer that may not sign', new DctError('NOT_SIGNER', 'the signer key abc may not sign x'), EXIT_FAILED, 'dct-sign: error: the signer key abc may not sign x\n'],
      ['an unreachable server', new HttpError('cannot reach https://127.0.0.1:1', { status: 0, url: 'https://127.0.0.1:1', code: 'NETWORK' }), EXIT_FAILED, 'dct-sign: error: cannot reach https://127.0.0.1:1\n'],
      ['a core input named as the action names it', new InputError('tags', 'x has no tag'), EXIT_USAGE, 'dct-sign: error: REFERENCE: x has no tag\nRun `dct-sign sign --help` for usage.\n'],
      ['a core input that is a key flag', new InputError('root-key', 'this key is needed'), EXIT_USAGE, 'dct-sign: error: --root-key-file: this key is needed\nRun `dct-sign sign --help` for usage.\n'],
      ['a core input that is a flag the CLI named', new InputError('--trust-server-ca', 'holds no PEM text'), EXIT_USAGE, 'dct-sign: error: --trust-server-ca: holds no PEM text\nRun `dct-sign sign --help` for usage.\n'],
      ['a core input that is not a flag', new InputError('docker config', 'config.json is not valid JSON'), EXIT_FAILED, 'dct-sign: error: docker config: config.json is not valid JSON\n'],
      ['a key the core names by its input', new KeyError('root-key', 'not a private key'), EXIT_USAGE, 'dct-sign: error: --root-key-file: not a private key\n'],
      ['a key of the trust data', new KeyError('certificate', 'the ecdsa-x509 key abc does not contain a readable certificate'), EXIT_FAILED, 'dct-sign: error: certificate: the ecdsa-x509 key abc does not contain a readable certificate\n'],
      [
        'a core message naming inputs',
        new DctError('NO_TRUST_DATA', 'r/app has no trust data; give the root-key and repository-key inputs (with their passphrases)'),
        EXIT_FAILED,
        'dct-sign: error: r/app has no trust data; give --root-key-file and --repository-key-file (with their passphrases)\n',
      ],
      [
        'a rule naming three inputs, as the only-with rule does',
        new InputError('trust-pin', 'formats lacks dct: remove the trust-pin, root-key and root-key-passphrase inputs, or add dct'),
        EXIT_USAGE,
        'dct-sign: error: --trust-pin: formats lacks dct: remove --trust-pin, --root-key-file and --root-key-passphrase, or add dct\nRun `dct-sign sign --help` for usage.\n',
      ],
      [
        "a certificate error, with the CA input to change as the command's flag",
        new DctError(
          'NETWORK',
          "could not reach trust server https://n:4443: the server's TLS certificate is not trusted (SELF_SIGNED_CERT_IN_CHAIN); it was checked against the system store alone; give the trust server's CA certificate as the trust-server-ca input",
        ),
        EXIT_FAILED,
        "dct-sign: error: could not reach trust server https://n:4443: the server's TLS certificate is not trusted (SELF_SIGNED_CERT_IN_CHAIN); it was checked against the system store alone; give the trust server's CA certificate as --trust-server-ca\n",
      ],
      [
        'a core message naming an input the command has no flag for',
        new DctError('INPUT', 'set the key-role input'),
        EXIT_FAILED,
        'dct-sign: error: set the key-role input\n',
      ],
    ])('reports %s', async (_, error, code, stderr) => {
      const run = await cli([...SIGN, REF], { operation: () => Promise.reject(error) });
      expect(run).toMatchObject({ code, stdout: '', stderr });
    });

    it('reports a bug with its stack', async () => {
      const run = await cli([...SIGN, REF], { operation: () => Promise.reject(new TypeError('x is undefined')) });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toMatch(/^dct-sign: error: unexpected failure: x is undefined\nTypeError: x is undefined\n\s+at /);
    });

    it('exits 2 alike for a missing key file and a file that is not a key: both are input errors', async () => {
      const notAKey = join(mkdtempSync(join(tmpdir(), 'dct-cli-bad-key-')), 'ci.key');
      writeFileSync(notAKey, 'not a key\n');
      const missing = await cli(['sign', '--signer-key-file', `${notAKey}.missing`, REF], { real: true });
      const bad = await cli(['sign', '--signer-key-file', notAKey, REF], { env: { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'p' }, real: true });
      expect([missing.code, bad.code]).toEqual([EXIT_USAGE, EXIT_USAGE]);
      expect(bad.stderr).toMatch(/^dct-sign: error: --signer-key-file /);
    });

    it('reports a wrong passphrase from the real operation before any network call, with exit 2 as for a missing key file', async () => {
      const run = await cli([...SIGN, REF], { env: { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'not the passphrase' }, real: true });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(
        /^dct-sign: error: --signer-key-file .*docker-alice\.key: the key could not be decrypted with --signer-key-passphrase or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE/,
      );
    });
  });

  describe('when repositories are to be dropped from the trust state', () => {
    it('hands the operation their GUNs, from repeated or comma-separated --trust-state-forget', async () => {
      const run = await cli([...SIGN, '--trust-state', 'state.json', '--trust-state-forget', 'alpine,registry.example.com/a', '--trust-state-forget', REPO, REF]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ trustState: 'state.json', trustStateForget: ['docker.io/library/alpine', 'registry.example.com/a', REPO] });
    });

    it('exits 2 for a reference with a tag, naming the flag', async () => {
      const run = await cli([...SIGN, '--trust-state', 'state.json', '--trust-state-forget', REF, REF]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr.split('\n')[0]).toContain('--trust-state-forget');
      expect(run.options).toBeUndefined();
    });
  });

  describe('when the operation succeeds', () => {
    it('prints the text for people on stdout', async () => {
      const run = await cli([...SIGN, '--no-push', REF, `${REPO}:latest`]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(
        [
          `Signed 2 tags with key ${ALICE_KEY_ID.slice(0, 12)} (signer alice) in https://notary.example.com`,
          '',
          'REFERENCE                             DIGEST                                                                   SIGNED IN',
          `${REF}     ${DIGEST}  targets/alice, targets/releases`,
          `${REPO}:latest  ${DIGEST}  targets/alice, targets/releases`,
          '',
        ].join('\n'),
      );
    });

    it('prints JSON, two spaces deep, with --json', async () => {
      const run = await cli([...SIGN, '--json', REF]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
      expect(JSON.parse(run.stdout)).toEqual({
        signed: [
          {
            reference: REF,
            tag: '1.0',
            digest: DIGEST,
            size: 523,
            roles: ['targets/alice', 'targets/releases'],
            gun: REPO,
            trustServer: 'https://notary.example.com',
            alreadySigned: false,
            formats: ['dct'],
          },
        ],
        published: true,
        formats: ['dct'],
        signerKeyId: ALICE_KEY_ID,
        signerName: 'alice',
      });
    });

    it('sends the progress to stderr, and debug lines only with --verbose', async () => {
      const progress = async (options: SignOptions) => {
        options.logger?.info('Pushing x');
        options.logger?.debug('a detail');
        options.logger?.warning('careful');
        return signResult(options);
      };
      const quiet = await cli([...SIGN, REF], { operation: progress });
      expect(quiet.stderr).toBe('Pushing x\nwarning: careful\n');
      const verbose = await cli([...SIGN, '--verbose', REF], { operation: progress });
      expect(verbose.stderr).toBe('Pushing x\ndebug: a detail\nwarning: careful\n');
    });

    it.each([['--quiet'], ['-q']])('with %s, writes the result and no progress, debug or warning line', async (flag) => {
      const progress = async (options: SignOptions) => {
        options.logger?.info('Pushing x');
        options.logger?.debug('a detail');
        options.logger?.warning('careful');
        return signResult(options);
      };
      const run = await cli([...SIGN, flag, REF], { operation: progress });
      expect(run.code).toBe(EXIT_OK);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Signed 1 tag /);
    });

    it('with --quiet, still writes the error of a failure', async () => {
      const run = await cli([...SIGN, '--quiet', REF], {
        operation: async (options: SignOptions) => {
          options.logger?.warning('something odd');
          throw new DctError('NETWORK', 'cannot reach https://notary.example.com');
        },
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toBe('dct-sign: error: cannot reach https://notary.example.com\n');
    });

    it('keeps the progress written before a failure', async () => {
      const run = await cli([...SIGN, REF], {
        operation: async (options: SignOptions) => {
          options.logger?.warning('something odd');
          throw new DctError('NETWORK', 'cannot reach https://notary.example.com');
        },
      });
      expect(run.stderr).toBe('warning: something odd\ndct-sign: error: cannot reach https://notary.example.com\n');
    });
  });

  describe('when secrets are given', () => {
    const b64 = Buffer.from(ALICE_KEY).toString('base64');
    const echo = async (options: SignOptions) => {
      options.logger?.info(`key ${options.signerKey!.text} pass ${options.signerKey!.passphrase} pw ${options.password}`);
      throw new DctError('KEY', `bad ${options.signerKey!.text} ${options.password} ${ALICE_KEY_BODY.join(' ')}`);
    };

    it('masks them in anything written, even if the operation echoed them', async () => {
      const run = await cli(
        ['sign', '--no-push', '--signer-key', b64, '--signer-key-passphrase', ALICE_PASSPHRASE, '--username', 'ci', '--password-stdin', REF],
        { operation: echo, stdin: 'registry-token-123\n' },
      );
      expect(run.code).toBe(EXIT_FAILED);
      for (const secret of [b64, ALICE_PASSPHRASE, 'registry-token-123', ...ALICE_KEY_BODY]) expect(run.stderr).not.toContain(secret);
      expect(run.stderr).toContain('***');
    });

    test.each([
      ['DCT_SIGNER_KEY, as PEM', { DCT_SIGNER_KEY: ALICE_KEY }],
      ['DCT_SIGNER_KEY, base64-encoded', { DCT_SIGNER_KEY: b64 }],
    ])('masks a key from %s line by line', async (_, env) => {
      const run = await cli(['sign', '--no-push', REF], { env: { ...env, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'env-passphrase' }, operation: echo });
      for (const line of ALICE_KEY_BODY) expect(run.stderr).not.toContain(line);
      expect(run.stderr).not.toContain('env-passphrase');
    });

    it('masks the passphrases of keys given for a role the command does not use', async () => {
      const run = await cli(
        ['rotate-key', '--key-role', 'snapshot', '--root-key-file', ALICE_KEY_FILE, '--signer-key-passphrase', 'signer-pass-1', '--new-repository-key-passphrase', 'new-pass-1', REPO],
        { operation: () => Promise.reject(new DctError('KEY', 'echo signer-pass-1 new-pass-1')) },
      );
      expect(run.stderr).toBe('dct-sign: error: echo *** ***\n');
    });
  });
});
