// signer-add's spec: its options, output, text, JSON and summary.

import { describe, expect, it } from 'vitest';
import { signerAddSpec } from '../../src/commands/signer-add.ts';
import { ALICE_KEY_ID, cliView, KEY_INPUT, NEW_KEY_ID, outputsOf, REPO, ROOT_KEY_ID, RUN_CONTEXT, SIGNER_ADD_RESULT, stubValues, TRUST_SERVER } from './results.ts';
import { parsedAs } from './results.ts';

describe('signerAddSpec', () => {
  describe('#options', () => {
    it('takes the name trimmed, every public key of every value, and the keys', () => {
      const root = { ...KEY_INPUT, text: 'root' };
      const values = stubValues({
        lists: { tags: [REPO] },
        strings: { 'signer-name': ' alice ' },
        parsed: { 'signer-public-key': [['PEM 1', 'PEM 2'], ['PEM 3']] },
        keys: { 'repository-key': KEY_INPUT, 'root-key': root },
      });
      expect(signerAddSpec.options(values, RUN_CONTEXT)).toMatchObject({
        references: parsedAs(REPO),
        name: 'alice',
        signerPublicKeys: ['PEM 1', 'PEM 2', 'PEM 3'],
        repositoryKey: KEY_INPUT,
        rootKey: root,
      });
    });
  });

  describe('#outputs', () => {
    it('gives the key IDs one a line', () => {
      expect(outputsOf(signerAddSpec, { ...SIGNER_ADD_RESULT, keyIds: [ALICE_KEY_ID, NEW_KEY_ID] })['signer-key-id']).toBe(`${ALICE_KEY_ID}\n${NEW_KEY_ID}`);
    });

    it('gives the root key ID of each repository it created, to pin', () => {
      expect(outputsOf(signerAddSpec, SIGNER_ADD_RESULT)['root-key-id']).toBe(ROOT_KEY_ID);
      const none = { ...SIGNER_ADD_RESULT, repositories: SIGNER_ADD_RESULT.repositories.filter((r) => !r.initialized) };
      expect(outputsOf(signerAddSpec, none)['root-key-id']).toBe('');
    });
  });

  describe('#text', () => {
    it('lists the key IDs and what happened to each repository, then the root key ID to pin of each it created', () => {
      const [head, key, blank, ...rows] = signerAddSpec.text(SIGNER_ADD_RESULT, cliView()).trimEnd().split('\n');
      expect([head, key, blank]).toEqual(['Signer alice with 1 key:', `  ${ALICE_KEY_ID}`, '']);
      expect(rows.map((r) => r.split(/ {2,}/))).toEqual([
        ['REPOSITORY', 'RESULT'],
        [REPO, 'added'],
        [`${REPO}-2`, 'created its trust data, with the signer'],
        [`${REPO}-3`, 'unchanged: already a signer with these keys'],
        [''],
        ['Pin the new root in later runs: give its root key ID as --trust-pin.'],
        [''],
        ['REPOSITORY', 'ROOT KEY ID'],
        [`${REPO}-2`, ROOT_KEY_ID],
      ]);
    });

    it('names the trust-pin input in the log of the Action and the task', () => {
      expect(signerAddSpec.text(SIGNER_ADD_RESULT, { log: true, flags: new Set() })).toContain('give its root key ID as the trust-pin input.');
    });

    it('has no pin hint when it created no trust data', () => {
      const none = { ...SIGNER_ADD_RESULT, repositories: SIGNER_ADD_RESULT.repositories.filter((r) => !r.initialized) };
      expect(signerAddSpec.text(none, cliView())).not.toContain('ROOT KEY ID');
    });
  });

  describe('#json', () => {
    it('gives the result as it is', () => {
      expect(signerAddSpec.json!.value(SIGNER_ADD_RESULT, cliView())).toEqual(SIGNER_ADD_RESULT);
    });
  });

  describe('#summaryOf', () => {
    it('has a row per repository with what changed', () => {
      expect(signerAddSpec.summaryOf!(SIGNER_ADD_RESULT)).toEqual({
        intro: `Signer alice with 1 key: ${ALICE_KEY_ID.slice(0, 12)}.`,
        header: ['Repository', 'Change', 'Trust server'],
        rows: [
          [{ code: REPO }, 'added', TRUST_SERVER],
          [{ code: `${REPO}-2` }, 'created its trust data, with the signer', TRUST_SERVER],
          [{ code: `${REPO}-3` }, 'unchanged: already a signer with these keys', TRUST_SERVER],
        ],
      });
    });
  });

  describe('#done', () => {
    it('counts the repositories that changed', () => {
      expect(signerAddSpec.done(SIGNER_ADD_RESULT)).toBe('Signer alice added to 2 repositories');
    });
  });
});
