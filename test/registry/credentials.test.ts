import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { credentialsFromConfig, credentialsFromDockerConfig } from '../../src/registry/credentials.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('#credentialsFromConfig', () => {
  describe('when the entry has a base64 auth', () => {
    it.each([['myacr.azurecr.io'], ['https://myacr.azurecr.io'], ['https://myacr.azurecr.io/v2/']])(
      'matches key %s exactly by host',
      (key) => {
        const config = { auths: { [key]: { auth: b64('app-id:s3cr:et') } } };
        expect(credentialsFromConfig(config, 'myacr.azurecr.io')).toEqual({ username: 'app-id', password: 's3cr:et' });
      },
    );

    it('does not match another host that merely shares a prefix', () => {
      const config = { auths: { 'myacr.azurecr.io.evil.com': { auth: b64('u:p') } } };
      expect(credentialsFromConfig(config, 'myacr.azurecr.io')).toBeUndefined();
    });
  });

  it('maps Docker Hub to its legacy index key', () => {
    const config = { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } };
    expect(credentialsFromConfig(config, 'docker.io')).toEqual({ username: 'hub', password: 'pw' });
  });

  it('prefers an identity token', () => {
    const config = { auths: { 'r.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh' } } };
    expect(credentialsFromConfig(config, 'r.io')).toEqual({
      username: '00000000-0000-0000-0000-000000000000',
      identityToken: 'refresh',
    });
  });

  it('refuses an auth that is not user:password', () => {
    const config = { auths: { 'r.io': { auth: b64('nocolon') } } };
    expect(() => credentialsFromConfig(config, 'r.io')).toThrow(InputError);
  });

  it('returns undefined when nothing matches', () => {
    expect(credentialsFromConfig({}, 'r.io')).toBeUndefined();
    expect(credentialsFromConfig({ auths: { 'other.io': { auth: b64('u:p') } } }, 'r.io')).toBeUndefined();
  });
});

describe('#credentialsFromDockerConfig', () => {
  let dir: string;
  let bin: string;
  let configDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-creds-'));
    bin = join(dir, 'bin');
    configDir = join(dir, 'docker');
    await mkdir(bin);
    await mkdir(configDir);
    // Each fake helper records what it read on stdin, then answers as its name says.
    const helpers: Record<string, string> = {
      good: `printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-s3cret"}' "$input"`,
      token: `printf '{"Username":"<token>","Secret":"refresh-tok3n"}'`,
      none: `echo "credentials not found in native keychain"; exit 1`,
      broken: `echo "error: the keychain is locked"; exit 3`,
      leaky: `echo '{"Secret":"half-printed-s3cret"'; exit 1`,
      garbled: `echo "Username=u Secret=garbled-s3cret"`,
      slow: `sleep 5`,
    };
    for (const [name, body] of Object.entries(helpers)) {
      const file = join(bin, `docker-credential-${name}`);
      await writeFile(file, `#!/bin/sh\ninput=$(cat)\nprintf '%s' "$input" > "${dir}/${name}.stdin"\n${body}\n`);
      await chmod(file, 0o755);
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function lookup(config: object, registry: string, extra: { helperTimeoutMs?: number; helperTimeoutNote?: string } = {}) {
    await writeFile(join(configDir, 'config.json'), JSON.stringify(config));
    const masked: string[] = [];
    const env = { PATH: `${bin}:/usr/bin:/bin`, DOCKER_CONFIG: configDir };
    const result = await credentialsFromDockerConfig(registry, { env, mask: (s) => masked.push(s), ...extra }).catch(
      (e: unknown) => e,
    );
    return { result, masked };
  }

  const stdinOf = (name: string) => readFile(join(dir, `${name}.stdin`), 'utf8');

  describe('when credHelpers names a helper for the registry', () => {
    it('asks that helper, before credsStore and auths, and masks the secret', async () => {
      const { result, masked } = await lookup(
        { credHelpers: { 'r.io': 'good' }, credsStore: 'broken', auths: { 'r.io': { auth: b64('file:pw') } } },
        'r.io',
      );
      expect(result).toEqual({ username: 'helper-user', password: 'helper-s3cret' });
      expect(masked).toEqual(['helper-s3cret']);
      expect(await stdinOf('good')).toBe('r.io');
    });
  });

  describe('when only credsStore is set', () => {
    it('asks it, sending Docker Hub as https://index.docker.io/v1/', async () => {
      const { result } = await lookup({ credsStore: 'good' }, 'docker.io');
      expect(result).toEqual({ username: 'helper-user', password: 'helper-s3cret' });
      expect(await stdinOf('good')).toBe('https://index.docker.io/v1/');
    });

    it('uses a helper for another registry only through credsStore', async () => {
      const { result } = await lookup({ credHelpers: { 'other.io': 'broken' }, credsStore: 'good' }, 'r.io');
      expect(result).toMatchObject({ username: 'helper-user' });
    });
  });

  describe('when the helper answers with the <token> username', () => {
    it('returns an identity token', async () => {
      const { result, masked } = await lookup({ credsStore: 'token' }, 'r.io');
      expect(result).toEqual({ username: '', identityToken: 'refresh-tok3n' });
      expect(masked).toEqual(['refresh-tok3n']);
    });
  });

  describe('when the helper has no login for the registry', () => {
    it('means anonymous, as in docker, without falling back to auths', async () => {
      const { result } = await lookup({ credsStore: 'none', auths: { 'r.io': { auth: b64('file:pw') } } }, 'r.io');
      expect(result).toBeUndefined();
    });
  });

  describe('when no helper is configured', () => {
    it('reads auths and masks the password', async () => {
      const { result, masked } = await lookup({ auths: { 'r.io': { auth: b64('file:pw-from-file') } } }, 'r.io');
      expect(result).toEqual({ username: 'file', password: 'pw-from-file' });
      expect(masked).toEqual(['pw-from-file']);
    });
  });

  describe('when the helper cannot give the login', () => {
    it.each<[string, string, RegExp]>([
      ['missing', 'INPUT', /credsStore in .*config\.json names the credential helper "missing", but docker-credential-missing is not on PATH/],
      ['broken', 'COMMAND', /docker-credential-broken \(credsStore in .*\) failed to get the login for r\.io \(exit code 3\): error: the keychain is locked/],
      ['leaky', 'COMMAND', /docker-credential-leaky .* failed to get the login for r\.io \(exit code 1\); fix the helper/],
      ['garbled', 'COMMAND', /docker-credential-garbled .* printed something that is not its JSON answer .* \(not shown: it may hold the secret\)/],
    ])('names the helper (%s) with a %s error, printing no secret', async (name, code, message) => {
      const { result } = await lookup({ credsStore: name }, 'r.io');
      expect(result).toMatchObject({ code, message: expect.stringMatching(message) });
      expect((result as Error).message).not.toMatch(/s3cret/);
    });

    it('stops waiting for a helper that hangs', async () => {
      const { result } = await lookup({ credsStore: 'slow' }, 'r.io', { helperTimeoutMs: 200 });
      expect(result).toMatchObject({ code: 'COMMAND', message: expect.stringMatching(/docker-credential-slow .* did not answer within/) });
    });

    it("says so when the command's deadline stopped the helper", async () => {
      const note = 'timed out after 1 s (the timeout input)';
      const { result } = await lookup({ credsStore: 'slow' }, 'r.io', { helperTimeoutMs: 200, helperTimeoutNote: note });
      expect(result).toMatchObject({
        code: 'COMMAND',
        message: expect.stringMatching(/^timed out after 1 s \(the timeout input\) while running credential helper docker-credential-slow .* for r\.io, which was stopped$/),
      });
    });
  });
});
