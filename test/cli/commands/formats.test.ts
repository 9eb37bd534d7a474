// The bridge's flags on the CLI: --formats on sign, verify and migrate, the
// cosign key and public keys, DCT-only flags refused without dct, and
// migrate's table and exit code.

import { describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import type { MigrateResult } from '../../../src/operations/migrate.ts';
import { ALICE_KEY_FILE, ALICE_PUB, ALICE_PUB_FILE, cli, DIGEST, OTHER_DIGEST, REF, REPO } from '../support.ts';

const KEY = ['--signer-key-file', ALICE_KEY_FILE];

describe('#runCli with formats', () => {
  describe('sign', () => {
    it('takes --formats and --cosign-key-file, and needs no signer key with a cosign key', async () => {
      const run = await cli(['sign', '--no-push', '--formats', 'cosign', '--cosign-key-file', ALICE_KEY_FILE, REF]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ formats: ['cosign'], signerKey: undefined, cosignKey: expect.objectContaining({ input: `--cosign-key-file ${ALICE_KEY_FILE}` }) });
    });

    it('takes dct and cosign comma-separated', async () => {
      const run = await cli(['sign', '--no-push', '--formats', 'dct,cosign', ...KEY, REF]);
      expect(run.options).toMatchObject({ formats: ['dct', 'cosign'] });
    });

    it('refuses --trust-pin without dct in --formats, naming it (exit 2)', async () => {
      const run = await cli(['sign', '--no-push', '--formats', 'cosign', '--trust-pin', 'a'.repeat(64), ...KEY, REF]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain('--trust-pin');
      expect(run.options).toBeUndefined();
    });

    it('refuses a format it does not know (exit 2)', async () => {
      const run = await cli(['sign', '--formats', 'sigstore', ...KEY, REF]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain('"sigstore" is not one of dct, cosign, notation');
    });
  });

  describe('verify', () => {
    it('takes --formats, --formats-policy and --cosign-public-key as PEM text', async () => {
      const run = await cli(['verify', '--formats', 'dct,cosign', '--formats-policy', 'all', '--cosign-public-key', ALICE_PUB_FILE, REF]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ formats: ['dct', 'cosign'], formatsPolicy: 'all', cosignPublicKeys: [ALICE_PUB.trim()] });
    });
  });

  describe('migrate', () => {
    const result = (statuses: MigrateResult['tags'][number]['status'][]): MigrateResult => ({
      tags: statuses.map((status, i) => ({
        reference: `${REPO}:v${i}`,
        gun: REPO,
        tag: `v${i}`,
        digest: DIGEST,
        registryDigest: status === 'refused' ? OTHER_DIGEST : DIGEST,
        status,
        message: `${REPO}:v${i}: ${status}`,
        written: [],
      })),
      dryRun: false, formats: ['cosign'],
      keyId: 'ab'.repeat(32),
      ok: !statuses.includes('refused'),
    });

    it('takes the repository, --formats cosign, --dry-run and the signer key, and prints TAG DIGEST STATUS', async () => {
      const run = await cli(['migrate', '--formats', 'cosign', '--dry-run', ...KEY, REPO], { operation: async () => result(['migrated', 'already']) });
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ formats: ['cosign'], dryRun: true, signerKey: expect.objectContaining({ text: expect.any(String) }) });
      expect(run.stdout).toContain('TAG');
      expect(run.stdout).toMatch(/v0 +sha256:a+b*.* +migrated/);
    });

    it('exits 1 when a tag was refused, naming it on stderr after the table', async () => {
      const run = await cli(['migrate', '--formats', 'cosign', ...KEY, REPO], { operation: async () => result(['migrated', 'refused']) });
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stdout).toMatch(/v1 +sha256:\S+ +refused/);
      expect(run.stderr).toContain(`${REPO}:v1: refused`);
    });

    it('needs a key: the signer key or a cosign key (exit 2)', async () => {
      const run = await cli(['migrate', '--formats', 'cosign', REPO]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain('no key to make the signatures with');
    });
  });
});
