// refresh's inputs (expiringWithin as a duration), output variable and summary.

import { KEY_PEM, REFRESH_RESULT, REPO } from './support.ts';
import { captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it, test } from 'vitest';
import { readRefreshInputs, refreshOutputs, refreshSummary } from '../../../src/azure/commands/refresh.ts';
import { parseDuration } from '../../../src/operations/inputs.ts';
import { InputError } from '../../../src/errors.ts';

captureStdout();

const DAY = 24 * 60 * 60 * 1000;

describe('#parseDuration', () => {
  test.each([
    ['180d', 180 * DAY],
    ['12w', 84 * DAY],
    ['36h', 1.5 * DAY],
    ['0d', 0],
    [' 30 D ', 30 * DAY],
    ['1.5d', 1.5 * DAY],
  ])('reads %j', (value, ms) => {
    expect(parseDuration(value, 'expiringWithin')).toBe(ms);
  });

  test.each(['180', '6m', '-1d', 'd', '1,5d'])('refuses %j', (value) => {
    expect(() => parseDuration(value, 'expiringWithin')).toThrow(expect.objectContaining({ input: 'expiringWithin' }) as InputError);
  });
});

describe('#readRefreshInputs', () => {
  it('reads the repository, the keys and the window', () => {
    expect(readRefreshInputs(taskInputs({ tags: REPO, signerKey: KEY_PEM, expiringWithin: '180d' }))).toMatchObject({
      reference: REPO,
      signerKey: { input: 'signerKey' },
      repositoryKey: undefined,
      expiringWithinMs: 180 * DAY,
    });
  });

  it('refreshes always without a window', () => {
    expect(readRefreshInputs(taskInputs({ tags: REPO, repositoryKey: KEY_PEM })).expiringWithinMs).toBeUndefined();
  });

  it('asks for a key', () => {
    expect(() => readRefreshInputs(taskInputs({ tags: REPO }))).toThrow(expect.objectContaining({ input: 'signerKey' }) as InputError);
  });
});

describe('#refreshOutputs', () => {
  it('sets refreshed to the re-signed roles as JSON', () => {
    expect(JSON.parse(refreshOutputs(REFRESH_RESULT).refreshed!)).toEqual([
      { role: 'targets/ci', version: 4, expires: '2029-11-23T00:00:00.000Z', previousExpires: '2027-01-01T00:00:00.000Z' },
    ]);
  });
});

describe('#refreshSummary', () => {
  it('lists the re-signed roles', () => {
    expect(refreshSummary(REFRESH_RESULT)).toContain('| `targets/ci` | 4 | 2029-11-23T00:00:00.000Z | 2027-01-01T00:00:00.000Z |');
  });

  it('says when nothing needed it', () => {
    expect(refreshSummary({ ...REFRESH_RESULT, refreshed: [], published: false })).toBe(`Nothing in \`${REPO}\` needed refreshing.`);
  });
});
