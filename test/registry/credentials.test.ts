import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { credentialsFromConfig } from '../../src/registry/credentials.ts';

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
