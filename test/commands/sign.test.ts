// sign's spec: its options, outputs, text, JSON and summary.

import { describe, expect, it } from 'vitest';
import { signedOutput, signSpec } from '../../src/commands/sign.ts';
import {
  ALICE_KEY_ID,
  cliView,
  DIGEST,
  KEY_INPUT,
  outputsOf,
  REF,
  REPO,
  RUN_CONTEXT,
  signResult,
  stubValues,
  TRUST_SERVER,
} from './results.ts';
import { parsedAs } from './results.ts';

const TWO = signResult({ references: [REF, `${REPO}:latest`] });
const ALREADY = { ...TWO, published: false, signed: TWO.signed.map((s) => ({ ...s, alreadySigned: true })) };
const SHORT = ALICE_KEY_ID.slice(0, 12);

describe('signSpec', () => {
  describe('#options', () => {
    it('takes the references, the keys, push and the connection', () => {
      const root = { ...KEY_INPUT, text: 'root' };
      const repository = { ...KEY_INPUT, text: 'repository' };
      const values = stubValues({
        lists: { tags: [REF] },
        booleans: { push: true },
        keys: { 'signer-key': KEY_INPUT, 'root-key': root, 'repository-key': repository },
        strings: { 'signer-name': 'alice', 'trust-server': 'notary.example.com:4443', 'trust-pin': 'a'.repeat(64), 'trust-server-ca': '/ca.pem' },
        parsed: { 'trust-server-ca': 'CA PEM', timeout: 90_000 },
        login: { username: 'ci', password: 'pw' },
      });
      expect(signSpec.options(values, RUN_CONTEXT)).toEqual({
        references: parsedAs(REF),
        formats: ['dct'],
        push: true,
        signerKey: KEY_INPUT,
        cosignKey: undefined,
        signerName: 'alice',
        rootKey: root,
        repositoryKey: repository,
        trustServer: 'notary.example.com:4443',
        trustServerCa: 'CA PEM',
        trustPin: 'a'.repeat(64),
        username: 'ci',
        password: 'pw',
        env: RUN_CONTEXT.env,
        logger: RUN_CONTEXT.logger,
        timeoutMs: 90_000,
        mask: RUN_CONTEXT.maskSecret,
        requirePin: false,
        runner: RUN_CONTEXT.runner,
      });
    });

    it('takes trust-state, else DCT_TRUST_STATE from the environment, and require-pin', () => {
      const given = stubValues({ lists: { tags: [REF] }, keys: { 'signer-key': KEY_INPUT }, strings: { 'trust-state': 'given.json' }, booleans: { 'require-pin': true } });
      const context = { ...RUN_CONTEXT, env: { DCT_TRUST_STATE: 'env.json' } };
      expect(signSpec.options(given, context)).toMatchObject({ trustState: 'given.json', requirePin: true });
      const none = stubValues({ lists: { tags: [REF] }, keys: { 'signer-key': KEY_INPUT } });
      expect(signSpec.options(none, context)).toMatchObject({ trustState: 'env.json', requirePin: false });
      expect(signSpec.options(none, RUN_CONTEXT).trustState).toBeUndefined();
    });

    it('pushes, and so logs docker in, only when push is set', () => {
      expect(signSpec.pushes!(stubValues({ booleans: { push: true } }))).toBe(true);
      expect(signSpec.pushes!(stubValues({ booleans: { push: false } }))).toBe(false);
    });
  });

  describe('#signedOutput', () => {
    it('gives each reference with its digest, size and roles, and nothing of the trust server', () => {
      expect(signedOutput(TWO)).toEqual([
        { reference: REF, tag: '1.0', digest: DIGEST, size: 523, roles: ['targets/alice', 'targets/releases'], alreadySigned: false, formats: ['dct'] },
        { reference: `${REPO}:latest`, tag: 'latest', digest: DIGEST, size: 523, roles: ['targets/alice', 'targets/releases'], alreadySigned: false, formats: ['dct'] },
      ]);
    });
  });

  describe('#outputs', () => {
    it("gives the first reference's digest, what was signed as JSON, and the key ID", () => {
      expect(outputsOf(signSpec, TWO)).toEqual({ digest: DIGEST, signed: JSON.stringify(signedOutput(TWO)), 'signer-key-id': ALICE_KEY_ID });
    });

    it('gives an empty digest when nothing was signed', () => {
      expect(outputsOf(signSpec, { ...TWO, signed: [] }).digest).toBe('');
    });
  });

  describe('#text', () => {
    it('names the key and the signer, every trust server once, and each tag', () => {
      const other = { ...TWO, signed: [TWO.signed[0]!, { ...TWO.signed[1]!, trustServer: 'https://other.example.com' }, TWO.signed[0]!] };
      expect(signSpec.text(other, cliView()).split('\n')[0]).toBe(
        `Signed 3 tags with key ${SHORT} (signer alice) in ${TRUST_SERVER}, https://other.example.com`,
      );
    });

    it('names the key alone when the signer has no name', () => {
      expect(signSpec.text({ ...TWO, signerName: undefined }, cliView()).split('\n')[0]).toBe(`Signed 2 tags with key ${SHORT} in ${TRUST_SERVER}`);
    });
  });

  describe('when tags were already signed with the same digest', () => {
    it('says so in the headline and per tag, instead of the roles', () => {
      const [head, blank, ...rows] = signSpec.text(ALREADY, cliView()).split('\n');
      expect([head, blank]).toEqual([`2 tags already signed with key ${SHORT} (signer alice) in ${TRUST_SERVER}; nothing published`, '']);
      expect(rows[1]!.split(/ {2,}/)).toEqual([`${REPO}:1.0`, DIGEST, 'already signed; nothing published']);
      expect(signSpec.done(ALREADY)).toBe(`2 tags already signed with key ${SHORT}; nothing published`);
      expect(signSpec.summaryOf!(ALREADY).intro).toBe(`2 tags already signed with key ${SHORT} (signer alice); nothing published.`);
    });

    it('counts the signed tags apart from those already signed', () => {
      const mixed = { ...TWO, signed: [ALREADY.signed[0]!, TWO.signed[1]!] };
      expect(signSpec.text(mixed, cliView()).split('\n')[0]).toBe(
        `Signed 1 tag with key ${SHORT} (signer alice) in ${TRUST_SERVER}; 1 tag already signed, nothing published for it`,
      );
    });

    it('gives alreadySigned in the signed output', () => {
      expect(JSON.parse(outputsOf(signSpec, ALREADY).signed!).map((s: { alreadySigned: boolean }) => s.alreadySigned)).toEqual([true, true]);
    });
  });

  describe('#json', () => {
    it('gives {signed, published, formats, signerKeyId, signerName}, the name null when there is none', () => {
      expect(signSpec.json!.value({ ...TWO, signerName: undefined }, cliView())).toEqual({
        signed: TWO.signed,
        published: true,
        formats: ['dct'],
        signerKeyId: ALICE_KEY_ID,
        signerName: null,
      });
    });

    it('says published false and alreadySigned per tag when every tag was already signed', () => {
      const value = signSpec.json!.value(ALREADY, cliView()) as { published: boolean; signed: { alreadySigned: boolean }[] };
      expect(value.published).toBe(false);
      expect(value.signed.map((s) => s.alreadySigned)).toEqual([true, true]);
    });
  });

  describe('#failures', () => {
    it('names each tag that was not pushed, with docker\'s error, so that the run fails', () => {
      const partial = { ...TWO, notPushed: [{ reference: `${REPO}:2`, exitCode: 1, error: 'denied: requested access to the resource is denied' }] };
      expect(signSpec.failures!(partial)).toEqual([
        `docker push ${REPO}:2 failed (exit code 1): denied: requested access to the resource is denied; it was not signed`,
      ]);
    });

    it('has none when every tag was pushed', () => {
      expect(signSpec.failures!(TWO)).toEqual([]);
    });
  });

  describe('#summaryOf', () => {
    it('has a row per tag: reference, digest, size, roles and trust server', () => {
      expect(signSpec.summaryOf!(TWO)).toEqual({
        intro: `Signed 2 tags with key ${SHORT} (signer alice).`,
        header: ['Reference', 'Digest', 'Size', 'Roles', 'Trust server'],
        rows: TWO.signed.map((s) => [{ code: s.reference }, { code: DIGEST }, '523', 'targets/alice, targets/releases', TRUST_SERVER]),
      });
    });
  });

  describe('#done', () => {
    it('counts the tags and names the key', () => {
      expect(signSpec.done(signResult({ references: [REF] }))).toBe(`Signed 1 tag with key ${SHORT}`);
    });
  });
});

describe('signSpec with formats', () => {
  const cosign = { written: ['sig', 'bundle'] as const, already: [] as const };
  const BOTH = { ...TWO, formats: ['dct', 'cosign'] as const, signed: TWO.signed.map((s) => ({ ...s, formats: ['dct', 'cosign'] as const, cosign })) };
  /** dct published both tags; the cosign write of the second failed. */
  const PARTIAL = {
    ...BOTH,
    signed: [BOTH.signed[0]!, { ...TWO.signed[1]!, formats: ['dct'] as const }],
    failedFormats: [{ format: 'cosign' as const, references: [`${REPO}:latest`], message: 'registry.example.com refused the push (HTTP 500)' }],
  };

  describe('#text', () => {
    it('lists the formats per tag beside the roles and the cosign forms', () => {
      const [head, , header, first] = signSpec.text(BOTH, cliView()).split('\n');
      expect(head).toBe(`Signed 2 tags with key ${SHORT} (signer alice) in ${TRUST_SERVER}, the registry (cosign)`);
      expect(header!.split(/ {2,}/)).toEqual(['REFERENCE', 'DIGEST', 'FORMATS', 'SIGNED IN']);
      expect(first!.split(/ {2,}/)).toEqual([REF, DIGEST, 'dct, cosign', 'targets/alice, targets/releases; cosign .sig + bundle']);
    });

    it('keeps the table of a dct-only run as it was', () => {
      expect(signSpec.text(TWO, cliView()).split('\n')[2]!.split(/ {2,}/)).toEqual(['REFERENCE', 'DIGEST', 'SIGNED IN']);
    });
  });

  describe('#failures', () => {
    it('names a format that failed after the other succeeded, and what each of its tags has now', () => {
      expect(signSpec.failures!(PARTIAL)).toEqual([
        `cosign signing failed for ${REPO}:latest: registry.example.com refused the push (HTTP 500) (signed now in ${REPO}:latest: dct)`,
      ]);
      expect(signSpec.failures!(BOTH)).toEqual([]);
    });
  });

  describe('#outputs and #json', () => {
    it('give the formats of each tag, and the failed formats in --json', () => {
      expect(JSON.parse(outputsOf(signSpec, PARTIAL).signed!).map((s: { formats: string[] }) => s.formats)).toEqual([['dct', 'cosign'], ['dct']]);
      const json = signSpec.json.value(PARTIAL, cliView()) as { formats: string[]; failedFormats: unknown[]; signed: { formats: string[] }[] };
      expect(json.formats).toEqual(['dct', 'cosign']);
      expect(json.failedFormats).toEqual(PARTIAL.failedFormats);
      expect(json.signed.map((s) => s.formats)).toEqual([['dct', 'cosign'], ['dct']]);
      expect(signSpec.json.value(BOTH, cliView())).not.toHaveProperty('failedFormats');
    });
  });
});
