// `dct-sign inspect`: the connection flags, docker's JSON and --pretty text.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { formatInspectPretty } from '../../../src/commands/inspect-pretty.ts';
import { DctError, InputError } from '../../../src/errors.ts';
import type { InspectOptions } from '../../../src/operations/inspect.ts';
import { BASE_ENV, cli, INSPECT_RESULT, REF, REPO } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-cli-inspect-'));
const CA_FILE = join(dir, 'ca.pem');
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
writeFileSync(CA_FILE, CA_PEM);

describe('#runCli', () => {
  describe('when inspect is given every flag', () => {
    it('maps the references and every connection flag', async () => {
      const env = { DOCKER_CONTENT_TRUST_SERVER: 'https://other.example.com' };
      const run = await cli(
        [
          'inspect', '--pretty', '--verbose', '--trust-server', 'https://notary.example.com', '--trust-server-ca', CA_FILE,
          '--trust-pin', 'a'.repeat(64), '--timeout', '90s', '--username', 'ci', '--password-stdin', REPO, REF,
        ],
        { env, stdin: 'token-123\n' },
      );
      expect(run.code).toBe(EXIT_OK);
      const { logger, ...options } = run.options as InspectOptions;
      expect(logger).toBeDefined();
      expect(options).toEqual({
        references: parsedAs(REPO, REF),
        trustServer: 'https://notary.example.com',
        trustServerCa: CA_PEM,
        trustPin: 'a'.repeat(64),
        username: 'ci',
        password: 'token-123',
        env: { ...BASE_ENV, ...env },
        timeoutMs: 90_000,
        requirePin: false,
        mask: expect.any(Function),
      });
    });
  });

  describe('when inspect succeeds', () => {
    it("prints docker's JSON: four spaces, then a newline", async () => {
      const run = await cli(['inspect', REPO]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toBe(`${JSON.stringify(INSPECT_RESULT.repositories, null, 4)}\n`);
    });

    it('hands the operation --require-pin, as sign and verify do', async () => {
      const run = await cli(['inspect', '--require-pin', REPO]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ requirePin: true });
    });

    it("prints the same docker JSON with --json, which every command takes", async () => {
      const [plain, withJson] = await Promise.all([cli(['inspect', REPO]), cli(['inspect', '--json', REPO])]);
      expect(withJson).toMatchObject({ code: EXIT_OK, stderr: '' });
      expect(withJson.stdout).toBe(plain.stdout);
    });

    test.each([[['--json', '--pretty']], [['--pretty', '--json']]])('refuses %j with exit 2, naming both', async (flags) => {
      const run = await cli(['inspect', ...flags, REPO]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr.split('\n')[0]).toBe('dct-sign: error: --pretty: prints text, and --json prints JSON; give one of --pretty and --json');
      expect(run.options).toBeUndefined();
    });

    it("prints docker's --pretty text with --pretty", async () => {
      const run = await cli(['inspect', '--pretty', REPO]);
      expect(run.stdout).toBe(formatInspectPretty(INSPECT_RESULT));
      expect(run.stdout).toMatch(/^Signatures for registry\.example\.com\/team\/app$/m);
    });

    it('sends core warnings to stderr as warning: lines', async () => {
      const run = await cli(['inspect', REPO], {
        operation: async (options: InspectOptions) => {
          options.logger?.warning('ignoring targets/bob');
          return INSPECT_RESULT;
        },
      });
      expect(run.stderr).toBe('warning: ignoring targets/bob\n');
    });
  });

  describe('when inspect is given what it does not take', () => {
    test.each([
      ['a password without a user', ['--password', 'p', REPO], '--username: give --username together with --password or --password-stdin'],
      ['a malformed reference', ['Bad Ref'], 'REFERENCE: Bad Ref: '],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['inspect', ...args]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign inspect --help` for usage.');
    });
  });

  describe('when the operation fails', () => {
    test.each([
      ['a repository without trust data', new DctError('NO_TRUST_DATA', `no signatures or cannot access ${REF}`), EXIT_FAILED, `dct-sign: error: no signatures or cannot access ${REF}\n`],
      ['a reference the core refuses', new InputError('tags', 'x: bad reference'), EXIT_USAGE, 'dct-sign: error: REFERENCE: x: bad reference\n'],
    ])('reports %s', async (_, error, code, line) => {
      const run = await cli(['inspect', REF], { operation: () => Promise.reject(error) });
      expect(run.code).toBe(code);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith(line)).toBe(true);
    });
  });
});
