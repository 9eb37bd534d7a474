// Every command against docs/commands.md, the one table of commands and
// inputs: its flags are the table's inputs (plus the CLI's own), and its help
// teaches each flag, the environment, an example and the exit codes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK } from '../../src/cli/cli.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { cli } from './support.ts';

const DOCS = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'commands.md'), 'utf8');
const CONNECTION = ['trust-server', 'trust-server-ca', 'trust-pin', 'username', 'password'];
const KEYS = ['signer-key', 'root-key', 'repository-key', 'new-repository-key'];
/** Flags the CLI has that are no action input: key files, stdin, output. */
const CLI_ONLY = ['password-stdin', 'json', 'verbose', 'help', 'pretty', 'base64', 'no-push', ...KEYS.map((k) => `${k}-file`)];

/** The inputs column of each row of the table, `X`(+passphrase) spelled out. */
function documentedInputs(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of DOCS.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = /^`([a-z-]+)`/.exec(cells[1] ?? '')?.[1];
    if (!name || cells.length < 5) continue;
    const inputs = cells[3]!
      .replace(/`([a-z-]+)`\(\+passphrase\)/g, '`$1`, `$1-passphrase`')
      .replace(/\([^()]*\)/g, '') // values and remarks: (`any`/`all`), (e.g. `180d`), ...
      .replace(/for `[a-z]+`:/g, '');
    rows.set(name, [...inputs.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!));
  }
  return rows;
}

const DOCUMENTED = documentedInputs();

const ENV: Record<string, string[]> = {
  sign: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER'],
  inspect: ['DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  verify: ['DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  revoke: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER'],
  'signer-add': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER'],
  'signer-remove': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER'],
  'key-generate': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE'],
  'rotate-key': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER'],
  refresh: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER'],
};

describe('the commands', () => {
  it('are the rows of docs/commands.md, in its order', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual([...DOCUMENTED.keys()]);
  });

  describe.each(COMMANDS.map((c) => [c.name, c] as const))('%s', (name, command) => {
    const flags = command.flags.map((f) => f.name);

    it("takes every input of its row as a flag, and the connection's unless it reaches no server", () => {
      const inputs = DOCUMENTED.get(name)!.filter((i) => i !== 'tags');
      const expected = [...inputs, ...(name === 'key-generate' ? [] : CONNECTION)];
      for (const input of expected) expect(flags, input).toContain(input);
      for (const key of KEYS.filter((k) => flags.includes(k))) expect(flags).toContain(`${key}-file`);
    });

    it('has no flag that is neither an input of its row nor one of the CLI', () => {
      const allowed = new Set([...DOCUMENTED.get(name)!, ...CONNECTION, ...CLI_ONLY]);
      expect(flags.filter((f) => !allowed.has(f))).toEqual([]);
    });

    it('prints the same help for `help NAME` and `NAME --help`, on stdout', async () => {
      const [byHelp, byFlag, byShort] = await Promise.all([cli(['help', name]), cli([name, '--help']), cli([name, '-h'])]);
      expect(byHelp.code).toBe(EXIT_OK);
      expect(byHelp.stderr).toBe('');
      expect(byHelp.stdout).toMatch(new RegExp(`^Usage: dct-sign ${name} \\[options\\]`));
      expect(byFlag.stdout).toBe(byHelp.stdout);
      expect(byShort.stdout).toBe(byHelp.stdout);
    });

    it('teaches every flag, the environment, an example and the exit codes', async () => {
      const { stdout } = await cli(['help', name]);
      for (const flag of flags) expect(stdout).toMatch(new RegExp(`^  (-\\w, )?--${flag}( \\S+)?  +\\S`, 'm'));
      const env = stdout.slice(stdout.indexOf('\nEnvironment:\n'), stdout.indexOf('\nExamples:\n'));
      for (const variable of ENV[name]!) expect(env).toMatch(new RegExp(`^  ${variable}\\s+\\S`, 'm'));
      expect(stdout).toMatch(new RegExp(`^  (.*\\| )?dct-sign ${name} `, 'm'));
      for (const code of [0, 1, 2]) expect(stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    });

    it('says that keys and passphrases on the command line are discouraged', async () => {
      const { stdout } = await cli(['help', name]);
      for (const flag of flags.filter((f) => KEYS.includes(f) || f.endsWith('-passphrase') || f === 'password')) {
        expect(stdout).toMatch(new RegExp(`^  --${flag} \\S+\\s+.*discouraged`, 'm'));
      }
    });

    it('is listed by dct-sign --help with its summary', async () => {
      const { stdout } = await cli(['--help']);
      expect(stdout).toContain(`  ${name.padEnd(15)}${command.summary}\n`);
    });
  });

  test.each([['inspect'], ['verify'], ['revoke'], ['signer-add'], ['signer-remove'], ['rotate-key'], ['refresh']])(
    '%s without arguments exits 2 and points at its help',
    async (name) => {
      const run = await cli([name]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dct-sign: error: (REFERENCE|REPOSITORY): no (image reference|repository) given/m);
      expect(run.stderr).toContain(`Run \`dct-sign ${name} --help\` for usage.`);
    },
  );
});
