// The job summary tables, written to a GITHUB_STEP_SUMMARY file as the runner provides it.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  signerOf,
  writeInspectSummary,
  writeRevokeSummary,
  writeSignerAddSummary,
  writeSignerRemoveSummary,
  writeSignSummary,
  writeVerifySummary,
} from '../../src/github/summary.ts';
import type { SignResult } from '../../src/operations/sign.ts';
import type { VerifiedReference } from '../../src/operations/verify.ts';

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

const written = () => readFile(file, 'utf8');

describe('#writeSignSummary', () => {
  describe('when the runner gives a summary file', () => {
    it('writes one table row per signed reference', async () => {
      await writeSignSummary(result());
      const html = await readFile(file, 'utf8');
      expect(html).toContain('<tr><th>Reference</th><th>Digest</th><th>Roles</th><th>Signer</th><th>Trust server</th></tr>');
      expect(html).toContain(
        `<tr><td><code>r.example.com/app:1</code></td><td><code>${DIGEST}</code></td>` +
          `<td>targets/ci, targets/releases</td><td>ci (aaaaaaaaaaaa)</td><td>https://notary.example.com</td></tr>`,
      );
    });

    it('escapes HTML in what it writes', async () => {
      await writeSignSummary(result({ signerName: '<b>x</b>' }));
      expect(await readFile(file, 'utf8')).toContain('&lt;b&gt;x&lt;/b&gt; (aaaaaaaaaaaa)');
    });

    it('appends, as each step adds to the job summary', async () => {
      await writeFile(file, 'earlier step\n');
      await writeSignSummary(result());
      expect(await readFile(file, 'utf8')).toMatch(/^earlier step\n<h3>/);
    });
  });

  describe('when there is no summary file', () => {
    it('writes nothing and does not fail', async () => {
      delete process.env.GITHUB_STEP_SUMMARY;
      await expect(writeSignSummary(result())).resolves.toBeUndefined();
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

describe('#writeVerifySummary', () => {
  const verified: VerifiedReference = {
    reference: 'r.example.com/app:1',
    tag: '1',
    gun: 'r.example.com/app',
    signedDigest: DIGEST,
    registryDigest: DIGEST,
    signers: ['ci', 'qa'],
    pinned: `r.example.com/app@${DIGEST}`,
    ok: true,
    message: 'verified',
  };

  it('writes a row per reference: the pinned reference when it passed, the reason and message when not, a dash for none', async () => {
    await writeVerifySummary({
      ok: false,
      references: [verified, { ...verified, reference: 'r.example.com/app:2', ok: false, reason: 'wrong-signer', message: 'signed by <ci>' }],
    });
    const html = await written();
    expect(html).toContain('Verified 1 of 2 references.');
    expect(html).toContain('<tr><th>Reference</th><th>Result</th><th>Signers</th><th>Pinned reference</th><th>Details</th></tr>');
    expect(html).toContain(
      `<tr><td><code>r.example.com/app:1</code></td><td>✅ verified</td><td>ci, qa</td><td><code>r.example.com/app@${DIGEST}</code></td><td>—</td></tr>`,
    );
    expect(html).toContain(
      '<tr><td><code>r.example.com/app:2</code></td><td>❌ wrong-signer</td><td>ci, qa</td><td>—</td><td>signed by &lt;ci&gt;</td></tr>',
    );
  });
});

describe('#writeInspectSummary', () => {
  it('writes a row per signed tag and names repositories without signatures', async () => {
    const admin = [{ Name: 'Root' as const }, { Name: 'Repository' as const }];
    await writeInspectSummary({
      repositories: [
        { Name: 'r.example.com/app', SignedTags: [{ SignedTag: '1', Digest: 'b'.repeat(64), Signers: ['ci'] }], Signers: [], AdministrativeKeys: admin },
        { Name: 'r.example.com/empty', SignedTags: [], Signers: [], AdministrativeKeys: admin },
      ],
    });
    const html = await written();
    expect(html).toContain('1 signed tag; no signatures for r.example.com/empty.');
    expect(html).toContain(`<tr><td><code>r.example.com/app</code></td><td>1</td><td><code>${'b'.repeat(64)}</code></td><td>ci</td></tr>`);
  });
});

describe('#writeRevokeSummary', () => {
  it('writes a row per revoked tag with the roles it left', async () => {
    await writeRevokeSummary({
      signerKeyId: KEY_ID,
      revoked: [{ reference: 'r.example.com/app:1', tag: '1', gun: 'r.example.com/app', roles: ['targets/ci', 'targets/releases'] }],
    });
    const html = await written();
    expect(html).toContain('Revoked 1 tag with key aaaaaaaaaaaa.');
    expect(html).toContain('<tr><td><code>r.example.com/app:1</code></td><td>1</td><td>targets/ci, targets/releases</td></tr>');
  });
});

describe('#writeSignerAddSummary', () => {
  it('writes a row per repository saying what changed', async () => {
    const repo = { reference: 'r.example.com/app', gun: 'r.example.com/app', trustServer: 'https://notary.example.com' };
    await writeSignerAddSummary({
      name: 'ci',
      keyIds: [KEY_ID],
      repositories: [
        { ...repo, initialized: false, changed: true },
        { ...repo, gun: 'r.example.com/new', initialized: true, changed: true },
        { ...repo, gun: 'r.example.com/same', initialized: false, changed: false },
      ],
    });
    const html = await written();
    expect(html).toContain('Signer ci with 1 key: aaaaaaaaaaaa.');
    expect(html).toContain('<td><code>r.example.com/app</code></td><td>ci</td><td>added</td>');
    expect(html).toContain('<td><code>r.example.com/new</code></td><td>ci</td><td>added; repository initialized</td>');
    expect(html).toContain('<td><code>r.example.com/same</code></td><td>ci</td><td>already a signer with these keys</td>');
  });
});

describe('#writeSignerRemoveSummary', () => {
  it('writes a row per repository with the keys that left it', async () => {
    await writeSignerRemoveSummary({
      name: 'ci',
      repositories: [
        { reference: 'r.example.com/app', gun: 'r.example.com/app', trustServer: 'https://n', removedKeyIds: [KEY_ID], releasesInvalidated: true },
      ],
    });
    const html = await written();
    expect(html).toContain('Removed signer ci.');
    expect(html).toContain(
      '<tr><td><code>r.example.com/app</code></td><td>ci</td><td>aaaaaaaaaaaa</td><td>targets/releases no longer verifies until another signer signs</td></tr>',
    );
  });
});
