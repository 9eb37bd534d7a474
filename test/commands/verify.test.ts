// verify's spec: the pinned references, the verdicts, one failure line per
// failing reference, and its table and summary.

import { describe, expect, it, test } from 'vitest';
import { failureLines, pinnedReferences, verifiedEntries, verifySpec } from '../../src/commands/verify.ts';
import type { VerifiedReference } from '../../src/operations/verify.ts';
import { CHANGED, cliView, DIGEST, OTHER_DIGEST, outputsOf, PASSED, REF, REF2, REPO, RUN_CONTEXT, stubValues, verifyResult } from './results.ts';
import { parsedAs } from './results.ts';

const UNSIGNED: VerifiedReference = {
  reference: `${REPO}:3.0`,
  tag: '3.0',
  gun: REPO,
  signedDigest: undefined,
  registryDigest: DIGEST,
  signers: [],
  pinned: undefined,
  ok: false,
  formats: [],
  reason: 'unsigned',
  message: 'no signature for 3.0 in the trust data',
};
const RESULT = verifyResult([PASSED, CHANGED, UNSIGNED]);

describe('verifySpec', () => {
  describe('#options', () => {
    test.each([
      [undefined, 'any'],
      ['any', 'any'],
      ['all', 'all'],
    ])('takes policy %j as %j, with the signers and references', (policy, expected) => {
      const values = stubValues({ lists: { tags: [REF], 'required-signers': ['alice', 'bob'] }, strings: policy ? { 'signer-policy': policy } : {} });
      expect(verifySpec.options(values, RUN_CONTEXT)).toMatchObject({ references: parsedAs(REF), requiredSigners: ['alice', 'bob'], signerPolicy: expected });
    });

    it("turns the core's info lines into debug lines: its table says the same", () => {
      expect(verifySpec.infoAsDebug).toBe(true);
    });
  });

  describe('#pinnedReferences', () => {
    it('gives the pinned reference of each reference that passed, in order', () => {
      const second = { ...PASSED, reference: REF2, pinned: `${REPO}@${OTHER_DIGEST}` };
      expect(pinnedReferences(verifyResult([PASSED, CHANGED, second]))).toEqual([`${REPO}@${DIGEST}`, `${REPO}@${OTHER_DIGEST}`]);
    });

    it('never gives the pin of a reference that failed', () => {
      expect(pinnedReferences(verifyResult([CHANGED]))).toEqual([]);
    });
  });

  describe('#verifiedEntries', () => {
    it('gives each verdict with nulls for what is unknown, and a pin only for a pass', () => {
      expect(verifiedEntries(RESULT)).toEqual([
        { reference: REF, tag: '1.0', ok: true, signers: ['alice'], signedDigest: DIGEST, registryDigest: DIGEST, pinned: `${REPO}@${DIGEST}`, message: PASSED.message, formats: ['dct'] },
        { reference: REF2, tag: '2.0', ok: false, reason: 'digest-changed', signers: [], signedDigest: DIGEST, registryDigest: OTHER_DIGEST, pinned: null, message: CHANGED.message, formats: [] },
        { reference: `${REPO}:3.0`, tag: '3.0', ok: false, reason: 'unsigned', signers: [], signedDigest: null, registryDigest: DIGEST, pinned: null, message: UNSIGNED.message, formats: [] },
      ]);
    });
  });

  describe('#failureLines', () => {
    it('gives a line per failing reference with its reason, without repeating the reference', () => {
      const noReason = { ...UNSIGNED, reference: 'r/x:1', reason: undefined, message: 'r/x:1 went wrong' };
      expect(failureLines(verifyResult([PASSED, CHANGED, UNSIGNED, noReason]))).toEqual([
        `${REF2} (digest-changed): the registry serves ${OTHER_DIGEST}, but ${DIGEST} is signed`,
        `${REPO}:3.0 (unsigned): no signature for 3.0 in the trust data`,
        'r/x:1 (failed): r/x:1 went wrong',
      ]);
      expect(verifySpec.failures!(RESULT)).toEqual(failureLines(RESULT));
    });

    it('gives none when every reference passed', () => {
      expect(failureLines(verifyResult([PASSED]))).toEqual([]);
    });
  });

  describe('#outputs', () => {
    it('gives the pinned references one a line, and the verdicts as JSON', () => {
      const second = { ...PASSED, reference: REF2, pinned: `${REPO}@${OTHER_DIGEST}` };
      const result = verifyResult([PASSED, second, CHANGED]);
      expect(outputsOf(verifySpec, result)).toEqual({
        references: `${REPO}@${DIGEST}\n${REPO}@${OTHER_DIGEST}`,
        verified: JSON.stringify(verifiedEntries(result)),
      });
    });
  });

  describe('#text', () => {
    it('shows the result, the signers (or Repo Admin, or - when unsigned) and the pin of passes', () => {
      const rows = verifySpec.text(RESULT, cliView()).trimEnd().split('\n').map((line) => line.split(/ {2,}/));
      expect(rows).toEqual([
        ['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'],
        [REF, 'ok', 'alice', `${REPO}@${DIGEST}`],
        [REF2, 'digest-changed', '(Repo Admin)', '-'],
        [`${REPO}:3.0`, 'unsigned', '-', '-'],
      ]);
    });
  });

  describe('#json', () => {
    it('gives {ok, references, verified}', () => {
      expect(verifySpec.json!.value(RESULT, cliView())).toEqual({ ok: false, references: [`${REPO}@${DIGEST}`], verified: verifiedEntries(RESULT) });
    });
  });

  describe('#summaryOf', () => {
    it('has a row per reference: pinned when it passed, the reason and message when not', () => {
      expect(verifySpec.summaryOf!(RESULT)).toEqual({
        intro: 'Verified 1 of 3 references.',
        header: ['Reference', 'Result', 'Signers', 'Pinned reference', 'Details'],
        rows: [
          [{ code: REF }, '✅ verified', 'alice', { code: `${REPO}@${DIGEST}` }, ''],
          [{ code: REF2 }, '❌ digest-changed', '', '', CHANGED.message],
          [{ code: `${REPO}:3.0` }, '❌ unsigned', '', '', UNSIGNED.message],
        ],
      });
    });
  });

  describe('#done', () => {
    it('counts the references', () => {
      expect(verifySpec.done(verifyResult([PASSED]))).toBe('Verified 1 reference');
    });
  });
});

describe('verifySpec with formats', () => {
  const BY_COSIGN: VerifiedReference = {
    ...PASSED,
    reference: REF2,
    tag: '2.0',
    signers: [],
    formats: ['cosign'],
    cosignSigners: ['cosign.pub'],
    warnings: [`${REF2}: dct could not be checked (trust server notary.example.com is unreachable); cosign verified it`],
  };
  const COSIGN_UNSIGNED: VerifiedReference = { ...UNSIGNED, reason: 'cosign-unsigned', message: `${REPO}:3.0: no cosign signature for ${DIGEST}` };
  const MIXED = verifyResult([{ ...PASSED, formats: ['dct', 'cosign'], cosignSigners: ['signer alice (key ac5ce34fd279)'] }, BY_COSIGN, COSIGN_UNSIGNED]);

  it('shows per reference which formats verified, and who signed with cosign where DCT did not verify', () => {
    const [header, ...rows] = verifySpec.text(MIXED, cliView()).trimEnd().split('\n');
    expect(header!.split(/ {2,}/)).toEqual(['REFERENCE', 'RESULT', 'FORMATS', 'SIGNED BY', 'PINNED']);
    expect(rows.map((r) => r.split(/ {2,}/))).toEqual([
      [REF, 'ok', 'dct, cosign', 'alice', `${REPO}@${DIGEST}`],
      [REF2, 'ok', 'cosign', 'cosign.pub', `${REPO}@${DIGEST}`],
      [`${REPO}:3.0`, 'cosign-unsigned', 'none', '-', '-'],
    ]);
  });

  it('keeps the table of a dct-only run as it was', () => {
    expect(verifySpec.text(RESULT, cliView()).split('\n')[0]!.split(/ {2,}/)).toEqual(['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED']);
  });

  it('gives the formats, the cosign signers and the warnings in the verified output, and pins what cosign verified', () => {
    const entries = JSON.parse(outputsOf(verifySpec, MIXED).verified!) as { formats: string[]; cosignSigners?: string[]; warnings?: string[] }[];
    expect(entries.map((e) => [e.formats, e.cosignSigners, e.warnings])).toEqual([
      [['dct', 'cosign'], ['signer alice (key ac5ce34fd279)'], undefined],
      [['cosign'], ['cosign.pub'], BY_COSIGN.warnings],
      [[], undefined, undefined],
    ]);
    expect(outputsOf(verifySpec, MIXED).references).toBe(`${REPO}@${DIGEST}\n${REPO}@${DIGEST}`);
    expect(failureLines(MIXED)).toEqual([`${REPO}:3.0 (cosign-unsigned): no cosign signature for ${DIGEST}`]);
  });
});
