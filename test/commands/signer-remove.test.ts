// signer-remove's spec: its options, text, JSON and summary.

import { describe, expect, it } from 'vitest';
import { signerRemoveSpec } from '../../src/commands/signer-remove.ts';
import { ALICE_KEY_ID, cliView, KEY_INPUT, outputsOf, REPO, RUN_CONTEXT, SIGNER_REMOVE_RESULT, stubValues } from './results.ts';
import { parsedAs } from './results.ts';

const NOTE = 'its tags do not verify until someone signs again';
const TWO = {
  ...SIGNER_REMOVE_RESULT,
  repositories: [
    ...SIGNER_REMOVE_RESULT.repositories,
    { reference: `${REPO}-2`, gun: `${REPO}-2`, trustServer: 'https://n', removedKeyIds: [], releasesInvalidated: false, droppedAtNextSign: [] },
  ],
};

describe('signerRemoveSpec', () => {
  describe('#options', () => {
    it('takes the name trimmed, the repository key and force', () => {
      const values = stubValues({ lists: { tags: [REPO] }, strings: { 'signer-name': 'alice ' }, keys: { 'repository-key': KEY_INPUT }, booleans: { force: true } });
      expect(signerRemoveSpec.options(values, RUN_CONTEXT)).toMatchObject({ references: parsedAs(REPO), name: 'alice', repositoryKey: KEY_INPUT, force: true });
    });
  });

  describe('#outputs', () => {
    it('has none', () => {
      expect(outputsOf(signerRemoveSpec, SIGNER_REMOVE_RESULT)).toEqual({});
    });
  });

  describe('#text', () => {
    it('lists the keys that left each repository, - for none, and the note where one is needed', () => {
      const [head, blank, ...rows] = signerRemoveSpec.text(TWO, cliView()).trimEnd().split('\n');
      expect([head, blank]).toEqual(['Removed signer alice from 2 repositories', '']);
      expect(rows.map((r) => r.split(/ {2,}/))).toEqual([
        ['REPOSITORY', 'KEYS REMOVED', 'NOTE'],
        [REPO, ALICE_KEY_ID.slice(0, 12), NOTE],
        [`${REPO}-2`, '-'],
      ]);
    });
  });

  describe('#text when the next sign drops tags', () => {
    it('names them in the note', () => {
      const dropping = { ...SIGNER_REMOVE_RESULT, repositories: [{ ...SIGNER_REMOVE_RESULT.repositories[0]!, droppedAtNextSign: ['v1', 'v2'] }] };
      expect(signerRemoveSpec.text(dropping, cliView())).toContain(`${NOTE}; that drops v1, v2`);
    });
  });

  describe('#json', () => {
    it('gives the result as it is', () => {
      expect(signerRemoveSpec.json!.value(SIGNER_REMOVE_RESULT, cliView())).toEqual(SIGNER_REMOVE_RESULT);
    });
  });

  describe('#summaryOf', () => {
    it('has a row per repository with the keys removed and the note', () => {
      expect(signerRemoveSpec.summaryOf!(TWO)).toEqual({
        intro: 'Removed signer alice.',
        header: ['Repository', 'Keys removed', 'Note'],
        rows: [
          [{ code: REPO }, ALICE_KEY_ID.slice(0, 12), NOTE],
          [{ code: `${REPO}-2` }, '', ''],
        ],
      });
    });
  });

  describe('#done', () => {
    it('counts the repositories', () => {
      expect(signerRemoveSpec.done(SIGNER_REMOVE_RESULT)).toBe('Signer alice removed from 1 repository');
    });
  });
});
