// Tests for src/registry/challenge.ts (named auth-* to sit with the auth tests).
import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/registry/challenge.ts';

describe('parseChallenges', () => {
  it.each([
    [
      'a registry Bearer challenge',
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/alpine:pull',
          },
        },
      ],
    ],
    [
      "notary-server's challenge with commas and spaces inside quotes",
      'Bearer realm="https://t/auth",service="notary",scope="repository:a/b:push,pull repository:a/b:*",error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://t/auth',
            service: 'notary',
            scope: 'repository:a/b:push,pull repository:a/b:*',
            error: 'insufficient_scope',
          },
        },
      ],
    ],
    [
      'spaces around = and after commas, upper-case names',
      'BEARER Realm = "r" ,  Service=svc',
      [{ scheme: 'bearer', params: { realm: 'r', service: 'svc' } }],
    ],
    [
      'escaped quotes and backslashes',
      'Bearer realm="a\\"b\\\\c",service="s"',
      [{ scheme: 'bearer', params: { realm: 'a"b\\c', service: 's' } }],
    ],
    [
      'two challenges on one line',
      'Basic realm="reg", Bearer realm="https://t/token",service="s"',
      [
        { scheme: 'basic', params: { realm: 'reg' } },
        { scheme: 'bearer', params: { realm: 'https://t/token', service: 's' } },
      ],
    ],
    ['a scheme without parameters', 'Negotiate', [{ scheme: 'negotiate', params: {} }]],
    [
      'an unterminated quote keeps what came before',
      'Bearer service="s",realm="https://t',
      [{ scheme: 'bearer', params: { service: 's' } }],
    ],
    ['an empty header', '', []],
  ])('parses %s', (_label, header, expected) => {
    expect(parseChallenges([header])).toEqual(expected);
  });

  it('collects challenges from several header lines in order', () => {
    expect(parseChallenges(['Basic realm="x"', 'Bearer realm="y"']).map((c) => c.scheme)).toEqual([
      'basic',
      'bearer',
    ]);
  });
});
