// `dct-sign verify`: required signers and policy, the table of verdicts, one
// error line per failing reference, and --json for scripts.

import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { DctError, InputError } from '../../../src/errors.ts';
import type { VerifiedReference, VerifyOptions, VerifyResult } from '../../../src/operations/verify.ts';
import { CHANGED, cli, DIGEST, OTHER_DIGEST, PASSED, REF, REF2, REPO, tableRows, verifyResult } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const WARNING = `${REPO}: ignoring targets/bob, as notary does: expired`;

/** A verify that logs as the core does: one warning of its own, and an info line per verdict. */
function fakeVerify(references: VerifiedReference[]) {
  return async (options: VerifyOptions): Promise<VerifyResult> => {
    options.logger?.warning(WARNING);
    for (const r of references) options.logger?.info(r.message);
    return verifyResult(references);
  };
}

describe('#runCli', () => {
  describe('when verify is given signers and a policy', () => {
    it('collects required signers from commas and repeated flags', async () => {
      const run = await cli(['verify', '--json', '--required-signers', 'alice, bob', '--required-signers', 'carol', '--signer-policy', 'all', REF]);
      expect(run.options).toMatchObject({ references: parsedAs(REF), requiredSigners: ['alice', 'bob', 'carol'], signerPolicy: 'all' });
    });

    test.each([
      [[], 'any'],
      [['--signer-policy', 'any'], 'any'],
      [['--signer-policy', ' all '], 'all'],
      [['--signer-policy', ''], 'any'],
    ])('%j gives policy %s and no required signer', async (flags, policy) => {
      const run = await cli(['verify', ...flags, REF]);
      expect(run.options).toMatchObject({ requiredSigners: [], signerPolicy: policy });
    });

    test.each([
      ['an unknown policy', ['--signer-policy', 'most', REF], '--signer-policy: "most" is not one of any, all'],
      ['no reference', ['--required-signers', 'alice'], 'REFERENCE: no image reference given'],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['verify', ...args]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign verify --help` for usage.');
    });
  });

  describe('when given a trust state file and require-pin', () => {
    it('passes --trust-state and --require-pin to the core', async () => {
      const run = await cli(['verify', '--trust-state', 'state.json', '--require-pin', REF]);
      expect(run.options).toMatchObject({ trustState: 'state.json', requirePin: true });
    });

    it('reads the file from DCT_TRUST_STATE when --trust-state is not given', async () => {
      const run = await cli(['verify', REF], { env: { DCT_TRUST_STATE: 'from-env.json' } });
      expect(run.options).toMatchObject({ trustState: 'from-env.json', requirePin: false });
    });
  });

  describe('when every reference passes', () => {
    it('prints the table with the pinned references and exits 0', async () => {
      const run = await cli(['verify', REF], { operation: fakeVerify([PASSED]) });
      expect(run.code).toBe(EXIT_OK);
      expect(tableRows(run.stdout)).toEqual([
        ['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'],
        [REF, 'ok', 'alice', `${REPO}@${DIGEST}`],
      ]);
      expect(run.stderr).toBe(`warning: ${WARNING}\n`);
    });

    it('shows the core verdicts only with --verbose, as debug lines', async () => {
      const run = await cli(['verify', '--verbose', REF], { operation: fakeVerify([PASSED]) });
      expect(run.stderr).toBe(`warning: ${WARNING}\ndebug: ${PASSED.message}\n`);
    });
  });

  describe('when a reference fails', () => {
    it('exits 1 with a line per failure naming its reason, and still prints the passes pinned', async () => {
      const run = await cli(['verify', REF, REF2], { operation: fakeVerify([PASSED, CHANGED]) });
      expect(run.code).toBe(EXIT_FAILED);
      expect(tableRows(run.stdout)).toEqual([
        ['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'],
        [REF, 'ok', 'alice', `${REPO}@${DIGEST}`],
        [REF2, 'digest-changed', '(Repo Admin)', '-'],
      ]);
      expect(run.stderr).toBe(
        `warning: ${WARNING}\n` + `dct-sign: error: ${REF2} (digest-changed): the registry serves ${OTHER_DIGEST}, but ${DIGEST} is signed\n`,
      );
    });

    it('prints {ok, references, verified} with --json, pinned only for passes', async () => {
      const run = await cli(['verify', '--json', REF, REF2], { operation: fakeVerify([PASSED, CHANGED]) });
      expect(run.code).toBe(EXIT_FAILED);
      expect(JSON.parse(run.stdout)).toEqual({
        ok: false,
        references: [`${REPO}@${DIGEST}`],
        verified: [
          { reference: REF, tag: '1.0', ok: true, signers: ['alice'], signedDigest: DIGEST, registryDigest: DIGEST, pinned: `${REPO}@${DIGEST}`, message: PASSED.message, formats: ['dct'] },
          { reference: REF2, tag: '2.0', ok: false, reason: 'digest-changed', signers: [], signedDigest: DIGEST, registryDigest: OTHER_DIGEST, pinned: null, message: CHANGED.message, formats: [] },
        ],
      });
    });
  });

  describe('when verify itself fails', () => {
    it('passes on the warnings it logged, and reports the error', async () => {
      const run = await cli(['verify', REF], {
        operation: async (options: VerifyOptions) => {
          options.logger?.warning('something odd');
          throw new DctError('NETWORK', 'cannot reach https://notary.example.com');
        },
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toBe('warning: something odd\ndct-sign: error: cannot reach https://notary.example.com\n');
    });

    it('names the flag of a core input', async () => {
      const run = await cli(['verify', REF], { operation: () => Promise.reject(new InputError('required-signers', 'targets/releases is shared')) });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --required-signers: targets\/releases is shared$/m);
    });
  });
});
