// The run's summary tab: a command's Summary as markdown, uploaded as a file
// the agent attaches to the run; and what each command's summary shows there.

import { mkdtempSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { agentTemp, captureStdout } from './agent.ts';
import { describe, expect, it, test } from 'vitest';
import { cell, summaryMarkdown, uploadSummary } from '../../src/azure/summary.ts';
import { failureSummary } from '../../src/commands/failure-summary.ts';
import { findCommand } from '../../src/commands/registry.ts';
import { PartiallyPublishedError } from '../../src/errors.ts';
import {
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
} from '../github/results.ts';
import { vsoCommands } from './support.ts';

const stdout = captureStdout();

describe('#cell', () => {
  test.each([
    ['a | b', 'a \\| b'],
    ['line one\nline two', 'line one line two'],
    ['crlf\r\nend', 'crlf end'],
    ['plain', 'plain'],
  ])('puts %j on one line of a table cell', (text, expected) => {
    expect(cell(text)).toBe(expected);
  });
});

describe('#summaryMarkdown', () => {
  describe('when there are rows', () => {
    it('writes the intro, then a table with a header row', () => {
      expect(
        summaryMarkdown({
          intro: 'Signed 1 tag.',
          header: ['Reference', 'Roles'],
          rows: [[{ code: 'r.io/app:1' }, 'targets/ci, targets/releases']],
        }),
      ).toBe('Signed 1 tag.\n\n| Reference | Roles |\n| --- | --- |\n| `r.io/app:1` | targets/ci, targets/releases |');
    });

    it('escapes pipes and joins lines in text and code cells alike', () => {
      const md = summaryMarkdown({ intro: 'x', header: ['A', 'B'], rows: [['one | two\nthree', { code: 'a|b\nc' }]] });
      expect(md).toContain('| one \\| two three | `a\\|b c` |');
    });

    it('leaves an empty cell empty', () => {
      expect(summaryMarkdown({ intro: 'x', header: ['A', 'B'], rows: [['', 'b']] })).toContain('|  | b |');
    });
  });

  describe('when there are no rows', () => {
    it('writes the intro alone', () => {
      expect(summaryMarkdown({ intro: 'Nothing to show.', header: ['A'], rows: [] })).toBe('Nothing to show.');
    });
  });

  describe('when there are notes', () => {
    it('writes each as a paragraph after the table', () => {
      const md = summaryMarkdown({ intro: 'x', header: ['A'], rows: [['a']], notes: ['first note', 'second note'] });
      expect(md).toBe('x\n\n| A |\n| --- |\n| a |\n\nfirst note\n\nsecond note');
    });
  });
});

describe('#summaryMarkdown of a failed run', () => {
  describe('when publishing failed part way', () => {
    it('writes what failed, then the repositories already changed', () => {
      const err = new PartiallyPublishedError('HTTP', 'r.io/b: HTTP 503', ['r.io/a', 'r.io/c']);
      expect(summaryMarkdown(failureSummary('signer-add', err, 'run'))).toBe(
        '❌ dct-sign signer-add failed: r.io/b: HTTP 503\n\nAlready changed before the failure: r.io/a, r.io/c. Rerunning is safe.',
      );
    });
  });
});

describe('#uploadSummary', () => {
  it("writes the markdown, ending in a newline, to a file titled for the summary tab, and has the agent attach it", async () => {
    const parent = mkdtempSync(join(agentTemp, 'summary-'));
    await uploadSummary('Signed 1 tag.', parent);
    const [upload, ...more] = vsoCommands(stdout.text).filter((c) => c.command === 'task.uploadsummary');
    expect(more).toEqual([]);
    expect(basename(upload!.data)).toBe('Docker Content Trust.md');
    expect(dirname(dirname(upload!.data))).toBe(parent);
    expect(readFileSync(upload!.data, 'utf8')).toBe('Signed 1 tag.\n');
  });
});

describe("each command's summary", () => {
  const markdown = (command: string, result: unknown) => summaryMarkdown(findCommand(command)!.summaryOf!(result));

  test.each([
    [
      'sign',
      SIGN_RESULT,
      'Signed 1 tag with key ffffffffffff (signer ci).',
      '| Reference | Digest | Size | Roles | Trust server |',
      `| \`${REPO}:1\` | \`${DIGEST}\` | 528 | targets/releases, targets/ci | https://notary.example.com |`,
    ],
    [
      'inspect',
      INSPECT_RESULT,
      `1 signed tag; no signatures for ${REGISTRY}/empty.`,
      '| Reference | Signed tag | Digest | Signers |',
      `| \`${REPO}:1\` | 1 | \`${'ab'.repeat(32)}\` | ci |`,
    ],
    [
      'verify',
      VERIFY_FAILED,
      'Verified 1 of 3 references.',
      '| Reference | Result | Signers | Pinned reference | Details |',
      `| \`${REPO}:2\` | ❌ digest-changed | ci |  | ${REPO}:2: the registry serves sha256:${'cd'.repeat(32)}, but ${DIGEST} is signed |`,
    ],
    [
      'revoke',
      REVOKE_RESULT,
      'Revoked 1 tag with key ffffffffffff.',
      '| Reference | Tag | Removed from |',
      `| \`${REPO}:1\` | \`1\` | targets/releases, targets/ci |`,
    ],
    [
      'signer-add',
      SIGNER_ADD_RESULT,
      'Signer ci with 2 keys: ffffffffffff, eeeeeeeeeeee.',
      '| Repository | Change | Trust server |',
      `| \`${REGISTRY}/new\` | created its trust data, with the signer | https://notary.example.com |`,
    ],
    [
      'signer-remove',
      SIGNER_REMOVE_RESULT,
      'Removed signer ci.',
      '| Repository | Keys removed | Note |',
      `| \`${REPO}\` | ffffffffffff | its tags do not verify until someone signs again |`,
    ],
    [
      'rotate-key',
      ROTATE_KEY_RESULT,
      `Rotated the targets key of ${REPO}.`,
      '| Key | Previous keys | Re-signed |',
      `| \`${KEY_ID}\` | 222222222222 | root, targets |`,
    ],
    [
      'refresh',
      REFRESH_RESULT,
      `Refreshed 1 role of ${REPO}.`,
      '| Role | Version | Expires | Was to expire |',
      '| `targets/ci` | 4 | 2029-11-23T00:00:00.000Z | 2027-01-01T00:00:00.000Z |',
    ],
  ])('%s: says what it did and shows a table', (command, result, intro, header, row) => {
    const md = markdown(command, result);
    expect(md.startsWith(`${intro}\n\n${header}\n`)).toBe(true);
    expect(md.split('\n')).toContain(row);
  });

  it('verify: pins what passed', () => {
    expect(markdown('verify', VERIFY_FAILED).split('\n')).toContain(`| \`${REPO}:1\` | ✅ verified | ci | \`${REPO}@${DIGEST}\` |  |`);
  });

  it('rotate-key: says where the generated key is', () => {
    expect(markdown('rotate-key', ROTATE_KEY_RESULT)).toMatch(
      new RegExp(`\\n\\nThe new repository key is in /runner/temp/${KEY_ID}\\.key, encrypted; keep it safe, it is the only copy\\.$`),
    );
  });

  it('refresh: says when nothing needed it', () => {
    expect(markdown('refresh', { ...REFRESH_RESULT, refreshed: [], published: false })).toBe(`Nothing in ${REPO} needed refreshing.`);
  });
});
