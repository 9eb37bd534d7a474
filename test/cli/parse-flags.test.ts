// The command line as parseArgs would not read it: PEM text after a flag is
// its value, though it starts with dashes; a boolean flag given both ways is
// a conflict.

import { describe, expect, it, test } from 'vitest';
import { allFlags } from '../../src/cli/flags.ts';
import { parseFlags } from '../../src/cli/parse-flags.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { findCommand } from '../../src/commands/registry.ts';
import { ALICE_KEY, ALICE_PUB, REF } from './support.ts';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function parse(command: string, args: readonly string[]) {
  return parseFlags(args, allFlags(findCommand(command)!), command);
}

function usageError(command: string, args: readonly string[]): UsageError {
  try {
    parse(command, args);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('no usage error');
}

describe('#parseFlags', () => {
  describe('when a flag that takes PEM text is given it as the next argument', () => {
    test.each([
      ['sign', 'signer-key', ALICE_KEY],
      ['sign', 'root-key', ALICE_KEY],
      ['sign', 'repository-key', ALICE_KEY],
      ['rotate-key', 'new-root-key', ALICE_KEY],
      ['rotate-key', 'new-repository-key', ALICE_KEY],
      ['signer-add', 'signer-public-key', ALICE_PUB],
      ['inspect', 'trust-pin', CERT],
      ['inspect', 'trust-server-ca', CERT],
      ['inspect', 'registry-ca', CERT],
    ])('%s --%s "$PEM" takes the PEM as the value', (command, flag, pem) => {
      const { values, positionals } = parse(command, [`--${flag}`, pem, REF]);
      const value = values[flag];
      expect(Array.isArray(value) ? value : [value]).toEqual([pem]);
      expect(positionals).toEqual([REF]);
    });

    it('still refuses a flag as a value', () => {
      expect(usageError('sign', ['--signer-key', '--push', REF]).message).toMatch(/^--signer-key: needs a value/);
    });

    it('leaves what follows -- alone', () => {
      expect(parse('inspect', ['--', '--trust-pin', CERT]).positionals).toEqual(['--trust-pin', CERT]);
    });
  });

  describe('when a boolean flag is given both ways', () => {
    test.each([
      ['sign', ['--push', '--no-push', REF], 'push'],
      ['sign', ['--no-push', REF, '--push'], 'push'],
      ['verify', ['--require-pin', '--no-require-pin', REF], 'require-pin'],
      ['revoke', ['--all', '--no-all', REF], 'all'],
      ['inspect', ['--verbose', '--no-verbose', REF], 'verbose'],
    ])('%s %j is a usage error naming both', (command, args, flag) => {
      const err = usageError(command, args);
      expect(err.message).toBe(`--${flag}: given with --no-${flag}; give one of --${flag} and --no-${flag}`);
      expect(err.command).toBe(command);
    });

    test.each([
      ['sign', ['--push', '--push', REF], true],
      ['sign', ['--no-push', '--no-push', REF], false],
    ])('%s %j, the same way twice, is no conflict', (command, args, value) => {
      expect(parse(command, args).values.push).toBe(value);
    });
  });
});
