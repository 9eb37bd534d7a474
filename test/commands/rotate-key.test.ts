// rotate-key's spec: the options of each role, and the new key printed.

import { resolve } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { rotateKeySpec } from '../../src/commands/rotate-key.ts';
import { ALICE_KEY_ID, cliView, KEY_INPUT, NEW_KEY_ID, outputsOf, REPO, rotateKeyResult, RUN_CONTEXT, stubValues, TRUST_SERVER } from './results.ts';
import { parsedAs } from './results.ts';

const SHORT = ALICE_KEY_ID.slice(0, 12);
const GENERATED = rotateKeyResult('targets', '/keys/new.key');
const UNCHANGED = { ...rotateKeyResult('snapshot'), previousKeyIds: [], resigned: [] };
const CERTIFICATE = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const { generatedRepositoryKey: generatedRoot, ...targetsRotation } = rotateKeyResult('root', '/keys/root.key');
const ROOT_ROTATED = { ...targetsRotation, resigned: ['root'], generatedRootKey: generatedRoot!, rootCertificate: CERTIFICATE };

describe('rotateKeySpec', () => {
  describe('#options', () => {
    const keys = { 'root-key': { ...KEY_INPUT, text: 'root' }, 'signer-key': { ...KEY_INPUT, text: 'new signer' }, 'repository-key': KEY_INPUT };

    it("takes a signer's rotation: its name, new key and old key", () => {
      const values = stubValues({
        lists: { tags: [REPO] },
        strings: { 'key-role': 'signer', 'signer-name': ' alice ' },
        keys,
        parsed: { 'old-signer-key': ALICE_KEY_ID },
      });
      expect(rotateKeySpec.options(values, RUN_CONTEXT)).toMatchObject({
        reference: parsedAs(REPO)[0],
        role: 'signer',
        repositoryKey: KEY_INPUT,
        signer: { name: 'alice', newKey: keys['signer-key'], oldKey: ALICE_KEY_ID },
      });
    });

    test.each([
      [undefined, resolve(RUN_CONTEXT.workDirectory)],
      ['keys', resolve('keys')],
    ])('takes the other roles without a signer, key directory %j as %j', (dir, keyDirectory) => {
      const values = stubValues({
        lists: { tags: [REPO] },
        strings: { 'key-role': 'targets', 'new-repository-key-passphrase': 'new-pass', ...(dir ? { 'key-directory': dir } : {}) },
        keys,
      });
      expect(rotateKeySpec.options(values, RUN_CONTEXT)).toMatchObject({
        role: 'targets',
        rootKey: keys['root-key'],
        newRepositoryKeyPassphrase: 'new-pass',
        keyDirectory,
        signer: undefined,
      });
    });

    it('takes the new root key of a root rotation', () => {
      const newRoot = { ...KEY_INPUT, text: 'new root' };
      const values = stubValues({
        lists: { tags: [REPO] },
        strings: { 'key-role': 'root', 'new-root-key-passphrase': 'new-root-pass' },
        keys: { ...keys, 'new-root-key': newRoot },
      });
      expect(rotateKeySpec.options(values, RUN_CONTEXT)).toMatchObject({
        role: 'root',
        rootKey: keys['root-key'],
        newRootKey: newRoot,
        newRootKeyPassphrase: 'new-root-pass',
      });
    });
  });

  describe('#outputs', () => {
    it('gives the ID of the key the role is signed with now', () => {
      expect(outputsOf(rotateKeySpec, GENERATED)).toEqual({ 'key-id': NEW_KEY_ID });
    });
  });

  describe('#text', () => {
    it('names the new key, the keys it replaces, what was re-signed and where a generated key went', () => {
      expect(rotateKeySpec.text(GENERATED, cliView())).toBe(
        `The targets key of ${REPO} is ${NEW_KEY_ID}\n  replaces  ${SHORT}\n  re-signed root, targets\n` +
          '  new key   /keys/new.key (encrypted; the only copy: keep it)\n',
      );
    });

    it('says after a root rotation what a trust-pin must name now', () => {
      expect(rotateKeySpec.text(ROOT_ROTATED, cliView())).toBe(
        `The root key of ${REPO} is ${NEW_KEY_ID}\n  replaces  ${SHORT}\n  re-signed root\n` +
          '  new key   /keys/root.key (encrypted; the only copy: keep it)\n' +
          `  trust-pin must now be ${NEW_KEY_ID} (or the new root certificate)\n`,
      );
    });

    it('says when nothing changed', () => {
      expect(rotateKeySpec.text(UNCHANGED, cliView())).toBe(`The snapshot key of ${REPO} is ${NEW_KEY_ID}\n  re-signed nothing (the key was already in place)\n`);
    });
  });

  describe('#json', () => {
    test.each([
      [GENERATED, '/keys/new.key'],
      [UNCHANGED, null],
    ])('gives the rotation with the path of a generated key, or null', (result, privateKeyPath) => {
      const { gun, trustServer, role, keyId, previousKeyIds, resigned } = result;
      expect(rotateKeySpec.json!.value(result, cliView())).toEqual({ gun, trustServer, role, keyId, previousKeyIds, resigned, privateKeyPath });
      expect(trustServer).toBe(TRUST_SERVER);
    });

    it('gives the new root certificate of a root rotation', () => {
      expect(rotateKeySpec.json!.value(ROOT_ROTATED, cliView())).toMatchObject({
        role: 'root',
        privateKeyPath: '/keys/root.key',
        rootCertificate: CERTIFICATE,
      });
    });
  });

  describe('#secrets', () => {
    it('masks a generated key', () => {
      expect(rotateKeySpec.secrets!(GENERATED)).toEqual([GENERATED.generatedRepositoryKey!.base64, undefined]);
      expect(rotateKeySpec.secrets!(UNCHANGED)).toEqual([undefined, undefined]);
      expect(rotateKeySpec.secrets!(ROOT_ROTATED)).toEqual([undefined, generatedRoot!.base64]);
    });
  });

  describe('#summaryOf', () => {
    it('says what was rotated, and where a generated key is', () => {
      expect(rotateKeySpec.summaryOf!(GENERATED)).toEqual({
        intro: `Rotated the targets key of ${REPO}.`,
        header: ['Key', 'Previous keys', 'Re-signed'],
        rows: [[{ code: NEW_KEY_ID }, SHORT, 'root, targets']],
        notes: ['The new repository key is in /keys/new.key, encrypted; keep it safe, it is the only copy.'],
      });
    });

    it('says where a generated root key is and that pins must move', () => {
      expect(rotateKeySpec.summaryOf!(ROOT_ROTATED)).toMatchObject({
        intro: `Rotated the root key of ${REPO}.`,
        notes: [
          'The new root key is in /keys/root.key, encrypted; keep it safe, it is the only copy.',
          `Pins must move: set trust-pin to the new root key ID ${NEW_KEY_ID}, or to the new root certificate.`,
        ],
      });
    });

    it('says when the key was already in place', () => {
      expect(rotateKeySpec.summaryOf!(UNCHANGED)).toMatchObject({
        intro: `The snapshot key of ${REPO} was already ${NEW_KEY_ID.slice(0, 12)}; nothing changed.`,
        notes: [],
      });
    });
  });

  describe('#done', () => {
    it('names the role and its key', () => {
      expect(rotateKeySpec.done(GENERATED)).toBe(`The targets key of ${REPO} is ${NEW_KEY_ID.slice(0, 12)}`);
    });
  });
});
