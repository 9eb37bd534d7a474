// revoke's inputs, output variable and summary.

import { KEY_ID, KEY_PEM, REPO, REVOKE_RESULT } from './support.ts';
import { captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it } from 'vitest';
import { readRevokeInputs, revokeOutputs, revokeSummary } from '../../../src/azure/commands/revoke.ts';

captureStdout();

describe('#readRevokeInputs', () => {
  it('reads the tags, the signer key and all (off by default)', () => {
    expect(readRevokeInputs(taskInputs({ tags: `${REPO}:1`, signerKey: KEY_PEM, signerName: 'ci' }))).toMatchObject({
      references: [`${REPO}:1`],
      signerKey: { input: 'signerKey' },
      signerName: 'ci',
      all: false,
    });
  });

  it('passes all for a repository without a tag', () => {
    expect(readRevokeInputs(taskInputs({ tags: REPO, signerKey: KEY_PEM, all: 'true' })).all).toBe(true);
  });

  it('asks for the signer key', () => {
    expect(() => readRevokeInputs(taskInputs({ tags: `${REPO}:1` }))).toThrow(/^signerKey: give the private key of a signer/);
  });
});

describe('#revokeOutputs', () => {
  it('sets revoked to each revoked tag as JSON', () => {
    expect(JSON.parse(revokeOutputs(REVOKE_RESULT).revoked!)).toEqual(REVOKE_RESULT.revoked);
  });
});

describe('#revokeSummary', () => {
  it('names the key and lists the tags with the roles they left', () => {
    const md = revokeSummary(REVOKE_RESULT);
    expect(md).toContain(`Revoked 1 tag with key \`${KEY_ID}\`.`);
    expect(md).toContain(`| \`${REPO}\` | \`1\` | targets/releases, targets/ci |`);
  });
});
