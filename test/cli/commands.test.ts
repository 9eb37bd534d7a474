// Every command's flags and help: the flags each command has always had, and
// a help (`help NAME`, `NAME --help`, `NAME -h`) that teaches each flag, the
// environment, an example and the exit codes.

import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { allFlags } from '../../src/cli/flags.ts';
import { COMMANDS, findCommand } from '../../src/commands/registry.ts';
import { resolveTrustServer, TRUST_SERVER_FALLBACKS } from '../../src/operations/trust-server-url.ts';
import { cli } from './support.ts';

const CONNECTION = ['trust-server', 'trust-server-ca', 'registry-ca', 'trust-pin', 'trust-state', 'trust-state-forget', 'require-pin', 'timeout', 'username', 'password', 'password-stdin'];
const OUTPUT = ['json', 'verbose', 'quiet', 'help'];
const key = (name: string) => [`${name}-file`, name, `${name}-passphrase`];

/** The flags of each command, as the CLI has had them since each command came. */
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  sign: ['formats', ...key('signer-key'), 'signer-name', ...key('cosign-key'), 'notation-certificate', ...key('notation-key'), 'push', 'no-push', ...key('root-key'), ...key('repository-key'), ...CONNECTION, ...OUTPUT],
  inspect: [...CONNECTION, 'pretty', ...OUTPUT],
  verify: ['required-signers', 'signer-policy', 'formats', 'formats-policy', 'cosign-public-key', 'notation-trust-anchor', 'notation-identity', ...CONNECTION, ...OUTPUT],
  revoke: [...key('signer-key'), 'signer-name', 'all', ...CONNECTION, ...OUTPUT],
  'signer-add': ['signer-name', 'signer-public-key', ...key('repository-key'), ...key('root-key'), ...CONNECTION, ...OUTPUT],
  'signer-remove': ['signer-name', 'force', ...key('repository-key'), ...CONNECTION, ...OUTPUT],
  'key-generate': ['signer-name', 'signer-key-passphrase', 'key-directory', 'certificate', 'certificate-validity', 'base64', 'json', 'help'],
  certificate: ['signer-name', ...key('signer-key'), ...key('notation-key'), 'certificate-validity', 'key-directory', 'output', 'json', 'help'],
  'rotate-key': [
    'key-role', ...key('root-key'), ...key('new-repository-key'), ...key('new-root-key'), 'key-directory', 'signer-name', ...key('signer-key'), 'old-signer-key',
    ...key('repository-key'), ...CONNECTION, ...OUTPUT,
  ],
  refresh: [...key('signer-key'), ...key('repository-key'), 'expiring-within', ...CONNECTION, ...OUTPUT],
  migrate: ['formats', 'dry-run', ...key('signer-key'), ...key('cosign-key'), 'notation-certificate', ...key('notation-key'), ...CONNECTION, ...OUTPUT],
};

/** Variables each command's help must list. */
const ENV: Readonly<Record<string, readonly string[]>> = {
  sign: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'COSIGN_PASSWORD', 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG', 'DOCKER_HOST'],
  inspect: ['DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  verify: ['DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  revoke: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  'signer-add': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  'signer-remove': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  'key-generate': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE'],
  certificate: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DCT_NOTATION_KEY_PASSPHRASE'],
  'rotate-key': ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  refresh: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
  migrate: ['DCT_SIGNER_KEY', 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'COSIGN_PASSWORD', 'DOCKER_CONTENT_TRUST_SERVER', 'DOCKER_CONFIG'],
};

/** Flags whose value is a secret on the command line, visible to ps. */
const DISCOURAGED = ['signer-key', 'root-key', 'repository-key', 'new-repository-key', 'new-root-key', 'signer-key-passphrase', 'root-key-passphrase', 'repository-key-passphrase', 'new-repository-key-passphrase', 'new-root-key-passphrase', 'password'];

function section(help: string, title: string): string {
  const start = help.indexOf(`\n${title}:\n`);
  if (start < 0) return '';
  const end = help.indexOf('\n\n', start + title.length + 3);
  return help.slice(start, end < 0 ? undefined : end);
}

describe('TRUST_SERVER_FALLBACKS', () => {
  // The help's words against the code they describe.
  test.each([
    ['us.icr.io', {}, 'https://us.icr.io:4443'],
    ['registry.bluemix.net', {}, 'https://registry.bluemix.net:4443'],
    ['docker.io', {}, 'https://notary.docker.io'],
    ['example.azurecr.io', {}, 'https://example.azurecr.io'],
    ['us.icr.io', { DOCKER_CONTENT_TRUST_SERVER: 'https://n.example.com' }, 'https://n.example.com'],
  ])('%s with %j resolves to %s, as the words say', (registry, env, url) => {
    expect(resolveTrustServer(registry, undefined, env)).toBe(url);
    expect(TRUST_SERVER_FALLBACKS).toContain(url.includes(':4443') ? 'https://REGISTRY:4443' : url.includes('notary.docker.io') ? url : 'the registry host itself');
  });
});

describe('#runCli', () => {
  describe.each(COMMANDS.map((c) => [c.name] as const))('when asked for the help of %s', (name) => {
    const spec = findCommand(name)!;

    it('has the flags the command always had', () => {
      expect(allFlags(spec).map((f) => f.name).sort()).toEqual([...FLAGS[name]!].sort());
    });

    test.each([
      [['help', name]],
      [[name, '--help']],
      [[name, '-h']],
      [[name, '--bogus', '--help']],
      [[name, '--help', '--', '-x']],
      [['--help', name]],
      [['-h', name]],
    ])(
      'prints the same help on stdout for %j and exits 0',
      async (argv) => {
        const [run, byHelp] = await Promise.all([cli(argv), cli(['help', name])]);
        expect(run).toMatchObject({ code: EXIT_OK, stderr: '', options: undefined });
        expect(run.stdout).toMatch(new RegExp(`^Usage: dct-sign ${name} \\[options\\]`));
        expect(run.stdout).toBe(byHelp.stdout);
      },
    );

    it('teaches every flag on a line of its own', async () => {
      const { stdout } = await cli(['help', name]);
      for (const flag of FLAGS[name]!) expect(stdout).toMatch(new RegExp(`^  (-\\w, )?--${flag}( \\S+)?  +\\S`, 'm'));
    });

    it('lists the environment it reads', async () => {
      const env = section((await cli(['help', name])).stdout, 'Environment');
      for (const variable of ENV[name]!) expect(env).toMatch(new RegExp(`^  ${variable}  +\\S`, 'm'));
    });

    it.runIf(ENV[name]!.includes('DOCKER_CONTENT_TRUST_SERVER'))('says where the trust server is, in the order the code follows', async () => {
      const { stdout } = await cli(['help', name]);
      const lines = stdout.split('\n\n').find((p) => p.startsWith('The trust server is')) ?? '';
      for (const line of lines.split('\n')) expect(line.length).toBeLessThanOrEqual(78);
      const paragraph = lines.replace(/\s+/g, ' ');
      expect(paragraph).toBe(`The trust server is --trust-server, else ${TRUST_SERVER_FALLBACKS}.`);
      expect(paragraph).toMatch(/https:\/\/REGISTRY:4443 for IBM Cloud \(\*\.icr\.io/);
    });

    it('has an example and the exit codes', async () => {
      const { stdout } = await cli(['help', name]);
      expect(section(stdout, 'Examples')).toMatch(new RegExp(`^  (.*\\| )?dct-sign ${name} `, 'm'));
      const codes = section(stdout, 'Exit codes');
      for (const code of [0, 1, 2]) expect(codes).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
    });

    it('says that keys, passphrases and passwords on the command line are discouraged', async () => {
      const { stdout } = await cli(['help', name]);
      for (const flag of FLAGS[name]!.filter((f) => DISCOURAGED.includes(f))) {
        expect(stdout).toMatch(new RegExp(`^  --${flag} \\S+\\s+.*discouraged`, 'm'));
      }
    });

    it('is listed by dct-sign --help with its summary', async () => {
      const { stdout } = await cli(['--help']);
      expect(stdout).toContain(`  ${name.padEnd(15)}${spec.summary}\n`);
    });
  });

  describe('when a command that needs arguments has none', () => {
    test.each([
      ['sign', 'REFERENCE', 'no image reference given'],
      ['inspect', 'REFERENCE', 'no image reference given'],
      ['verify', 'REFERENCE', 'no image reference given'],
      ['revoke', 'REFERENCE', 'no image reference given'],
      ['signer-add', 'REPOSITORY', 'no repository given'],
      ['signer-remove', 'REPOSITORY', 'no repository given'],
      ['rotate-key', 'REPOSITORY', 'no repository given'],
      ['refresh', 'REPOSITORY', 'no repository given'],
    ])('%s exits 2 naming %s and points at its help', async (name, operand, message) => {
      const run = await cli([name]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^dct-sign: error: ${operand}: ${message}`));
      expect(run.stderr).toContain(`Run \`dct-sign ${name} --help\` for usage.`);
    });
  });
});
