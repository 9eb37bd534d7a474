import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/azure/plain-text.ts';

describe('#plainText', () => {
  it.each([
    ['tag ##vso[task.setvariable variable=X]evil', 'tag ##_vso[task.setvariable variable=X]evil'],
    ['##VSO[task.complete result=Failed]', '##_vso[task.complete result=Failed]'],
    ['v1.2  sha256:abc  ci', 'v1.2  sha256:abc  ci'],
  ])('neutralizes agent commands in %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
