// docker's orders for trust inspect: fvbommel/sortorder's natural order for
// tags and signers, Go's bytewise order for key IDs and digests.

import { describe, expect, it } from 'vitest';
import { byteCompare, naturalCompare, naturalLess, roleCompare } from '../../src/operations/sort-order.ts';

describe('#naturalLess', () => {
  it.each([
    ['abc2', 'abc12', true],
    ['abc12', 'abc2', false],
    ['2', '02', true],
    ['02', '2', false],
    ['1', 'a', true],
    ['a', 'a0', true],
    ['v1.2', 'v1.10', true],
    ['latest', 'v1', true],
    ['B', 'a', true],
    ['same', 'same', false],
  ])('%s < %s is %s', (a, b, less) => {
    expect(naturalLess(a, b)).toBe(less);
  });
});

describe('#naturalCompare', () => {
  it('sorts as docker lists tags: digit runs as numbers', () => {
    expect(['v10', 'v9', 'latest', 'v1.10', 'v1.2'].sort(naturalCompare)).toEqual(['latest', 'v1.2', 'v1.10', 'v9', 'v10']);
  });

  it('gives 0 only for equal strings', () => {
    expect(naturalCompare('a1', 'a1')).toBe(0);
    expect(naturalCompare('a01', 'a1')).toBe(1);
  });
});

describe('#byteCompare', () => {
  it("orders by bytes, as Go's strings do: uppercase before lowercase, UTF-8 after ASCII", () => {
    expect(['b', 'é', 'B', 'a10', 'a9'].sort(byteCompare)).toEqual(['B', 'a10', 'a9', 'b', 'é']);
  });
});

describe('#roleCompare', () => {
  describe('when given role names', () => {
    it('puts targets, then targets/releases, then the delegations in bytewise order', () => {
      expect(['targets/zed', 'targets/ci10', 'targets/releases', 'targets/ci9', 'targets', 'targets/Bob'].sort(roleCompare)).toEqual([
        'targets',
        'targets/releases',
        'targets/Bob',
        'targets/ci10',
        'targets/ci9',
        'targets/zed',
      ]);
    });
  });

  describe('when given signer names', () => {
    it("sorts them as docker trust inspect --pretty lists a tag's signers (sort.Strings)", () => {
      expect(['zed', 'ci10', 'ci9', 'Bob'].sort(roleCompare)).toEqual(['Bob', 'ci10', 'ci9', 'zed']);
    });
  });
});
