// verify's inputs, outputs, summary, and the message it fails with.

import { DIGEST, REPO, VERIFY_RESULT } from './support.ts';
import { captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it, test } from 'vitest';
import { readVerifyInputs, verifyOutputs, verifySummary } from '../../../src/azure/commands/verify.ts';
import { failureLines } from '../../../src/operations/verify-report.ts';
import { InputError } from '../../../src/errors.ts';

captureStdout();

const read = (inputs: Record<string, string>) => readVerifyInputs(taskInputs({ tags: `${REPO}:1`, ...inputs }));

describe('#readVerifyInputs', () => {
  it('reads the required signers as a list, and policy any by default', () => {
    expect(read({ requiredSigners: 'ci\nrelease, qa\n' })).toMatchObject({
      references: [`${REPO}:1`],
      requiredSigners: ['ci', 'release', 'qa'],
      signerPolicy: 'any',
    });
  });

  test.each(['any', 'all'])('takes signerPolicy %s', (policy) => {
    expect(read({ signerPolicy: policy }).signerPolicy).toBe(policy);
  });

  it('refuses another signerPolicy', () => {
    expect(() => read({ signerPolicy: 'most' })).toThrow(expect.objectContaining({ input: 'signerPolicy' }) as InputError);
  });
});

describe('#verifyOutputs', () => {
  it('sets references to the pinned references that passed, and verified to every verdict', () => {
    const outputs = verifyOutputs(VERIFY_RESULT);
    expect(outputs.references).toBe(`${REPO}@${DIGEST}`);
    const [ok, moved] = JSON.parse(outputs.verified!) as Record<string, unknown>[];
    expect(ok).toEqual({
      reference: `${REPO}:1`,
      tag: '1',
      ok: true,
      signers: ['ci'],
      signedDigest: DIGEST,
      registryDigest: DIGEST,
      pinned: `${REPO}@${DIGEST}`,
      message: VERIFY_RESULT.references[0]!.message,
    });
    // No pinned reference for what failed, even when the trust data names a digest.
    expect(moved).toMatchObject({ ok: false, reason: 'digest-changed', pinned: null, signedDigest: DIGEST });
  });

  it('puts one pinned reference a line', () => {
    const ok = VERIFY_RESULT.references[0]!;
    const two = { ok: true, references: [ok, { ...ok, reference: `${REPO}:latest`, pinned: `${REPO}@sha256:${'0'.repeat(64)}` }] };
    expect(verifyOutputs(two).references).toBe(`${REPO}@${DIGEST}\n${REPO}@sha256:${'0'.repeat(64)}`);
  });
});

describe('#failureLines', () => {
  it('has one line per failing reference with its reason', () => {
    expect(failureLines(VERIFY_RESULT)).toEqual([
      `${REPO}:2 (digest-changed): the registry serves sha256:${'cd'.repeat(32)}, but ${DIGEST} is signed`,
      `${REPO}:3 (wrong-signer): ${REPO}:3 is signed by no named signer (Repo Admin); one of ci must sign it (missing: ci)`,
    ]);
  });
});

describe('#verifySummary', () => {
  it('has a row per reference with its result', () => {
    const md = verifySummary(VERIFY_RESULT);
    expect(md).toContain('2 of 3 references failed verification.');
    expect(md).toContain(`| \`${REPO}:1\` | verified | \`${DIGEST}\` | ci |`);
    expect(md).toContain(`| \`${REPO}:2\` | **digest-changed** |`);
  });
});
