import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { checkCredentialInputs } from '../../src/operations/connections.ts';
import { parseReference } from '../../src/registry/reference.ts';

describe('#checkCredentialInputs', () => {
  const refs = (...texts: string[]) => texts.map((t) => parseReference(t));

  it('accepts username and password for references in one registry', () => {
    expect(() => checkCredentialInputs({ username: 'u', password: 'p' }, refs('r.io/a:1', 'r.io/b:2'))).not.toThrow();
  });

  it('refuses to offer them to a second registry', () => {
    expect(() => checkCredentialInputs({ username: 'u', password: 'p' }, refs('ghcr.io/o/a:1', 'docker.io/o/a:1'))).toThrow(
      InputError,
    );
  });

  it('lets docker config logins serve several registries', () => {
    expect(() => checkCredentialInputs({}, refs('ghcr.io/o/a:1', 'docker.io/o/a:1'))).not.toThrow();
  });
});
