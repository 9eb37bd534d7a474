import { describe, expect, it } from 'vitest';
import { DelegatedRole, isDelegationName, pathAllowed, restrictPaths } from '../../src/tuf/role.ts';

describe('#isDelegationName', () => {
  it.each([
    ['targets/releases', true],
    ['targets/alice', true],
    ['targets/a/b', true],
    ['targets/ci-bot_2', true],
    ['targets', false],
    ['targets/', false],
    ['targets/Alice', false],
    ['targets/a//b', false],
    ['targets/../root', false],
    ['targets/a/', false],
    ['snapshot/x', false],
    [`targets/${'a'.repeat(250)}`, false],
  ])('%s → %s', (name, expected) => {
    expect(isDelegationName(name)).toBe(expected);
  });
});

describe('#pathAllowed', () => {
  it('matches by prefix, and "" admits every path', () => {
    expect(pathAllowed('v1.2', [''])).toBe(true);
    expect(pathAllowed('v1.2', ['v1'])).toBe(true);
    expect(pathAllowed('latest', ['v1'])).toBe(false);
    expect(pathAllowed('latest', [])).toBe(false);
  });
});

describe('#restrictPaths', () => {
  it('keeps only child paths under a parent path', () => {
    expect(restrictPaths(['v1'], ['v1.2', 'v2', ''])).toEqual(['v1.2']);
  });
});

describe('DelegatedRole#toJSON', () => {
  it('leaves out empty paths, as Go omitempty does', () => {
    const role = new DelegatedRole({ name: 'targets/a', keyids: ['k'], threshold: 1, paths: [] });
    expect(role.toJSON()).toEqual({ keyids: ['k'], name: 'targets/a', threshold: 1 });
  });
});
