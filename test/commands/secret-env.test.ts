// The environment an operation and its children get: the caller's, without
// the variables that hold secrets, named once in the catalogue and by each
// platform.

import { describe, expect, it, test } from 'vitest';
import { SECRET_ENV_NAMES, withoutSecrets } from '../../src/commands/secret-env.ts';

/** Every environment fallback of a key, passphrase or password input today. */
const CATALOGUE_SECRETS = [
  'DCT_SIGNER_KEY',
  'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
  'NOTARY_DELEGATION_PASSPHRASE',
  'NOTARY_TARGETS_PASSPHRASE',
  'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
  'NOTARY_ROOT_PASSPHRASE',
  'COSIGN_PASSWORD',
  'DCT_NOTATION_KEY_PASSPHRASE',
];

const KEPT = {
  PATH: '/usr/bin',
  HOME: '/home/ci',
  DOCKER_CONFIG: '/home/ci/.docker',
  DOCKER_HOST: 'unix:///run/docker.sock',
  HTTPS_PROXY: 'http://proxy:3128',
  DCT_TRUST_STATE: '/var/dct/state.json',
  DOCKER_CONTENT_TRUST_SERVER: 'https://notary.example.com',
  INPUT_TAGS: 'r.io/app:1',
};

describe('SECRET_ENV_NAMES', () => {
  it("holds every secret input's environment fallback", () => {
    expect([...SECRET_ENV_NAMES].sort()).toEqual([...CATALOGUE_SECRETS].sort());
  });
});

describe('#withoutSecrets', () => {
  describe('when the environment holds the catalogue secrets', () => {
    test.each(CATALOGUE_SECRETS)('leaves out %s', (name) => {
      expect(withoutSecrets({ ...KEPT, [name]: 'secret' })).toEqual(KEPT);
    });

    it('leaves them out in lower case too', () => {
      expect(withoutSecrets({ ...KEPT, dct_signer_key: 'secret' })).toEqual(KEPT);
    });
  });

  describe("when the environment holds the platform's secret variables", () => {
    const platform = { names: ['INPUT_SIGNER-KEY', 'INPUT_PASSWORD'], prefixes: ['ENDPOINT_AUTH_', 'SECRET_'] };

    test.each(['INPUT_SIGNER-KEY', 'INPUT_PASSWORD', 'ENDPOINT_AUTH_PARAMETER_ID_PASSWORD', 'ENDPOINT_AUTH_ID', 'SECRET_REGISTRY_TOKEN'])(
      'leaves out %s',
      (name) => {
        expect(withoutSecrets({ ...KEPT, [name]: 'secret' }, platform)).toEqual(KEPT);
      },
    );
  });

  it('changes nothing else, nor the environment it was given', () => {
    const env = { ...KEPT, DCT_SIGNER_KEY: 'secret' };
    withoutSecrets(env);
    expect(env.DCT_SIGNER_KEY).toBe('secret');
  });
});
