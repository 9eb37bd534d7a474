// refresh's spec: its options, output, text, JSON and summary.

import { describe, expect, it } from 'vitest';
import { refreshedOutput, refreshSpec } from '../../src/commands/refresh.ts';
import { cliView, EXPIRES, KEY_INPUT, outputsOf, PREVIOUS_EXPIRES, REFRESH_RESULT, REPO, RUN_CONTEXT, stubValues, TRUST_SERVER } from './results.ts';
import { parsedAs } from './results.ts';

const NOTHING = { ...REFRESH_RESULT, refreshed: [], published: false };
const ISO = { expires: EXPIRES.toISOString(), previousExpires: PREVIOUS_EXPIRES.toISOString() };

describe('refreshSpec', () => {
  describe('#options', () => {
    it('takes the repository, the keys and the duration as parsed', () => {
      const values = stubValues({ lists: { tags: [REPO] }, keys: { 'signer-key': KEY_INPUT }, parsed: { 'expiring-within': 3_600_000 } });
      expect(refreshSpec.options(values, RUN_CONTEXT)).toMatchObject({ reference: parsedAs(REPO)[0], signerKey: KEY_INPUT, repositoryKey: undefined, expiringWithinMs: 3_600_000 });
    });
  });

  describe('#refreshedOutput', () => {
    it('gives each role with its version and its expiries as ISO dates', () => {
      expect(refreshedOutput(REFRESH_RESULT)).toEqual([{ role: 'targets', version: 7, ...ISO }]);
      expect(outputsOf(refreshSpec, REFRESH_RESULT)).toEqual({ refreshed: JSON.stringify([{ role: 'targets', version: 7, ...ISO }]) });
      expect(outputsOf(refreshSpec, NOTHING)).toEqual({ refreshed: '[]' });
    });
  });

  describe('#text', () => {
    it('lists the roles re-signed', () => {
      const [head, blank, ...rows] = refreshSpec.text(REFRESH_RESULT, cliView()).trimEnd().split('\n');
      expect([head, blank]).toEqual([`Re-signed 1 role of ${REPO}`, '']);
      expect(rows.map((r) => r.split(/ {2,}/))).toEqual([
        ['ROLE', 'VERSION', 'EXPIRES', 'PREVIOUS EXPIRY'],
        ['targets', '7', ISO.expires, ISO.previousExpires],
      ]);
    });

    it('says when nothing needed it', () => {
      expect(refreshSpec.text(NOTHING, cliView())).toBe(`Nothing in ${REPO} needed re-signing\n`);
    });
  });

  describe('#json', () => {
    it('gives {gun, trustServer, published, refreshed}', () => {
      expect(refreshSpec.json!.value(REFRESH_RESULT, cliView())).toEqual({
        gun: REPO,
        trustServer: TRUST_SERVER,
        published: true,
        refreshed: [{ role: 'targets', version: 7, ...ISO }],
      });
    });
  });

  describe('#summaryOf', () => {
    it('has a row per role re-signed', () => {
      expect(refreshSpec.summaryOf!(REFRESH_RESULT)).toEqual({
        intro: `Refreshed 1 role of ${REPO}.`,
        header: ['Role', 'Version', 'Expires', 'Was to expire'],
        rows: [[{ code: 'targets' }, '7', ISO.expires, ISO.previousExpires]],
      });
    });

    it('says when nothing needed it', () => {
      expect(refreshSpec.summaryOf!(NOTHING)).toEqual({ intro: `Nothing in ${REPO} needed refreshing.`, header: ['Role', 'Version', 'Expires', 'Was to expire'], rows: [] });
    });
  });

  describe('#done', () => {
    it('counts the roles, or says nothing needed it', () => {
      expect(refreshSpec.done(REFRESH_RESULT)).toBe(`Refreshed 1 role of ${REPO}`);
      expect(refreshSpec.done(NOTHING)).toBe(`Nothing in ${REPO} needed refreshing`);
    });
  });
});
