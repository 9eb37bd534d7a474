// The job summary table, written to a GITHUB_STEP_SUMMARY file as the runner provides it.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signerOf, writeSummary } from '../../src/github/summary.ts';
import type { SignResult } from '../../src/operations/sign.ts';

const KEY_ID = 'a'.repeat(64);
const DIGEST = `sha256:${'b'.repeat(64)}`;

function result(overrides: Partial<SignResult> = {}): SignResult {
  return {
    signed: [
      {
        reference: 'r.example.com/app:1',
        tag: '1',
        digest: DIGEST,
        size: 523,
        roles: ['targets/ci', 'targets/releases'],
        gun: 'r.example.com/app',
        trustServer: 'https://notary.example.com',
      },
    ],
    signerKeyId: KEY_ID,
    signerName: 'ci',
    requests: { total: 9, byMethod: { GET: 7, POST: 1, HEAD: 1 }, connections: 2 },
    ...overrides,
  };
}

describe('#writeSummary', () => {
  let dir: string;
  let file: string;
  const saved = process.env.GITHUB_STEP_SUMMARY;

  // One file for all tests: core.summary keeps the path it first found, as it may in a step.
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-github-summary-'));
    file = join(dir, 'summary');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await writeFile(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
  });

  describe('when the runner gives a summary file', () => {
    it('writes one table row per signed reference', async () => {
      await writeSummary(result());
      const html = await readFile(file, 'utf8');
      expect(html).toContain('<tr><th>Reference</th><th>Digest</th><th>Roles</th><th>Signer</th><th>Trust server</th></tr>');
      expect(html).toContain(
        `<tr><td><code>r.example.com/app:1</code></td><td><code>${DIGEST}</code></td>` +
          `<td>targets/ci, targets/releases</td><td>ci (aaaaaaaaaaaa)</td><td>https://notary.example.com</td></tr>`,
      );
    });

    it('escapes HTML in what it writes', async () => {
      await writeSummary(result({ signerName: '<b>x</b>' }));
      expect(await readFile(file, 'utf8')).toContain('&lt;b&gt;x&lt;/b&gt; (aaaaaaaaaaaa)');
    });

    it('appends, as each step adds to the job summary', async () => {
      await writeFile(file, 'earlier step\n');
      await writeSummary(result());
      expect(await readFile(file, 'utf8')).toMatch(/^earlier step\n<h3>/);
    });
  });

  describe('when there is no summary file', () => {
    it('writes nothing and does not fail', async () => {
      delete process.env.GITHUB_STEP_SUMMARY;
      await expect(writeSummary(result())).resolves.toBeUndefined();
      expect(await readFile(file, 'utf8')).toBe('');
    });
  });
});

describe('#signerOf', () => {
  it.each([
    ['ci', 'ci (aaaaaaaaaaaa)'],
    [undefined, 'aaaaaaaaaaaa'],
  ])('shows signer name %s with the short key ID', (signerName, expected) => {
    expect(signerOf(result({ signerName }))).toBe(expected);
  });
});
