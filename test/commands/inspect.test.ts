// inspect's spec: docker's JSON or --pretty text, its output and summary.

import { describe, expect, it, test } from 'vitest';
import { dockerJson } from '../../src/commands/format.ts';
import { inspectSpec } from '../../src/commands/inspect.ts';
import { formatInspectPretty } from '../../src/commands/inspect-pretty.ts';
import { cliView, INSPECT_RESULT, LOG_VIEW, outputsOf, REF, REPO, RUN_CONTEXT, stubValues } from './results.ts';
import { parsedAs } from './results.ts';

const UNSIGNED = { ...INSPECT_RESULT.repositories[0]!, Name: `${REPO}-empty`, SignedTags: [] };

describe('inspectSpec', () => {
  describe('#options', () => {
    it('takes the references and the connection', () => {
      const options = inspectSpec.options(stubValues({ lists: { tags: [REPO, REF] } }), RUN_CONTEXT);
      expect(options).toMatchObject({ references: parsedAs(REPO, REF), env: RUN_CONTEXT.env, logger: RUN_CONTEXT.logger });
    });
  });

  describe('#text', () => {
    test.each([
      ['the CLI without --pretty', cliView(), dockerJson(INSPECT_RESULT.repositories)],
      ['the CLI with --pretty', cliView('pretty'), formatInspectPretty(INSPECT_RESULT)],
      ["the action's and the task's log", LOG_VIEW, formatInspectPretty(INSPECT_RESULT)],
    ])('gives %s its text', (_, view, text) => {
      expect(inspectSpec.text(INSPECT_RESULT, view)).toBe(text);
    });
  });

  describe('#outputs', () => {
    it("gives the repositories as docker's JSON array on one line", () => {
      expect(outputsOf(inspectSpec, INSPECT_RESULT)).toEqual({ trust: JSON.stringify(INSPECT_RESULT.repositories) });
    });
  });

  describe('#summaryOf', () => {
    it('has a row per signed tag and names the repositories without signatures', () => {
      expect(inspectSpec.summaryOf!({ repositories: [...INSPECT_RESULT.repositories, UNSIGNED] })).toEqual({
        intro: `1 signed tag; no signatures for ${REPO}-empty.`,
        header: ['Reference', 'Signed tag', 'Digest', 'Signers'],
        rows: [[{ code: REPO }, '1.0', { code: 'ab'.repeat(32) }, 'alice']],
      });
    });

    it('counts the signed tags alone when every repository has some', () => {
      expect(inspectSpec.summaryOf!(INSPECT_RESULT).intro).toBe('1 signed tag.');
    });
  });

  describe('#done', () => {
    it('counts the images', () => {
      expect(inspectSpec.done({ repositories: [...INSPECT_RESULT.repositories, UNSIGNED] })).toBe('Inspected 2 images');
    });
  });
});
