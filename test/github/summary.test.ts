// The job summary: a command's Summary as HTML under a heading, written to a
// GITHUB_STEP_SUMMARY file as the runner provides it; and what each
// command's summary shows there.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findCommand } from '../../src/commands/registry.ts';
import { failureSummary } from '../../src/commands/failure-summary.ts';
import type { Summary } from '../../src/commands/spec.ts';
import { InputError } from '../../src/errors.ts';
import { writeSummary } from '../../src/github/summary.ts';
import {
  CASES,
  DIGEST,
  INSPECT_RESULT,
  KEY_ID,
  REFRESH_RESULT,
  REGISTRY,
  REPO,
  REVOKE_RESULT,
  ROTATE_KEY_RESULT,
  SIGN_RESULT,
  SIGNER_ADD_RESULT,
  SIGNER_REMOVE_RESULT,
  VERIFY_FAILED,
} from './results.ts';

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

const SUMMARY: Summary = {
  intro: 'Signed 1 tag.',
  header: ['Reference', 'Roles', 'Note'],
  rows: [[{ code: 'r.example.com/app:1' }, 'targets/ci, targets/releases', '']],
};

describe('#writeSummary', () => {
  describe('when the runner gives a summary file', () => {
    it('writes the heading, the intro and one table row per row, header cells as th', async () => {
      await writeSummary(SUMMARY);
      expect(await written()).toBe(
        '<h3>Docker Content Trust</h3>\nSigned 1 tag.\n' +
          '<table><tr><th>Reference</th><th>Roles</th><th>Note</th></tr>' +
          '<tr><td><code>r.example.com/app:1</code></td><td>targets/ci, targets/releases</td><td>—</td></tr></table>\n',
      );
    });

    it('escapes HTML in the intro, the cells, the code cells and the notes', async () => {
      await writeSummary({
        intro: 'Signed <b>1</b> & "more"',
        header: ['Reference', 'Signer'],
        rows: [[{ code: 'r.io/<x>' }, '<script>alert(1)</script>']],
        notes: ['keep <it> safe'],
      });
      const html = await written();
      expect(html).toContain('Signed &lt;b&gt;1&lt;/b&gt; &amp; &quot;more&quot;');
      expect(html).toContain('<td><code>r.io/&lt;x&gt;</code></td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
      expect(html).toContain('<p>keep &lt;it&gt; safe</p>');
      expect(html).not.toContain('<script>');
    });

    it('writes an empty cell as —, since core.summary would leave its tag unclosed', async () => {
      await writeSummary({ intro: 'x', header: ['A', 'B'], rows: [['', { code: '' }]] });
      expect(await written()).toContain('<tr><td>—</td><td><code></code></td></tr>');
    });

    it('writes each note as a paragraph after the table', async () => {
      await writeSummary({ ...SUMMARY, notes: ['first note', 'second note'] });
      expect(await written()).toMatch(/<\/table>\n<p>first note<\/p>\n<p>second note<\/p>\n$/);
    });

    it('writes no table when there are no rows', async () => {
      await writeSummary({ intro: 'Nothing to show.', header: ['A'], rows: [] });
      expect(await written()).toBe('<h3>Docker Content Trust</h3>\nNothing to show.\n');
    });

    it('writes a failed run as what failed, then what was or was not published', async () => {
      await writeSummary(failureSummary('sign', new InputError('tags', 'give <one> reference'), 'inputs'));
      expect(await written()).toBe(
        '<h3>Docker Content Trust</h3>\n❌ dct-sign sign failed: tags: give &lt;one&gt; reference\n' +
          '<p>Nothing was published: the run stopped while reading its inputs, before any request.</p>\n',
      );
    });

    it('appends, as each step adds to the job summary', async () => {
      await writeFile(file, 'earlier step\n');
      await writeSummary(SUMMARY);
      expect(await written()).toMatch(/^earlier step\n<h3>/);
    });
  });

  describe('when there is no summary file', () => {
    it('writes nothing and does not fail', async () => {
      delete process.env.GITHUB_STEP_SUMMARY;
      await expect(writeSummary(SUMMARY)).resolves.toBeUndefined();
      expect(await written()).toBe('');
    });
  });
});

describe("each command's summary", () => {
  const render = async (command: string, result: unknown) => {
    await writeSummary(findCommand(command)!.summaryOf!(result));
    return written();
  };

  it.each([
    [
      'sign',
      SIGN_RESULT,
      'Signed 1 tag with key ffffffffffff (signer ci).',
      '<tr><th>Reference</th><th>Digest</th><th>Size</th><th>Roles</th><th>Trust server</th></tr>',
      `<tr><td><code>${REPO}:1</code></td><td><code>${DIGEST}</code></td><td>528</td><td>targets/releases, targets/ci</td><td>https://notary.example.com</td></tr>`,
    ],
    [
      'inspect',
      INSPECT_RESULT,
      `1 signed tag; no signatures for ${REGISTRY}/empty.`,
      '<tr><th>Reference</th><th>Signed tag</th><th>Digest</th><th>Signers</th></tr>',
      `<tr><td><code>${REPO}:1</code></td><td>1</td><td><code>${'ab'.repeat(32)}</code></td><td>ci</td></tr>`,
    ],
    [
      'verify',
      VERIFY_FAILED,
      'Verified 1 of 3 references.',
      '<tr><th>Reference</th><th>Result</th><th>Signers</th><th>Pinned reference</th><th>Details</th></tr>',
      `<tr><td><code>${REPO}:1</code></td><td>✅ verified</td><td>ci</td><td><code>${REPO}@${DIGEST}</code></td><td>—</td></tr>`,
    ],
    [
      'revoke',
      REVOKE_RESULT,
      'Revoked 1 tag with key ffffffffffff.',
      '<tr><th>Reference</th><th>Tag</th><th>Removed from</th></tr>',
      `<tr><td><code>${REPO}:1</code></td><td><code>1</code></td><td>targets/releases, targets/ci</td></tr>`,
    ],
    [
      'signer-add',
      SIGNER_ADD_RESULT,
      'Signer ci with 2 keys: ffffffffffff, eeeeeeeeeeee.',
      '<tr><th>Repository</th><th>Change</th><th>Trust server</th></tr>',
      `<tr><td><code>${REPO}</code></td><td>added</td><td>https://notary.example.com</td></tr>`,
    ],
    [
      'signer-remove',
      SIGNER_REMOVE_RESULT,
      'Removed signer ci.',
      '<tr><th>Repository</th><th>Keys removed</th><th>Note</th></tr>',
      `<tr><td><code>${REPO}</code></td><td>ffffffffffff</td><td>its tags do not verify until someone signs again</td></tr>`,
    ],
    [
      'rotate-key',
      ROTATE_KEY_RESULT,
      `Rotated the targets key of ${REPO}.`,
      '<tr><th>Key</th><th>Previous keys</th><th>Re-signed</th></tr>',
      `<tr><td><code>${KEY_ID}</code></td><td>222222222222</td><td>root, targets</td></tr>`,
    ],
    [
      'refresh',
      REFRESH_RESULT,
      `Refreshed 1 role of ${REPO}.`,
      '<tr><th>Role</th><th>Version</th><th>Expires</th><th>Was to expire</th></tr>',
      '<tr><td><code>targets/ci</code></td><td>4</td><td>2029-11-23T00:00:00.000Z</td><td>2027-01-01T00:00:00.000Z</td></tr>',
    ],
  ])('%s: says what it did and shows a table', async (command, result, intro, header, row) => {
    const html = await render(command, result);
    expect(html).toContain(`<h3>Docker Content Trust</h3>\n${intro}\n`);
    expect(html).toContain(header);
    expect(html).toContain(row);
  });

  it('verify: gives a failing reference its reason and message, and no pinned reference', async () => {
    expect(await render('verify', VERIFY_FAILED)).toContain(
      `<tr><td><code>${REPO}:2</code></td><td>❌ digest-changed</td><td>ci</td><td>—</td><td>${REPO}:2: the registry serves sha256:${'cd'.repeat(32)}, but ${DIGEST} is signed</td></tr>`,
    );
  });

  it('signer-add: says which repositories it created and which it left unchanged', async () => {
    const html = await render('signer-add', SIGNER_ADD_RESULT);
    expect(html).toContain(`<td><code>${REGISTRY}/new</code></td><td>created its trust data, with the signer</td>`);
    expect(html).toContain(`<td><code>${REGISTRY}/same</code></td><td>unchanged: already a signer with these keys</td>`);
  });

  it('rotate-key: says where the generated key is, as a note', async () => {
    expect(await render('rotate-key', ROTATE_KEY_RESULT)).toContain(
      `<p>The new repository key is in ${ROTATE_KEY_RESULT.generatedRepositoryKey!.path}, encrypted; keep it safe, it is the only copy.</p>`,
    );
  });

  it('refresh: says when nothing needed it, without a table', async () => {
    const html = await render('refresh', { ...REFRESH_RESULT, refreshed: [], published: false });
    expect(html).toBe(`<h3>Docker Content Trust</h3>\nNothing in ${REPO} needed refreshing.\n`);
  });

  it('key-generate and certificate have none', () => {
    expect(findCommand('key-generate')!.summaryOf).toBeUndefined();
    expect(CASES.filter((c) => !findCommand(c.command)!.summaryOf).map((c) => c.command)).toEqual(['key-generate', 'certificate']);
  });
});
