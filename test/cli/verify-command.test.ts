import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseVerifyArgs } from '../../src/cli/verify-command.ts';
import { DctError, InputError } from '../../src/errors.ts';
import type { VerifiedReference, VerifyOptions, VerifyResult } from '../../src/operations/verify.ts';
import { cli, DIGEST, parseContext, REF, REPO, tableRows, usageErrorOf } from './support.ts';

const OTHER = `sha256:${'cd'.repeat(32)}`;
const REF2 = `${REPO}:2.0`;

const passed: VerifiedReference = {
  reference: REF,
  tag: '1.0',
  gun: REPO,
  signedDigest: DIGEST,
  registryDigest: DIGEST,
  signers: ['alice'],
  pinned: `${REPO}@${DIGEST}`,
  ok: true,
  message: `${REF} is signed by alice and served as signed: ${REPO}@${DIGEST}`,
};
const changed: VerifiedReference = {
  reference: REF2,
  tag: '2.0',
  gun: REPO,
  signedDigest: DIGEST,
  registryDigest: OTHER,
  signers: [],
  pinned: `${REPO}@${DIGEST}`,
  ok: false,
  reason: 'digest-changed',
  message: `${REF2}: the registry serves ${OTHER}, but ${DIGEST} is signed`,
};

/** A verify that logs as the core does: info per verdict, and one warning of its own. */
function fakeVerify(references: VerifiedReference[]) {
  return async (options: VerifyOptions): Promise<VerifyResult> => {
    options.logger?.warning(`${REPO}: ignoring targets/bob, as notary does: expired`);
    for (const r of references) {
      if (r.ok) options.logger?.info(`${r.reference} is signed by alice: ${r.pinned}`);
    }
    for (const r of references) if (!r.ok) options.logger?.info(r.message);
    return { references, ok: references.every((r) => r.ok) };
  };
}

describe('#parseVerifyArgs', () => {
  it('collects required signers from commas and repeated flags', async () => {
    const { options, json } = await parseVerifyArgs(
      ['--json', '--required-signers', 'alice, bob', '--required-signers', 'carol', '--signer-policy', 'all', REF],
      parseContext(),
    );
    expect(json).toBe(true);
    expect(options).toMatchObject({ references: [REF], requiredSigners: ['alice', 'bob', 'carol'], signerPolicy: 'all' });
  });

  it('requires no signer, with policy any, by default', async () => {
    const { options } = await parseVerifyArgs([REF], parseContext());
    expect(options).toMatchObject({ requiredSigners: [], signerPolicy: 'any' });
  });

  test.each([
    ['an unknown policy', ['--signer-policy', 'most', REF], '--signer-policy', /"most" is not one of any, all/],
    ['no reference', ['--required-signers', 'alice'], 'REFERENCE', /no image reference/],
  ])('refuses %s', async (_, args, input, message) => {
    const err = await usageErrorOf(() => parseVerifyArgs(args, parseContext()));
    expect(err).toMatchObject({ input, command: 'verify' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign verify', () => {
  describe('when every reference passes', () => {
    it('prints the table with the pinned references and exits 0', async () => {
      const run = await cli(['verify', REF], { operations: { verify: fakeVerify([passed]) } });
      expect(run.code).toBe(EXIT_OK);
      expect(tableRows(run.stdout)).toEqual([
        ['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'],
        [REF, 'ok', 'alice', `${REPO}@${DIGEST}`],
      ]);
      expect(run.stderr).toBe(`warning: ${REPO}: ignoring targets/bob, as notary does: expired\n`);
    });

    it('shows the core verdicts only with --verbose', async () => {
      const run = await cli(['verify', '--verbose', REF], { operations: { verify: fakeVerify([passed]) } });
      expect(run.stderr).toContain(`debug: ${REF} is signed by alice: ${REPO}@${DIGEST}\n`);
    });
  });

  describe('when a reference fails', () => {
    it('exits 1 with a line per failure naming its reason, and still prints the passes pinned', async () => {
      const run = await cli(['verify', REF, REF2], { operations: { verify: fakeVerify([passed, changed]) } });
      expect(run.code).toBe(EXIT_FAILED);
      expect(tableRows(run.stdout)).toEqual([
        ['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'],
        [REF, 'ok', 'alice', `${REPO}@${DIGEST}`],
        [REF2, 'digest-changed', '(Repo Admin)', '-'],
      ]);
      expect(run.stderr).toBe(
        `warning: ${REPO}: ignoring targets/bob, as notary does: expired\n` +
          `dct-sign: error: ${REF2} (digest-changed): the registry serves ${OTHER}, but ${DIGEST} is signed\n`,
      );
    });

    it('prints {ok, references, verified} with --json, pinned only for passes', async () => {
      const run = await cli(['verify', '--json', REF, REF2], { operations: { verify: fakeVerify([passed, changed]) } });
      expect(run.code).toBe(EXIT_FAILED);
      const out = JSON.parse(run.stdout) as { ok: boolean; references: string[]; verified: Record<string, unknown>[] };
      expect(out.ok).toBe(false);
      expect(out.references).toEqual([`${REPO}@${DIGEST}`]);
      expect(out.verified).toEqual([
        { reference: REF, tag: '1.0', ok: true, signers: ['alice'], signedDigest: DIGEST, registryDigest: DIGEST, pinned: `${REPO}@${DIGEST}`, message: passed.message },
        { reference: REF2, tag: '2.0', ok: false, reason: 'digest-changed', signers: [], signedDigest: DIGEST, registryDigest: OTHER, pinned: null, message: changed.message },
      ]);
    });
  });

  describe('when verify itself fails', () => {
    it('passes on the warnings it logged, and reports the error', async () => {
      const run = await cli(['verify', REF], {
        operations: {
          verify: async (options) => {
            options.logger?.warning('something odd');
            throw new DctError('NETWORK', 'cannot reach https://notary.example.com');
          },
        },
      });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toBe('warning: something odd\ndct-sign: error: cannot reach https://notary.example.com\n');
    });

    it('names the flag of a core input', async () => {
      const run = await cli(['verify', REF], {
        operations: { verify: () => Promise.reject(new InputError('required-signers', 'targets/releases is shared')) },
      });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --required-signers: targets\/releases is shared$/m);
    });
  });
});
