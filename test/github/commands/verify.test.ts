// `command: verify`: its inputs, and what a run does with the verdicts
// (the operation itself is stubbed here; the stack test runs it for real):
// outputs first, then one failure line per failing reference.

import { describe, expect, it, vi } from 'vitest';
import { verifyOptions } from '../../../src/github/commands/verify.ts';
import { failureLines } from '../../../src/operations/verify-report.ts';
import { run } from '../../../src/github/run.ts';
import type { VerifiedReference, VerifyResult } from '../../../src/operations/verify.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const verdicts = vi.hoisted(() => ({ result: undefined as VerifyResult | undefined }));
vi.mock('../../../src/operations/verify.ts', () => ({ verify: async () => verdicts.result }));

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

const passed: VerifiedReference = {
  reference: 'r.io/app:1',
  tag: '1',
  gun: 'r.io/app',
  signedDigest: D1,
  registryDigest: D1,
  signers: ['ci'],
  pinned: `r.io/app@${D1}`,
  ok: true,
  message: `r.io/app:1 is signed by ci and served as signed: r.io/app@${D1}`,
};
const moved: VerifiedReference = {
  reference: 'r.io/app:2',
  tag: '2',
  gun: 'r.io/app',
  signedDigest: D1,
  registryDigest: D2,
  signers: ['ci'],
  pinned: `r.io/app@${D1}`,
  ok: false,
  reason: 'digest-changed',
  message: `r.io/app:2: the registry serves ${D2}, but ${D1} is signed`,
};
const unsigned: VerifiedReference = {
  reference: 'r.io/none:1',
  tag: '1',
  gun: 'r.io/none',
  signedDigest: undefined,
  registryDigest: undefined,
  signers: [],
  pinned: undefined,
  ok: false,
  reason: 'no-trust-data',
  message: 'r.io/none has no trust data at https://r.io: nothing in it is signed',
};

describe('#verifyOptions', () => {
  const runner = useRunnerEnv();

  it('takes the references, the required signers and the policy', () => {
    runner.setInputs({ tags: 'r.io/app:1\nr.io/app:2', 'required-signers': 'ci, release', 'signer-policy': 'all' });
    expect(verifyOptions()).toMatchObject({
      references: ['r.io/app:1', 'r.io/app:2'],
      requiredSigners: ['ci', 'release'],
      signerPolicy: 'all',
    });
  });

  it('needs any one signer by default', () => {
    runner.setInputs({ tags: 'r.io/app:1' });
    expect(verifyOptions()).toMatchObject({ requiredSigners: [], signerPolicy: 'any' });
  });

  it('refuses another policy', () => {
    runner.setInputs({ tags: 'r.io/app:1', 'signer-policy': 'most' });
    expect(thrown(verifyOptions)).toMatchObject({ input: 'signer-policy' });
  });
});

describe('#failureLines', () => {
  it('gives each failing reference one line with its reason, without repeating the reference', () => {
    expect(failureLines({ ok: false, references: [passed, moved, unsigned] })).toEqual([
      `r.io/app:2 (digest-changed): the registry serves ${D2}, but ${D1} is signed`,
      'r.io/none:1 (no-trust-data): r.io/none has no trust data at https://r.io: nothing in it is signed',
    ]);
  });
});

describe('command: verify', () => {
  const runner = useRunnerEnv();

  describe('when every reference passes', () => {
    it('outputs the pinned references and the verdicts, and succeeds', async () => {
      verdicts.result = { ok: true, references: [passed] };
      runner.setInputs({ command: 'verify', tags: passed.reference });
      await run();

      expect(runner.stdout.errors()).toEqual([]);
      const outputs = runner.stdout.outputs();
      expect(outputs.references).toBe(`r.io/app@${D1}`);
      expect(JSON.parse(outputs.verified!)).toEqual([
        {
          reference: 'r.io/app:1',
          tag: '1',
          ok: true,
          signers: ['ci'],
          signedDigest: D1,
          registryDigest: D1,
          pinned: `r.io/app@${D1}`,
          message: passed.message,
        },
      ]);
      expect(process.exitCode).toBeUndefined();
    });
  });

  describe('when a reference fails', () => {
    it('sets the outputs, then fails with one line per failing reference', async () => {
      verdicts.result = { ok: false, references: [passed, moved, unsigned] };
      runner.setInputs({ command: 'verify', tags: 'r.io/app:1\nr.io/app:2\nr.io/none:1' });
      await run();

      const outputs = runner.stdout.outputs();
      expect(outputs.references).toBe(`r.io/app@${D1}`);
      const verified = JSON.parse(outputs.verified!) as { reason?: string; pinned: string | null }[];
      expect(verified.map((v) => [v.reason, v.pinned])).toEqual([
        [undefined, `r.io/app@${D1}`],
        ['digest-changed', null],
        ['no-trust-data', null],
      ]);
      expect(runner.stdout.errors()).toEqual([failureLines(verdicts.result).join('\n')]);
      const outputAt = runner.stdout.lines.findIndex((l) => l.startsWith('::set-output'));
      const errorAt = runner.stdout.lines.findIndex((l) => l.startsWith('::error::'));
      expect(outputAt).toBeLessThan(errorAt);
      expect(process.exitCode).toBe(1);
    });
  });
});
