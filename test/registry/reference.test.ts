import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { parseReference, parseTaggedReference } from '../../src/registry/reference.ts';

describe('#parseReference', () => {
  it.each([
    ['alpine:3', 'docker.io', 'library/alpine', '3', 'docker.io/library/alpine'],
    ['user/app:v1', 'docker.io', 'user/app', 'v1', 'docker.io/user/app'],
    ['docker.io/alpine:3', 'docker.io', 'library/alpine', '3', 'docker.io/library/alpine'],
    ['myacr.azurecr.io/team/app:1.0', 'myacr.azurecr.io', 'team/app', '1.0', 'myacr.azurecr.io/team/app'],
    ['127.0.0.1:5000/test/app:latest', '127.0.0.1:5000', 'test/app', 'latest', '127.0.0.1:5000/test/app'],
    ['localhost/app:x', 'localhost', 'app', 'x', 'localhost/app'],
    ['us.icr.io/ns/app', 'us.icr.io', 'ns/app', undefined, 'us.icr.io/ns/app'],
  ])('%s', (text, registry, repository, tag, gun) => {
    expect(parseReference(text)).toMatchObject({ registry, repository, tag, gun });
  });

  it('reads a pinned digest next to a tag', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(parseReference(`r.io/app:v1@${d}`)).toMatchObject({ tag: 'v1', digest: d, gun: 'r.io/app' });
  });

  it.each([[''], ['r.io/App:v1'], ['r.io/app:bad tag'], ['r.io/app@sha256:xyz'], ['r.io/app:-x']])(
    'refuses %j naming the input',
    (text) => {
      expect(() => parseReference(text, 'tags')).toThrow(InputError);
      expect(() => parseReference(text, 'tags')).toThrow(/^tags: /);
    },
  );
});

describe('#parseTaggedReference', () => {
  it('explains that a tag is needed', () => {
    expect(() => parseTaggedReference('r.io/app')).toThrow(/has no tag.*r\.io\/app:<tag>/);
  });
});
