import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseInspectArgs } from '../../src/cli/inspect-command.ts';
import { DctError, InputError } from '../../src/errors.ts';
import { formatInspectPretty, type InspectResult } from '../../src/operations/inspect.ts';
import { cli, parseContext, REF, REPO, usageErrorOf } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-cli-inspect-'));
const CA_FILE = join(dir, 'ca.pem');
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
writeFileSync(CA_FILE, CA_PEM);

const RESULT: InspectResult = {
  repositories: [
    {
      Name: REPO,
      SignedTags: [{ SignedTag: '1.0', Digest: 'ab'.repeat(32), Signers: ['alice'] }],
      Signers: [{ Name: 'alice', Keys: [{ ID: 'cd'.repeat(32) }] }],
      AdministrativeKeys: [
        { Name: 'Root', Keys: [{ ID: 'ef'.repeat(32) }] },
        { Name: 'Repository', Keys: [{ ID: '01'.repeat(32) }] },
      ],
    },
  ],
};

describe('#parseInspectArgs', () => {
  it('maps the references and every connection flag', async () => {
    const parsed = await parseInspectArgs(
      [
        '--pretty', '--verbose', '--trust-server', 'https://notary.example.com', '--trust-server-ca', CA_FILE,
        '--trust-pin', 'a'.repeat(64), '--username', 'ci', '--password-stdin', REPO, REF,
      ],
      parseContext({ DOCKER_CONTENT_TRUST_SERVER: 'https://other.example.com' }, 'token-123\n'),
    );
    expect(parsed).toMatchObject({ pretty: true, verbose: true });
    expect(parsed.options).toEqual({
      references: [REPO, REF],
      trustServer: 'https://notary.example.com',
      trustServerCa: CA_PEM,
      trustPin: 'a'.repeat(64),
      username: 'ci',
      password: 'token-123',
      env: { DOCKER_CONTENT_TRUST_SERVER: 'https://other.example.com' },
    });
  });

  test.each([
    ['no reference', [], 'REFERENCE', /no image reference given/],
    ['a JSON switch it does not have', ['--json', REPO], '--json', /unknown option/],
    ['a password without a user', ['--password', 'p', REPO], '--username', /together/],
  ])('refuses %s', async (_, args, input, message) => {
    const err = await usageErrorOf(() => parseInspectArgs(args, parseContext()));
    expect(err).toMatchObject({ input, command: 'inspect' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign inspect', () => {
  const inspect = async () => RESULT;

  it("prints docker's JSON: four spaces, then a newline", async () => {
    const run = await cli(['inspect', REPO], { operations: { inspect } });
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toBe(`${JSON.stringify(RESULT.repositories, null, 4)}\n`);
    expect(run.calls.inspect).toMatchObject({ references: [REPO] });
  });

  it("prints docker's --pretty text with --pretty", async () => {
    const run = await cli(['inspect', '--pretty', REPO], { operations: { inspect } });
    expect(run.stdout).toBe(formatInspectPretty(RESULT));
    expect(run.stdout).toMatch(/^Signatures for registry\.example\.com\/team\/app$/m);
  });

  it('sends core warnings to stderr as warning: lines', async () => {
    const run = await cli(['inspect', REPO], {
      operations: {
        inspect: async (options) => {
          options.logger?.warning('ignoring targets/bob');
          return RESULT;
        },
      },
    });
    expect(run.stderr).toBe('warning: ignoring targets/bob\n');
  });

  test.each([
    ['a repository without trust data', new DctError('NO_TRUST_DATA', `no signatures or cannot access ${REF}`), EXIT_FAILED, /^dct-sign: error: no signatures or cannot access/m],
    ['a reference the core refuses', new InputError('tags', 'x: bad reference'), EXIT_USAGE, /^dct-sign: error: REFERENCE: x: bad reference$/m],
  ])('reports %s', async (_, error, code, message) => {
    const run = await cli(['inspect', REF], { operations: { inspect: () => Promise.reject(error) } });
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
