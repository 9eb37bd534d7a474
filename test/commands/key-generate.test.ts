// key-generate's spec: its options, outputs, notes, and the private key
// printed only when asked for.

import { describe, expect, it, test } from 'vitest';
import { keyGenerateSpec } from '../../src/commands/key-generate.ts';
import { ALICE_KEY_ID, ALICE_PUB, cliView, KEY_GENERATE_RESULT, LOG_VIEW, outputsOf, RUN_CONTEXT, stubValues } from './results.ts';

const R = KEY_GENERATE_RESULT;
const WITH_CERTIFICATE = {
  ...R,
  certificate: {
    path: '/keys/ci.crt',
    pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    subject: 'C=XX, ST=none, O=dct-sign, CN=ci',
    identity: 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci',
    store: 'ci',
    notAfter: new Date('2027-12-08T01:00:00Z'),
  },
};

describe('keyGenerateSpec', () => {
  describe('#options', () => {
    test.each([
      [undefined, RUN_CONTEXT.workDirectory],
      ['  ', RUN_CONTEXT.workDirectory],
      [' /keys ', '/keys'],
    ])('takes key directory %j as %j', (dir, directory) => {
      const values = stubValues({ strings: { 'signer-name': ' ci ', 'signer-key-passphrase': 'passphrase', ...(dir === undefined ? {} : { 'key-directory': dir }) } });
      expect(keyGenerateSpec.options(values, RUN_CONTEXT)).toEqual({ name: 'ci', passphrase: 'passphrase', directory });
    });

    it('hands an empty passphrase on for the operation to refuse', () => {
      expect(keyGenerateSpec.options(stubValues({ strings: { 'signer-name': 'ci' } }), RUN_CONTEXT).passphrase).toBe('');
    });

    it('logs nothing, so the CLI has no --verbose', () => {
      expect(keyGenerateSpec.logs).toBe(false);
    });
  });

  describe('#outputs', () => {
    it('gives the key ID, the public key and both paths', () => {
      expect(outputsOf(keyGenerateSpec, R)).toEqual({
        'signer-key-id': ALICE_KEY_ID,
        'public-key': ALICE_PUB,
        'private-key-path': '/keys/ci.key',
        'public-key-path': '/keys/ci.pub',
        'certificate-path': '',
        'notation-identity': '',
      });
    });

    it('gives the certificate path and notation identity with certificate', () => {
      expect(outputsOf(keyGenerateSpec, WITH_CERTIFICATE)).toMatchObject({
        'certificate-path': '/keys/ci.crt',
        'notation-identity': 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci',
      });
    });
  });

  describe('#text', () => {
    test.each([
      ['the key ID', cliView(), `${ALICE_KEY_ID}\n`],
      ['the private key file as base64 with --base64', cliView('base64'), `${R.privateKeyBase64}\n`],
      ["the key ID in the action's and the task's log", LOG_VIEW, `${ALICE_KEY_ID}\n`],
    ])('gives %s', (_, view, text) => {
      expect(keyGenerateSpec.text(R, view)).toBe(text);
    });
  });

  describe('#json', () => {
    it('gives the key ID, the public key and the paths, and the private key only with --base64', () => {
      const plain = { name: 'ci', signerKeyId: ALICE_KEY_ID, publicKey: ALICE_PUB, privateKeyPath: '/keys/ci.key', publicKeyPath: '/keys/ci.pub' };
      expect(keyGenerateSpec.json!.value(R, cliView())).toEqual(plain);
      expect(keyGenerateSpec.json!.value(R, cliView('base64'))).toEqual({ ...plain, privateKeyBase64: R.privateKeyBase64 });
    });
  });

  describe('when the private key is asked for', () => {
    it('reveals it only with --base64', () => {
      expect(keyGenerateSpec.reveals!(cliView('base64'))).toBe(true);
      expect(keyGenerateSpec.reveals!(cliView())).toBe(false);
      expect(keyGenerateSpec.reveals!(LOG_VIEW)).toBe(false);
    });

    it('has it masked everywhere else', () => {
      expect(keyGenerateSpec.secrets!(R)).toEqual([R.privateKeyBase64]);
    });
  });

  describe('#notes', () => {
    it('names the certificate too, and how notation trusts it, with certificate', () => {
      expect(keyGenerateSpec.notes!(WITH_CERTIFICATE)).toContain(
        '  /keys/ci.crt  certificate (C=XX, ST=none, O=dct-sign, CN=ci), for notation\n' +
          'Trust it in notation with a ca trust store (trustStores: ["ca:ci"]) and this trusted identity:\n' +
          '  notation cert add --type ca --store ci /keys/ci.crt\n' +
          '  "trustedIdentities": ["x509.subject: C=XX, ST=none, O=dct-sign, CN=ci"]\n',
      );
    });

    it('names both files and what each is for', () => {
      expect(keyGenerateSpec.notes!(R)).toBe(
        `Generated the key ci (${ALICE_KEY_ID}):\n` +
          '  /keys/ci.key  private key, encrypted with the passphrase: keep it secret\n' +
          '  /keys/ci.pub  public key, for dct-sign signer-add or docker trust signer add\n',
      );
    });
  });

  describe('#done', () => {
    it('names the key and its signer', () => {
      expect(keyGenerateSpec.done(R)).toBe(`Generated key ${ALICE_KEY_ID.slice(0, 12)} for signer ci`);
    });
  });
});
