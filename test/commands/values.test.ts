// readInputs: how every platform's inputs are read, the same way, through a
// fake InputReader that holds the values by input name and records its calls.

import { describe, expect, it, test } from 'vitest';
import type { AnyCommandSpec, CommandInput, InputValue, Login, Rule } from '../../src/commands/spec.ts';
import { defineCommand } from '../../src/commands/spec.ts';
import { type InputReader, inWords, readInputs } from '../../src/commands/values.ts';
import { InputError } from '../../src/errors.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { parseReference } from '../../src/registry/reference.ts';

type Given = Readonly<Record<string, InputValue>>;

/** Hands out `given` by input name; every message names an input as `<name>`. */
class FakeReader implements InputReader {
  readonly calls: string[] = [];
  readonly passphrases: Record<string, string | undefined> = {};
  readonly #given: Given;
  readonly #login: Login | undefined;
  /** Inputs whose value the environment gave. */
  readonly #fromEnv: ReadonlySet<string>;

  constructor(given: Given = {}, login?: Login, fromEnv: readonly string[] = []) {
    this.#given = given;
    this.#login = login;
    this.#fromEnv = new Set(fromEnv);
  }

  fromEnvironment(input: CommandInput) {
    return this.#fromEnv.has(input.name);
  }

  #read<T>(kind: string, input: CommandInput): T {
    this.calls.push(`${kind} ${input.name}`);
    return this.#given[input.name] as T;
  }

  text(input: CommandInput) {
    return this.#read<string | undefined>('text', input);
  }

  list(input: CommandInput) {
    return this.#read<string[] | undefined>('list', input) ?? [];
  }

  boolean(input: CommandInput) {
    return this.#read<boolean | undefined>('boolean', input);
  }

  secret(input: CommandInput) {
    return this.#read<string | undefined>('secret', input);
  }

  key(input: CommandInput, passphrase: CommandInput | undefined) {
    this.passphrases[input.name] = passphrase?.name;
    return this.#read<KeyInput | undefined>('key', input);
  }

  async login(input: CommandInput) {
    this.calls.push(`login ${input.name}`);
    return this.#login;
  }

  name(input: string) {
    return `<${input}>`;
  }
}

function input(name: string, kind: CommandInput['kind'], own: Partial<CommandInput> = {}): CommandInput {
  return { name, kind, help: name, description: name, group: 'G', task: { label: name }, ...own };
}

function spec(inputs: CommandInput[], rules: Rule[] = []): AnyCommandSpec {
  return defineCommand<undefined, string>({
    name: 'test',
    summary: 'test',
    help: { usage: '', about: '', examples: '', exitCodes: [] },
    inputs,
    rules,
    options: () => undefined,
    operation: () => Promise.reject(new Error('not run')),
    outputs: [],
    json: { help: 'JSON', value: (r) => r },
    text: () => '',
    done: () => '',
  });
}

/** The InputError readInputs throws; fails the test if it throws none. */
async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

const KEY: KeyInput = { text: 'key text', input: 'k', passphraseInput: 'kp' };

describe('#inWords', () => {
  it("names each {input} the platform's way, leaving other braces alone", () => {
    expect(inWords('give {signer-key} or {root-key}, not {Both}', (n) => `--${n}`)).toBe('give --signer-key or --root-key, not {Both}');
  });
});

describe('#readInputs', () => {
  describe('when a required input is missing', () => {
    test.each([
      ['a string', input('name', 'string', { required: 'name it with {name}' }), undefined],
      ['an empty string', input('name', 'string', { required: 'name it with {name}' }), ''],
      ['a list', input('name', 'list', { required: 'name it with {name}' }), []],
      ['a key', input('name', 'key', { required: 'name it with {name}' }), undefined],
    ])('names %s and gives its fix in the platform words', async (_, field, value) => {
      const err = await inputError(readInputs(spec([field]), new FakeReader({ name: value })));
      expect(err.input).toBe('name');
      expect(err.message).toBe('name: name it with <name>');
    });

    it('takes false for an answer from a required boolean', async () => {
      const values = await readInputs(spec([input('flag', 'boolean', { required: 'set {flag}' })]), new FakeReader({ flag: false }));
      expect(values.boolean('flag')).toBe(false);
    });
  });

  describe('when an input has a default', () => {
    test.each([
      [undefined, 'fallback'],
      ['given', 'given'],
    ])('gives %j as %j', async (value, expected) => {
      const values = await readInputs(spec([input('s', 'string', { default: 'fallback' })]), new FakeReader({ s: value }));
      expect(values.string('s')).toBe(expected);
    });

    test.each([
      [undefined, undefined, false],
      [undefined, true, true],
      [false, true, false],
      [true, false, true],
    ])('gives boolean %j with default %j as %j', async (value, fallback, expected) => {
      const field = input('b', 'boolean', fallback === undefined ? {} : { default: fallback });
      expect((await readInputs(spec([field]), new FakeReader({ b: value }))).boolean('b')).toBe(expected);
    });
  });

  describe('when an input has choices', () => {
    const policy = input('policy', 'enum', { choices: ['any', 'all'], default: 'any' });

    test.each([
      [undefined, 'any'],
      ['all', 'all'],
      [' all ', 'all'],
    ])('gives %j as %j', async (value, expected) => {
      expect((await readInputs(spec([policy]), new FakeReader({ policy: value }))).string('policy')).toBe(expected);
    });

    it('refuses any other value, naming the choices', async () => {
      const err = await inputError(readInputs(spec([policy]), new FakeReader({ policy: ' most ' })));
      expect(err).toMatchObject({ input: 'policy', message: 'policy: "most" is not one of any, all' });
    });
  });

  describe('when an input has a parse', () => {
    const calls: [string, string][] = [];
    const parse = (value: string, name: string) => {
      calls.push([value, name]);
      if (value === 'bad') throw new InputError(name, 'bad value');
      return value.toUpperCase();
    };

    it('parses each item of a list, naming the input, and keeps what it gave', async () => {
      calls.length = 0;
      const values = await readInputs(spec([input('items', 'list', { parse })]), new FakeReader({ items: ['a', 'b'] }));
      expect(calls).toEqual([
        ['a', 'items'],
        ['b', 'items'],
      ]);
      expect(values.parsed('items')).toEqual(['A', 'B']);
      expect(values.list('items')).toEqual(['a', 'b']);
    });

    it('parses a string once', async () => {
      const values = await readInputs(spec([input('one', 'string', { parse })]), new FakeReader({ one: 'x' }));
      expect(values.parsed('one')).toBe('X');
      expect(values.string('one')).toBe('x');
    });

    it('does not parse what is not given', async () => {
      calls.length = 0;
      const values = await readInputs(spec([input('one', 'string', { parse }), input('items', 'list', { parse })]), new FakeReader({}));
      expect(calls).toEqual([]);
      expect(values.parsed('one')).toBeUndefined();
    });

    it("lets the parse's error through", async () => {
      const err = await inputError(readInputs(spec([input('items', 'list', { parse })]), new FakeReader({ items: ['ok', 'bad'] })));
      expect(err).toMatchObject({ input: 'items', message: 'items: bad value' });
    });
  });

  describe('when an input applies only when another has a value', () => {
    const inputs = [
      input('role', 'enum', { choices: ['signer', 'targets'] }),
      input('name', 'string', { when: { input: 'role', equals: 'signer' }, required: 'name the signer', parse: (v) => `parsed ${v}` }),
    ];

    it('reads, checks and parses it when the other input equals', async () => {
      const values = await readInputs(spec(inputs), new FakeReader({ role: ' signer ', name: 'alice' }));
      expect(values.string('name')).toBe('alice');
      expect(values.parsed('name')).toBe('parsed alice');
    });

    it('ignores it otherwise: no value, no required check, no parse', async () => {
      const values = await readInputs(spec(inputs), new FakeReader({ role: 'targets', name: 'alice' }));
      expect(values.string('name')).toBeUndefined();
      expect(values.parsed('name')).toBeUndefined();
      await expect(readInputs(spec(inputs), new FakeReader({ role: 'targets' }))).resolves.toBeDefined();
    });

    it('checks it when it applies', async () => {
      const err = await inputError(readInputs(spec(inputs), new FakeReader({ role: 'signer' })));
      expect(err.input).toBe('name');
    });

    it('does not read it otherwise, so a key that cannot be read does not fail the run', async () => {
      const withKey = [...inputs, input('key', 'key', { when: { input: 'role', equals: 'signer' } })];
      const reader = new FakeReader({ role: 'targets', key: KEY });
      await readInputs(spec(withKey), reader);
      expect(reader.calls.filter((c) => c.endsWith(' key') || c.endsWith(' name'))).toEqual([]);
    });
  });

  describe('when the spec has rules', () => {
    const together: Rule = { kind: 'together', inputs: ['root', 'repo'], message: 'give {root} and {repo}, or neither' };
    const oneOf: Rule = { kind: 'one-of', inputs: ['a', 'b'], message: 'give {a} or {b}' };
    const single: Rule = { kind: 'single', input: 'refs', message: 'one, not {count}' };
    const keys = [input('root', 'key'), input('repo', 'key')];

    test.each([
      [{ root: KEY }, 'repo'],
      [{ repo: KEY }, 'root'],
    ])('together: %j is refused, naming %s', async (given, missing) => {
      const err = await inputError(readInputs(spec(keys, [together]), new FakeReader(given)));
      expect(err).toMatchObject({ input: missing, message: `${missing}: give <root> and <repo>, or neither` });
    });

    test.each([[{}], [{ root: KEY, repo: KEY }]])('together: %j is fine', async (given) => {
      await expect(readInputs(spec(keys, [together]), new FakeReader(given))).resolves.toBeDefined();
    });

    test.each([
      [{}, false],
      [{ a: 'x' }, true],
      [{ b: true }, true],
      [{ a: '', b: false }, false],
    ])('one-of: %j holds: %s', async (given, holds) => {
      const run = readInputs(spec([input('a', 'string'), input('b', 'boolean')], [oneOf]), new FakeReader(given));
      if (holds) await expect(run).resolves.toBeDefined();
      else expect(await inputError(run)).toMatchObject({ input: 'a', message: 'a: give <a> or <b>' });
    });

    test.each([
      [['r'], undefined],
      [['r', 's', 't'], 'refs: one, not 3'],
    ])('single: %j gives %j', async (refs, message) => {
      const run = readInputs(spec([input('refs', 'list')], [single]), new FakeReader({ refs }));
      if (message === undefined) await expect(run).resolves.toBeDefined();
      else expect((await inputError(run)).message).toBe(message);
    });
  });

  describe('when the spec has an only-with rule', () => {
    const onlyWith: Rule = {
      kind: 'only-with',
      input: 'formats',
      value: 'dct',
      inputs: ['pin', 'state', 'root', 'strict'],
      message: '{formats} lacks dct: remove {refused}',
    };
    const fields = [
      input('formats', 'list', { choices: ['dct', 'cosign'], default: 'dct' }),
      input('pin', 'string', { parse: (v) => `parsed ${v}` }),
      input('state', 'string'),
      input('root', 'key'),
      input('strict', 'boolean'),
    ];
    const run = (given: Given, fromEnv: string[] = []) => readInputs(spec(fields, [onlyWith]), new FakeReader(given, undefined, fromEnv));

    test.each([
      [{ formats: ['cosign'], pin: 'p' }, 'pin', 'pin: <formats> lacks dct: remove the pin input'],
      [{ formats: ['cosign'], state: 's', root: KEY }, 'state', 'state: <formats> lacks dct: remove the state and root inputs'],
      [{ formats: ['cosign'], strict: true, pin: 'p' }, 'pin', 'pin: <formats> lacks dct: remove the pin and strict inputs'],
    ])('refuses %j, naming %s and every other given', async (given, first, message) => {
      expect(await inputError(run(given))).toMatchObject({ input: first, message });
    });

    it('refuses before parsing, so the input is named as not applying rather than as malformed', async () => {
      const bad: Rule = { ...onlyWith, inputs: ['pin'] };
      const failing = [fields[0]!, input('pin', 'string', { parse: () => { throw new Error('parsed'); } })];
      const err = await inputError(readInputs(spec(failing, [bad]), new FakeReader({ formats: ['cosign'], pin: 'p' })));
      expect(err.message).toBe('pin: <formats> lacks dct: remove the pin input');
    });

    it('ignores what the environment gave, as if not given, and parses none of it', async () => {
      const values = await run({ formats: ['cosign'], pin: 'p', state: 's', strict: true, root: KEY }, ['pin', 'state', 'strict', 'root']);
      expect([values.string('pin'), values.parsed('pin'), values.string('state'), values.boolean('strict'), values.key('root')]).toEqual([
        undefined,
        undefined,
        undefined,
        false,
        undefined,
      ]);
    });

    test.each([[['dct']], [['cosign', 'dct']], [['cosign', 'dct', 'cosign']], [undefined]])('takes them all with formats %j', async (formats) => {
      const values = await run({ formats, pin: 'p', state: 's', strict: true, root: KEY }, ['state']);
      expect([values.parsed('pin'), values.string('state'), values.boolean('strict'), values.key('root')]).toEqual(['parsed p', 's', true, KEY]);
    });

    it('names a format that is not one, before anything it would refuse', async () => {
      expect(await inputError(run({ formats: ['cosgin'], pin: 'p' }))).toMatchObject({ input: 'formats', message: 'formats: "cosgin" is not one of dct, cosign' });
    });
  });

  describe('when a list has a default and choices', () => {
    const formats = input('formats', 'list', { choices: ['dct', 'cosign'], default: 'dct' });

    test.each([
      [undefined, ['dct']],
      [[], ['dct']],
      [['cosign'], ['cosign']],
    ])('gives %j as %j', async (given, expected) => {
      expect((await readInputs(spec([formats]), new FakeReader({ formats: given }))).list('formats')).toEqual(expected);
    });

    it('refuses an item that is no choice, naming the input and the choices', async () => {
      expect((await inputError(readInputs(spec([formats]), new FakeReader({ formats: ['dct', 'notation'] })))).message).toBe(
        'formats: "notation" is not one of dct, cosign',
      );
    });
  });

  describe('when the spec takes secrets, keys and a login', () => {
    const inputs = [
      input('tags', 'list', { required: 'give tags' }),
      input('name', 'string'),
      input('signer-key', 'key'),
      input('signer-key-passphrase', 'secret'),
      input('root-key', 'key'),
      input('push', 'boolean'),
      input('login', 'login'),
    ];

    it('reads secrets and keys first, then the rest in order, the login last', async () => {
      const reader = new FakeReader({ tags: ['r'] }, { username: 'u', password: 'p' });
      const values = await readInputs(spec(inputs), reader);
      expect(reader.calls).toEqual([
        'key signer-key',
        'secret signer-key-passphrase',
        'key root-key',
        'list tags',
        'text name',
        'boolean push',
        'login login',
      ]);
      expect(values.login()).toEqual({ username: 'u', password: 'p' });
    });

    it('reads the secrets even when a later input is wrong, and not the login', async () => {
      const reader = new FakeReader({});
      await inputError(readInputs(spec(inputs), reader));
      expect(reader.calls).toContain('secret signer-key-passphrase');
      expect(reader.calls).not.toContain('login login');
    });

    it('hands each key its passphrase input, if the spec has one', async () => {
      const reader = new FakeReader({ tags: ['r'] });
      await readInputs(spec(inputs), reader);
      expect(reader.passphrases).toEqual({ 'signer-key': 'signer-key-passphrase', 'root-key': undefined });
    });
  });

  describe('when the login is for one registry', () => {
    const inputs = [input('tags', 'list', { parse: (v) => parseReference(v) }), input('login', 'login')];
    const login = (registry?: string): Login => ({ username: 'u', password: 'p', ...(registry ? { registry } : {}) });

    it('takes references in that registry', async () => {
      const values = await readInputs(spec(inputs), new FakeReader({ tags: ['myacr.azurecr.io/app:1', 'MYACR.azurecr.io/app:2'] }, login('myacr.azurecr.io')));
      expect(values.login()).toEqual(login('myacr.azurecr.io'));
    });

    it('refuses a reference in another, naming both', async () => {
      const err = await inputError(readInputs(spec(inputs), new FakeReader({ tags: ['myacr.azurecr.io/app:1', 'other.io/app:1'] }, login('myacr.azurecr.io'))));
      expect(err.input).toBe('tags');
      expect(err.message).toBe(
        'tags: other.io/app:1 is in other.io, but <login> is for myacr.azurecr.io; its credentials are only sent there, so run once for each registry',
      );
    });

    it('checks nothing for a login that names no registry', async () => {
      await expect(readInputs(spec(inputs), new FakeReader({ tags: ['a.io/x:1', 'b.io/y:1'] }, login()))).resolves.toBeDefined();
    });
  });

  describe('when the values are asked for', () => {
    it('gives each kind only as what it is', async () => {
      const inputs = [input('s', 'string'), input('blank', 'string'), input('l', 'list'), input('b', 'boolean'), input('k', 'key'), input('t', 'string')];
      const values = await readInputs(spec(inputs), new FakeReader({ s: 'v', blank: '  ', l: ['x'], b: true, k: KEY, t: 'text' }));
      expect([values.string('s'), values.string('blank'), values.string('l'), values.string('missing')]).toEqual(['v', undefined, undefined, undefined]);
      expect([values.list('l'), values.list('s')]).toEqual([['x'], []]);
      expect([values.boolean('b'), values.boolean('s')]).toEqual([true, false]);
      expect([values.key('k'), values.key('t'), values.key('l')]).toEqual([KEY, undefined, undefined]);
      expect(values.login()).toBeUndefined();
    });

    it('gives a copy of a list', async () => {
      const values = await readInputs(spec([input('l', 'list')]), new FakeReader({ l: ['x'] }));
      values.list('l').push('y');
      expect(values.list('l')).toEqual(['x']);
    });
  });
});
