// migrate's spec: its options, the table TAG DIGEST STATUS, the refused tags
// as failures (exit 1), the outputs and --json.

import { describe, expect, it } from 'vitest';
import { migratedEntries, migrateSpec } from '../../src/commands/migrate.ts';
import { findCommand, TASK_LABELS } from '../../src/commands/registry.ts';
import type { MigratedTag, MigrateResult } from '../../src/operations/migrate.ts';
import { cliView, DIGEST, KEY_INPUT, OTHER_DIGEST, outputsOf, parsedAs, REPO, RUN_CONTEXT, stubValues } from './results.ts';

const KEY_ID = 'ac5ce34fd279c5ef4466f95f040e1383fd33cfbcfe1d21affeadce31bb18500b';
const tag = (name: string, status: MigratedTag['status'], more: Partial<MigratedTag> = {}): MigratedTag => ({
  reference: `${REPO}:${name}`,
  gun: REPO,
  tag: name,
  digest: DIGEST,
  registryDigest: DIGEST,
  status,
  message: `${REPO}:${name}: ${status}`,
  written: status === 'migrated' ? ['sig', 'bundle'] : [],
  ...more,
});
const RESULT: MigrateResult = {
  tags: [
    tag('1.0', 'migrated'),
    tag('1.1', 'already'),
    tag('1.2', 'refused', { registryDigest: OTHER_DIGEST }),
    tag('1.3', 'unsigned', { digest: undefined, registryDigest: undefined }),
  ],
  dryRun: false, formats: ['cosign'],
  keyId: KEY_ID,
  ok: false,
};

describe('migrateSpec', () => {
  it('is a command on every entrypoint, with a task label', () => {
    expect(findCommand('migrate')).toBe(migrateSpec);
    expect(TASK_LABELS.migrate).toBeDefined();
  });

  describe('#options', () => {
    it('takes the repositories, the formats, dry-run, the signer key and the connection', () => {
      const values = stubValues({ lists: { tags: [REPO], formats: ['cosign'] }, booleans: { 'dry-run': true }, keys: { 'signer-key': KEY_INPUT } });
      expect(migrateSpec.options(values, RUN_CONTEXT)).toMatchObject({
        references: parsedAs(REPO),
        formats: ['cosign'],
        dryRun: true,
        signerKey: KEY_INPUT,
        env: RUN_CONTEXT.env,
      });
    });

    it('passes formats as given, for the operation to refuse what is not cosign', () => {
      const values = stubValues({ lists: { tags: [REPO], formats: ['dct'] } });
      expect(migrateSpec.options(values, RUN_CONTEXT).formats).toEqual(['dct']);
    });
  });

  describe('#text', () => {
    it('prints a table TAG DIGEST STATUS under a headline that counts the statuses', () => {
      const [head, blank, header, ...rows] = migrateSpec.text(RESULT, cliView()).trimEnd().split('\n');
      expect([head, blank]).toEqual([`Migrated 1 tag to cosign with key ${KEY_ID.slice(0, 12)} (1 already, 1 refused, 1 unsigned)`, '']);
      expect(header!.split(/ {2,}/)).toEqual(['TAG', 'DIGEST', 'STATUS']);
      expect(rows.map((r) => r.split(/ {2,}/))).toEqual([
        ['1.0', DIGEST, 'migrated'],
        ['1.1', DIGEST, 'already'],
        ['1.2', DIGEST, 'refused'],
        ['1.3', '-', 'unsigned'],
      ]);
    });

    it('says a dry run wrote nothing, and names whole references when tags of several repositories are listed', () => {
      const other = { ...tag('2.0', 'migrated'), reference: 'registry.example.com/team/api:2.0', gun: 'registry.example.com/team/api' };
      const dry = { ...RESULT, dryRun: true, tags: [tag('1.0', 'migrated'), other], ok: true };
      const lines = migrateSpec.text(dry, cliView()).trimEnd().split('\n');
      expect(lines[0]).toBe(`Would migrate 2 tags to cosign with key ${KEY_ID.slice(0, 12)}; dry run, nothing written`);
      expect(lines.slice(3).map((r) => r.split(/ {2,}/)[0])).toEqual([`${REPO}:1.0`, 'registry.example.com/team/api:2.0']);
    });
  });

  describe('#failures', () => {
    it('fails the run with one line per refused tag', () => {
      expect(migrateSpec.failures!(RESULT)).toEqual([`${REPO}:1.2: refused`]);
      expect(migrateSpec.failures!({ ...RESULT, tags: [tag('1.0', 'migrated'), tag('1.3', 'unsigned')], ok: true })).toEqual([]);
    });
  });

  describe('#outputs and #json', () => {
    it('give each tag with its digests, status and the forms written', () => {
      expect(JSON.parse(outputsOf(migrateSpec, RESULT).migrated!)).toEqual(migratedEntries(RESULT));
      expect(migratedEntries(RESULT)[3]).toEqual({
        reference: `${REPO}:1.3`,
        tag: '1.3',
        digest: null,
        registryDigest: null,
        status: 'unsigned',
        written: [],
        message: `${REPO}:1.3: unsigned`,
      });
      expect(migrateSpec.json.value(RESULT, cliView())).toEqual({ ok: false, dryRun: false, formats: ['cosign'], keyId: KEY_ID, tags: migratedEntries(RESULT) });
    });
  });
});
