// The only-with rule as the CLI reads it: a flag that only DCT uses is
// refused when --formats lacks dct, and the same value from a variable is
// ignored, because the environment is shared by every step of a job.

import { describe, expect, it, test } from 'vitest';
import { CliReader } from '../../src/cli/reader.ts';
import { Redactor } from '../../src/cli/redactor.ts';
import type { FlagValues } from '../../src/cli/parse-flags.ts';
import type { CommandInput } from '../../src/commands/spec.ts';
import { readInputs } from '../../src/commands/values.ts';
import { InputError } from '../../src/errors.ts';
import { formatsSpec } from '../commands/formats-spec.ts';
import { fixture } from '../keys/support.ts';
import { EMPTY_DOCKER_CONFIG } from './support.ts';

const PIN = 'c'.repeat(64);
const KEY_FILE = `${import.meta.dirname}/../keys/fixtures/docker-alice.key`;

function read(values: FlagValues, env: NodeJS.ProcessEnv = {}) {
  const spec = formatsSpec();
  const reader = new CliReader(
    { values, positionals: [], env: { DOCKER_CONFIG: EMPTY_DOCKER_CONFIG, ...env }, readStdin: async () => '', redactor: new Redactor(), command: spec.name },
    spec.inputs as readonly CommandInput[],
  );
  return readInputs(spec, reader);
}

async function inputError(run: Promise<unknown>): Promise<InputError> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

const ENV = {
  DCT_TRUST_STATE: '/ci/state.json',
  DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'root-pass',
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass',
};

describe('#readInputs with the CliReader and --formats', () => {
  describe('when --formats lacks dct', () => {
    test.each([
      [{ 'trust-pin': PIN }, 'trust-pin', 'the trust-pin input'],
      [{ 'trust-server': 'https://notary.example.com', 'require-pin': true }, 'trust-server', 'the trust-server and require-pin inputs'],
      [{ 'root-key-file': KEY_FILE, 'trust-state': 's.json' }, 'trust-state', 'the trust-state and root-key inputs'],
      [{ 'repository-key-passphrase': 'p' }, 'repository-key-passphrase', 'the repository-key-passphrase input'],
    ])('refuses the flags %j, naming them all', async (flags, first, phrase) => {
      const err = await inputError(read({ formats: 'cosign', ...flags }));
      expect(err.input).toBe(first);
      expect(err.message).toBe(`${first}: --formats does not list dct: remove ${phrase}, which only DCT's trust data uses, or add dct to --formats`);
    });

    it('ignores the same inputs from the environment', async () => {
      const values = await read({ formats: 'cosign' }, ENV);
      expect([values.string('trust-state'), values.string('root-key-passphrase'), values.string('repository-key-passphrase')]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('still reads cosign-key and its passphrase from COSIGN_PASSWORD', async () => {
      const values = await read({ formats: 'cosign', 'cosign-key-file': KEY_FILE }, { ...ENV, COSIGN_PASSWORD: 'cosign-pass' });
      expect(values.key('cosign-key')).toMatchObject({
        text: fixture('docker-alice.key'),
        passphrase: 'cosign-pass',
        passphraseInput: '--cosign-key-passphrase or COSIGN_PASSWORD',
      });
    });
  });

  describe('when --formats lists dct, or is not given', () => {
    test.each([[{ formats: 'cosign,dct' }], [{ formats: ['cosign', 'dct'] }], [{}]])('takes flags and variables alike with %j', async (formats) => {
      const values = await read({ ...formats, 'trust-pin': PIN }, ENV);
      expect([values.string('trust-pin'), values.string('trust-state'), values.string('root-key-passphrase')]).toEqual([PIN, '/ci/state.json', 'root-pass']);
    });
  });

  it('names a format that is not one', async () => {
    expect((await inputError(read({ formats: 'dct,cosign,sigstore' }))).message).toBe('formats: "sigstore" is not one of dct, cosign, notation');
  });
});
