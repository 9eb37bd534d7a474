// The summary of a failed run: what failed, and what was, or was not,
// published, said only where it is known.

import { describe, expect, it } from 'vitest';
import { failureSummary, withFailures } from '../../src/commands/failure-summary.ts';
import { DctError, InputError, PartiallyPublishedError } from '../../src/errors.ts';
import { afterPartialSuccess } from '../../src/operations/repository-context.ts';

describe('#failureSummary', () => {
  describe('when the run stopped reading its inputs', () => {
    it('says nothing was published', () => {
      expect(failureSummary('verify', new InputError('tags', 'give a reference'), 'inputs')).toEqual({
        intro: '❌ dct-sign verify failed: tags: give a reference',
        header: [],
        rows: [],
        notes: ['Nothing was published: the run stopped while reading its inputs, before any request.'],
      });
    });
  });

  describe('when publishing failed after other repositories were changed', () => {
    it('names them, from the error afterPartialSuccess makes', () => {
      const err = afterPartialSuccess(new DctError('HTTP', 'r.io/c: HTTP 503'), ['r.io/a', 'r.io/b']);
      expect(err).toBeInstanceOf(PartiallyPublishedError);
      expect(err).toMatchObject({ code: 'HTTP', changed: ['r.io/a', 'r.io/b'] });
      expect(failureSummary('signer-add', err, 'run').notes).toEqual(['Already changed before the failure: r.io/a, r.io/b. Rerunning is safe.']);
    });
  });

  describe('when the command failed otherwise', () => {
    it('points to the log and does not claim nothing was published, even for an input error', () => {
      const summary = failureSummary('sign', new InputError('signer-name', 'not a signer'), 'run');
      expect(summary.notes).toEqual(['Whatever was published before the failure is in the log; rerunning is safe.']);
    });
  });

  describe('when the command input itself was wrong', () => {
    it('names no command', () => {
      expect(failureSummary(undefined, new InputError('command', 'unknown'), 'inputs').intro).toBe('❌ dct-sign failed: command: unknown');
    });
  });
});

describe('#withFailures', () => {
  describe('when the result carries failures', () => {
    it("adds them after the summary's notes", () => {
      const summary = { intro: 'Signed 1 tag.', header: ['A'], rows: [['a']], notes: ['n'] };
      expect(withFailures(summary, 'sign', ['push failed'])).toEqual({ ...summary, notes: ['n', '❌ push failed'] });
    });

    it('makes a summary of them when the command has none', () => {
      expect(withFailures(undefined, 'key-generate', ['x'])).toEqual({ intro: '❌ dct-sign key-generate failed.', header: [], rows: [], notes: ['❌ x'] });
    });
  });

  describe('when there are none', () => {
    it('leaves the summary as it is', () => {
      expect(withFailures(undefined, 'inspect', [])).toBeUndefined();
    });
  });
});
