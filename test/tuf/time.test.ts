import { describe, expect, it } from 'vitest';
import { VerificationError } from '../../src/errors.ts';
import { expiryFrom, formatGoTime, parseGoTime, YEAR } from '../../src/tuf/time.ts';

describe('#formatGoTime', () => {
  it('writes whole-second UTC times with no fraction, as Go does', () => {
    expect(formatGoTime(new Date('2029-11-23T00:21:42.999Z'))).toBe('2029-11-23T00:21:42Z');
  });
});

describe('#parseGoTime', () => {
  it.each([
    ['2029-11-23T00:21:42Z', '2029-11-23T00:21:42.000Z'],
    ['2029-11-22T16:21:42.123456789-08:00', '2029-11-23T00:21:42.123Z'],
    ['2029-11-23T05:51:42.5+05:30', '2029-11-23T00:21:42.500Z'],
  ])('reads %s', (input, iso) => {
    expect(parseGoTime(input, 'targets').toISOString()).toBe(iso);
  });

  it.each([['2029-11-23'], [42], ['2029-11-23T00:21:42']])('refuses %j naming the role', (input) => {
    expect(() => parseGoTime(input, 'targets/releases')).toThrow(VerificationError);
    expect(() => parseGoTime(input, 'targets/releases')).toThrow(/targets\/releases/);
  });
});

describe('#expiryFrom', () => {
  it('adds notary years of 365 days and truncates to the second', () => {
    expect(expiryFrom(new Date('2026-11-23T00:00:00.700Z'), 3 * YEAR).toISOString()).toBe('2029-11-22T00:00:00.000Z');
  });
});
