// revoke's spec: its options, output, text, JSON and summary.

import { describe, expect, it } from 'vitest';
import { revokedOutput, revokeSpec } from '../../src/commands/revoke.ts';
import { ALICE_KEY_ID, cliView, KEY_INPUT, outputsOf, REF, REPO, REVOKE_RESULT, RUN_CONTEXT, stubValues } from './results.ts';
import { parsedAs } from './results.ts';

const TWO = { ...REVOKE_RESULT, revoked: [...REVOKE_RESULT.revoked, { reference: `${REPO}:2.0`, tag: '2.0', gun: REPO, roles: ['targets/releases'] }] };
const SHORT = ALICE_KEY_ID.slice(0, 12);

describe('revokeSpec', () => {
  describe('#options', () => {
    it('takes the references, the signer key and name, and all', () => {
      const values = stubValues({ lists: { tags: [REPO] }, keys: { 'signer-key': KEY_INPUT }, strings: { 'signer-name': 'alice' }, booleans: { all: true } });
      expect(revokeSpec.options(values, RUN_CONTEXT)).toMatchObject({ references: parsedAs(REPO), signerKey: KEY_INPUT, signerName: 'alice', all: true, env: RUN_CONTEXT.env });
    });
  });

  describe('#revokedOutput', () => {
    it('gives each tag with the roles it left', () => {
      expect(revokedOutput(TWO)).toEqual([
        { reference: REF, tag: '1.0', gun: REPO, roles: ['targets/alice', 'targets/releases'] },
        { reference: `${REPO}:2.0`, tag: '2.0', gun: REPO, roles: ['targets/releases'] },
      ]);
      expect(outputsOf(revokeSpec, TWO)).toEqual({ revoked: JSON.stringify(revokedOutput(TWO)) });
    });
  });

  describe('#text', () => {
    it('counts the tags, names the key and lists the roles each left', () => {
      const [head, blank, ...rows] = revokeSpec.text(TWO, cliView()).trimEnd().split('\n');
      expect([head, blank]).toEqual([`Revoked 2 tags with key ${SHORT}`, '']);
      expect(rows.map((r) => r.split(/ {2,}/))).toEqual([
        ['REPOSITORY', 'TAG', 'REMOVED FROM'],
        [REPO, '1.0', 'targets/alice, targets/releases'],
        [REPO, '2.0', 'targets/releases'],
      ]);
    });
  });

  describe('#json', () => {
    it('gives {revoked, signerKeyId}', () => {
      expect(revokeSpec.json!.value(TWO, cliView())).toEqual({ revoked: revokedOutput(TWO), signerKeyId: ALICE_KEY_ID });
    });
  });

  describe('#summaryOf', () => {
    it('has a row per revoked tag with the roles it left', () => {
      expect(revokeSpec.summaryOf!(REVOKE_RESULT)).toEqual({
        intro: `Revoked 1 tag with key ${SHORT}.`,
        header: ['Reference', 'Tag', 'Removed from'],
        rows: [[{ code: REF }, { code: '1.0' }, 'targets/alice, targets/releases']],
      });
    });
  });

  describe('#done', () => {
    it('counts the tags', () => {
      expect(revokeSpec.done(TWO)).toBe('Revoked 2 tags');
    });
  });
});
