// The registry of commands, and what every spec in it must hold to: inputs
// from the catalogue, keys with their passphrases, rules and placeholders
// that name inputs the spec has.

import { describe, expect, it, test } from 'vitest';
import { INPUTS } from '../../src/commands/inputs.ts';
import { COMMAND_NAMES, COMMANDS, DEFAULT_COMMAND, findCommand } from '../../src/commands/registry.ts';
import type { CommandInput, Rule } from '../../src/commands/spec.ts';

const CATALOGUE: Readonly<Record<string, { readonly kind: string }>> = INPUTS;
// {count} and {refused} are filled in by the rule itself, not with an input's name.
const placeholders = (text: string) => [...text.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!).filter((n) => n !== 'count' && n !== 'refused');
const ruleInputs = (rule: Rule) => (rule.kind === 'single' ? [rule.input] : rule.kind === 'only-with' ? [rule.input, ...rule.inputs] : [...rule.inputs]);

describe('COMMANDS', () => {
  it('are the eleven commands, in the order every list shows them', () => {
    expect(COMMAND_NAMES).toEqual(['sign', 'inspect', 'verify', 'revoke', 'signer-add', 'signer-remove', 'key-generate', 'certificate', 'rotate-key', 'refresh', 'migrate']);
  });

  it('have unique names, and sign is the default', () => {
    expect(new Set(COMMAND_NAMES).size).toBe(COMMANDS.length);
    expect(DEFAULT_COMMAND).toBe('sign');
  });

  describe.each(COMMANDS.map((c) => [c.name, c] as const))('%s', (_, spec) => {
    const inputs: readonly CommandInput[] = spec.inputs;
    const names = inputs.map((i) => i.name);

    it('takes each input once, from the catalogue, of its kind', () => {
      expect(new Set(names).size).toBe(names.length);
      for (const input of inputs) {
        expect(CATALOGUE[input.name], input.name).toBeDefined();
        expect(input.kind, input.name).toBe(CATALOGUE[input.name]!.kind);
      }
    });

    it('takes the passphrase of every key it takes', () => {
      for (const key of inputs.filter((i) => i.kind === 'key')) expect(names).toContain(`${key.name}-passphrase`);
    });

    it('has at most one operand', () => {
      expect(inputs.filter((i) => i.operand !== undefined).length).toBeLessThanOrEqual(1);
    });

    it('names only its own inputs in rules, conditions and messages', () => {
      for (const rule of spec.rules ?? []) {
        for (const name of [...ruleInputs(rule), ...placeholders(rule.message)]) expect(names, rule.message).toContain(name);
      }
      for (const input of inputs) {
        if (input.when) expect(names, `${input.name} when`).toContain(input.when.input);
        for (const name of placeholders(input.required ?? '')) expect(names, input.required).toContain(name);
      }
    });

    it('gives each output a kebab-case name once', () => {
      const outputs = spec.outputs.map((o: { name: string }) => o.name);
      expect(new Set(outputs).size).toBe(outputs.length);
      for (const name of outputs) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    });
  });
});

describe('#findCommand', () => {
  test.each(COMMAND_NAMES.map((n) => [n]))('finds %s', (name) => {
    expect(findCommand(name)?.name).toBe(name);
  });

  test.each([['help'], ['Sign'], ['']])('finds nothing for %j', (name) => {
    expect(findCommand(name)).toBeUndefined();
  });
});
