// `dct-sign refresh`: the keys, the duration, one repository, and the roles re-signed.

import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { ALICE_KEY, ALICE_KEY_FILE, cli, EXPIRES, PREVIOUS_EXPIRES, REF, REFRESH_RESULT, REPO, tableRows } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const HOUR = 60 * 60 * 1000;
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass' };

describe('#runCli', () => {
  describe('when refresh is given its flags', () => {
    it('takes the signer key, the repository key and a duration', async () => {
      const run = await cli(['refresh', '--signer-key-file', ALICE_KEY_FILE, '--repository-key', 'repo key text', '--expiring-within', '180d', REPO], { env: ENV });
      expect(run.options).toMatchObject({
        reference: parsedAs(REPO)[0],
        signerKey: { text: ALICE_KEY, passphrase: 'repo-pass' },
        repositoryKey: { text: 'repo key text', passphrase: 'repo-pass' },
        expiringWithinMs: 180 * 24 * HOUR,
      });
    });

    it('takes the signer key from DCT_SIGNER_KEY, and refreshes always without a duration', async () => {
      const run = await cli(['refresh', REPO], { env: { ...ENV, DCT_SIGNER_KEY: ALICE_KEY } });
      expect(run.options).toMatchObject({ signerKey: { text: ALICE_KEY, input: 'DCT_SIGNER_KEY' }, expiringWithinMs: undefined });
      expect(run.options.repositoryKey).toBeUndefined();
    });

    test.each([
      ['36h', 36 * HOUR],
      ['26w', 26 * 7 * 24 * HOUR],
      ['1.5D', 36 * HOUR],
      ['0d', 0],
      [' 2d ', 48 * HOUR],
      ['', undefined],
    ])('reads --expiring-within %j', async (value, ms) => {
      const run = await cli(['refresh', '--repository-key', 'k', `--expiring-within=${value}`, REPO]);
      expect(run.options.expiringWithinMs).toBe(ms);
    });

    // One grammar for every duration: what one flag takes, the other takes too.
    test.each([
      ['--timeout', '1d', 'timeoutMs', 24 * HOUR],
      ['--timeout', '1w', 'timeoutMs', 7 * 24 * HOUR],
      ['--expiring-within', '30m', 'expiringWithinMs', HOUR / 2],
      ['--expiring-within', '90s', 'expiringWithinMs', 90_000],
    ])('reads %s %j as every duration flag would', async (flag, value, option, ms) => {
      const run = await cli(['refresh', '--repository-key', 'k', flag, value, REPO]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options[option]).toBe(ms);
    });

    test.each([
      ['no key', [REPO], "--signer-key-file: give --signer-key-file PATH or set DCT_SIGNER_KEY (the signer's roles), --repository-key-file PATH (targets) or both"],
      ['a duration without a unit', ['--repository-key', 'k', '--expiring-within', '180', REPO], '--expiring-within: give a number and s, m (minutes), h, d or w, e.g. 90s, 10m, 36h, 180d, 26w, not "180"'],
      ['two repositories', ['--repository-key', 'k', REPO, `${REPO}-2`], 'REPOSITORY: refresh works on one repository; give one, not 2'],
      ['no repository', ['--repository-key', 'k'], 'REPOSITORY: no repository given'],
      ['a tag', ['--repository-key', 'k', REF], `REPOSITORY: ${REF}: give the repository without a tag or digest`],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['refresh', ...args]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.options).toBeUndefined();
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign refresh --help` for usage.');
    });
  });

  describe('when refresh succeeds', () => {
    it('prints the roles it re-signed', async () => {
      const run = await cli(['refresh', '--repository-key', 'k', REPO]);
      expect(run.code).toBe(EXIT_OK);
      const [head, blank, ...table] = run.stdout.split('\n');
      expect([head, blank]).toEqual([`Re-signed 1 role of ${REPO}`, '']);
      expect(tableRows(table.join('\n'))).toEqual([
        ['ROLE', 'VERSION', 'EXPIRES', 'PREVIOUS EXPIRY'],
        ['targets', '7', EXPIRES.toISOString(), PREVIOUS_EXPIRES.toISOString()],
      ]);
    });

    it('prints each re-signed role once: in the table, not again on stderr', async () => {
      const operation = async (o: { logger: { info: (m: string) => void } }) => {
        o.logger.info(`${REPO}: targets re-signed as version 7`);
        return REFRESH_RESULT;
      };
      const run = await cli(['refresh', '--repository-key', 'k', REPO], { operation });
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toContain('targets');
      expect(run.stderr).not.toContain('re-signed as version');
    });

    it('says when nothing needed it', async () => {
      const nothing = { ...REFRESH_RESULT, refreshed: [], published: false };
      const run = await cli(['refresh', '--repository-key', 'k', REPO], { operation: async () => nothing });
      expect(run.stdout).toBe(`Nothing in ${REPO} needed re-signing\n`);
    });

    it('prints {gun, trustServer, published, refreshed} with --json', async () => {
      const run = await cli(['refresh', '--json', '--repository-key', 'k', REPO]);
      expect(JSON.parse(run.stdout)).toEqual({
        gun: REPO,
        trustServer: 'https://notary.example.com',
        published: true,
        refreshed: [{ role: 'targets', version: 7, expires: EXPIRES.toISOString(), previousExpires: PREVIOUS_EXPIRES.toISOString() }],
      });
    });
  });
});
