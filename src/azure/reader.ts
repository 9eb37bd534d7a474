// Reading a command's inputs the task's way. Every secret input of every
// command (the keys, their passphrases, the service connection's password)
// is read first, without task-lib's echo, and masked, whichever command runs
// and whichever inputs the pipeline set, so nothing that follows can print
// one unmasked. A key may also come from its `<key>File` input (a secure
// file's path); the login is the docker-registry service connection. Errors
// name the task's (camelCase) input and the fix.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tl from 'azure-pipelines-task-lib';
import { ALL_INPUTS } from '../commands/inputs.ts';
import type { CommandInput, InputSpec, Login, SecretVariables } from '../commands/spec.ts';
import type { InputReader } from '../commands/values.ts';
import { InputError } from '../errors.ts';
import { splitList, type KeyInput } from '../operations/inputs.ts';
import { readEndpointSecrets, readRegistryConnection, type EndpointSecrets } from './endpoint.ts';
import { mask, readSecret } from './masking.ts';
import { CONNECTION_INPUT, fileInputOf, taskName } from './names.ts';

function readKeyFile(path: string, input: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
    throw new InputError(input, `${path} ${why}; give the path of the key file, e.g. $(signerKey.secureFilePath) of DownloadSecureFile@1`, {
      cause: err,
    });
  }
}

const isSecret = (input: InputSpec) => input.kind === 'key' || input.kind === 'secret';

/** task-lib's variable for an input: INPUT_ and the name with dots and spaces as _, upper-cased. */
const inputVariable = (name: string) => `INPUT_${name.replace(/[. ]/g, '_').toUpperCase()}`;

/**
 * The variables the agent gives secrets in: every secret input of every
 * command (by its name and aliases), the service connections' ENDPOINT_AUTH_*,
 * secret variables' SECRET_* and secure files' tickets. task-lib takes them
 * out of the environment when it loads; children get none of them either way.
 */
export function secretInputVariables(): SecretVariables {
  const names = ALL_INPUTS.filter(isSecret).flatMap((input) => [taskName(input), ...(input.task.aliases ?? [])]);
  return { names: names.map(inputVariable), prefixes: ['ENDPOINT_AUTH_', 'SECRET_', 'SECUREFILE_TICKET_'] };
}

interface Endpoint {
  readonly id: string;
  readonly secrets: EndpointSecrets;
}

export class TaskReader implements InputReader {
  readonly #secrets: ReadonlyMap<string, string | undefined>;
  readonly #endpoint: Endpoint | undefined;

  private constructor(secrets: ReadonlyMap<string, string | undefined>, endpoint: Endpoint | undefined) {
    this.#secrets = secrets;
    this.#endpoint = endpoint;
  }

  /** Reads and masks every secret input, and the connection's secrets, before anything else. */
  static read(): TaskReader {
    const secrets = new Map(ALL_INPUTS.filter(isSecret).map((i) => [i.name, readSecret(() => tl.getInput(taskName(i)))]));
    const id = tl.getInput(CONNECTION_INPUT)?.trim() || undefined;
    return new TaskReader(secrets, id ? { id, secrets: readEndpointSecrets(id) } : undefined);
  }

  /** A plain input's value: the command, say. */
  static plain(name: string): string | undefined {
    return tl.getInput(name)?.trim() || undefined;
  }

  text(input: CommandInput): string | undefined {
    return TaskReader.plain(taskName(input));
  }

  list(input: CommandInput): string[] {
    return splitList(this.text(input));
  }

  boolean(input: CommandInput): boolean | undefined {
    const value = this.text(input)?.toLowerCase();
    if (value === undefined) return undefined;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(taskName(input), `"${value}" is not a boolean; give true or false`);
  }

  secret(input: CommandInput): string | undefined {
    return this.#secrets.get(input.name) || undefined;
  }

  /**
   * A filePath input's value, or undefined when it was left empty: the agent
   * fills an empty filePath input with the sources directory.
   */
  #path(name: string): string | undefined {
    const value = tl.getPathInput(name)?.trim();
    if (!value) return undefined;
    const root = tl.getVariable('Build.SourcesDirectory') || tl.getVariable('System.DefaultWorkingDirectory');
    if (root && resolve(value) === resolve(root)) return undefined;
    return value;
  }

  key(input: CommandInput, passphrase: CommandInput | undefined): KeyInput | undefined {
    const name = taskName(input);
    const fileInput = fileInputOf(input);
    const text = this.#secrets.get(input.name);
    const pass = passphrase ? this.secret(passphrase) : undefined;
    const passphraseInput = passphrase ? taskName(passphrase) : undefined;
    const file = this.#path(fileInput);
    if (file && text?.trim()) throw new InputError(fileInput, `give the key either as ${name} or as ${fileInput}, not both`);
    const key = (value: string, from: string): KeyInput => ({ text: value, input: from, passphraseInput, ...(pass ? { passphrase: pass } : {}) });
    if (file) return key(mask(readKeyFile(file, fileInput)), fileInput);
    const trimmed = text?.trim();
    if (!trimmed) return undefined;
    if (!trimmed.includes('\n') && !trimmed.includes('-----') && existsSync(trimmed)) {
      throw new InputError(name, `${trimmed} is a file; give its path as ${fileInput}, or the key itself (its PEM, or the PEM base64-encoded) as ${name}`);
    }
    return key(text!, name);
  }

  async login(): Promise<Login | undefined> {
    return this.#endpoint ? readRegistryConnection(this.#endpoint.id, this.#endpoint.secrets) : undefined;
  }

  name(input: string): string {
    const spec = ALL_INPUTS.find((i) => i.name === input);
    if (!spec) return input;
    return spec.kind === 'key' ? `${taskName(spec)} or ${fileInputOf(spec)}` : taskName(spec);
  }
}
