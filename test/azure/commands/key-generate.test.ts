// key-generate, run whole (it makes no request): the key pair lands in
// keyDirectory, by default the agent's temp directory, the outputs name it,
// and the private key is never printed.

import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_GENERATE_RESULT, KEY_ID, PUBLIC_PEM } from './support.ts';
import { agentTemp, captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it } from 'vitest';
import { keyGenerateOutputs, readKeyGenerateInputs, runKeyGenerate } from '../../../src/azure/commands/key-generate.ts';
import { failureMessage } from '../../../src/azure/failure-message.ts';
import { InputError } from '../../../src/errors.ts';
import { loadPrivateKey } from '../../../src/keys/index.ts';
import { maskedValues, pemBodyLines, visibleOutput, vsoCommands } from '../support.ts';

const stdout = captureStdout();
const PASSPHRASE = 'generated-key-passphrase';

describe('#readKeyGenerateInputs', () => {
  it('reads the name and passphrase, and defaults the directory to the one given', () => {
    expect(readKeyGenerateInputs(taskInputs({ signerName: 'ci', signerKeyPassphrase: PASSPHRASE }), '/agent/_temp')).toEqual({
      name: 'ci',
      passphrase: PASSPHRASE,
      directory: '/agent/_temp',
    });
  });

  it('asks for the passphrase', () => {
    expect(() => readKeyGenerateInputs(taskInputs({ signerName: 'ci' }), agentTemp)).toThrow(
      expect.objectContaining({ input: 'signerKeyPassphrase' }) as InputError,
    );
  });
});

describe('#keyGenerateOutputs', () => {
  it('sets the key ID, the public key and both paths, and nothing of the private key', () => {
    expect(keyGenerateOutputs(KEY_GENERATE_RESULT)).toEqual({
      signerKeyId: KEY_ID,
      publicKey: PUBLIC_PEM,
      privateKeyPath: '/agent/_temp/ci.key',
      publicKeyPath: '/agent/_temp/ci.pub',
    });
  });
});

describe('#runKeyGenerate', () => {
  describe('without keyDirectory', () => {
    it("writes the pair to the agent's temp directory and sets the outputs, masking the private key", async () => {
      const temp = mkdtempSync(join(agentTemp, 'run-'));
      const message = await runKeyGenerate(taskInputs({ signerName: 'ci', signerKeyPassphrase: PASSPHRASE }), { temp });

      const outputs = Object.fromEntries(
        vsoCommands(stdout.text)
          .filter((c) => c.command === 'task.setvariable')
          .map((c) => [c.properties.variable, c]),
      );
      expect(Object.values(outputs).every((c) => c.properties.isOutput === 'true')).toBe(true);
      expect(outputs.privateKeyPath?.data).toBe(join(temp, 'ci.key'));
      expect(outputs.publicKeyPath?.data).toBe(join(temp, 'ci.pub'));
      expect(outputs.publicKey?.data).toBe(readFileSync(join(temp, 'ci.pub'), 'utf8'));
      const privatePem = readFileSync(join(temp, 'ci.key'), 'utf8');
      const key = loadPrivateKey(privatePem, { input: 'test', passphrase: PASSPHRASE });
      expect(outputs.signerKeyId?.data).toBe(key.signer.keyId);
      expect(message).toBe(`Generated key ${key.signer.keyId.slice(0, 12)} for signer ci`);

      // Not printed, but masked for the steps after, which might print the file.
      const keyLines = [...pemBodyLines(privatePem), Buffer.from(privatePem).toString('base64')];
      expect(maskedValues(stdout.text)).toEqual(expect.arrayContaining(keyLines));
      for (const line of keyLines) expect(visibleOutput(stdout.text)).not.toContain(line);
      expect(visibleOutput(stdout.text)).not.toContain(PASSPHRASE);
      expect(maskedValues(stdout.text)).toContain(PASSPHRASE);
    });
  });

  describe('when the key files exist', () => {
    it('fails naming signerName, overwriting nothing', async () => {
      const dir = mkdtempSync(join(agentTemp, 'keys-'));
      const inputs = { signerName: 'ci', signerKeyPassphrase: PASSPHRASE, keyDirectory: dir };
      await runKeyGenerate(taskInputs(inputs), { temp: agentTemp });
      const before = readFileSync(join(dir, 'ci.key'), 'utf8');
      const err = await runKeyGenerate(taskInputs(inputs), { temp: agentTemp }).catch((e: unknown) => e);
      expect(failureMessage(err)).toMatch(/^signerName: .*ci\.key already exists/);
      expect(readFileSync(join(dir, 'ci.key'), 'utf8')).toBe(before);
    });
  });
});
