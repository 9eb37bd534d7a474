// The task's inputs, read through one object. Every secret input that any
// command takes (the keys, their passphrases, the service connection's
// password) is read first, without task-lib's echo, and masked, whichever
// command runs and whichever inputs the pipeline set, so nothing that follows
// can print one unmasked. Commands then read what they need through the
// accessors, which remember the names asked for: the tests check those
// against task.json. Errors name the task's (camelCase) input and the fix.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tl from 'azure-pipelines-task-lib';
import { InputError } from '../errors.ts';
import { parseRepository } from '../operations/admin-context.ts';
import type { ConnectionOptions } from '../operations/connections.ts';
import { parseTrustPin, pemTextOrFile, splitList, type KeyInput } from '../operations/inputs.ts';
import { trustServerUrl } from '../operations/trust-server-url.ts';
import { parseReference, type ImageReference } from '../registry/reference.ts';
import { CONNECTION_INPUT } from './constants.ts';
import { readEndpointSecrets, readRegistryConnection, type EndpointSecrets, type RegistryConnection } from './endpoint.ts';
import { taskLogger } from './logger.ts';
import { mask, readSecret } from './masking.ts';

/** The private key inputs; each has a passphrase input named `<key>Passphrase`. */
export const KEY_INPUTS = ['signerKey', 'rootKey', 'repositoryKey', 'newRepositoryKey'] as const;
export type KeyInputName = (typeof KEY_INPUTS)[number];
export type SecretInputName = KeyInputName | `${KeyInputName}Passphrase`;
/** Every secret input of every command. */
export const SECRET_INPUTS: readonly SecretInputName[] = KEY_INPUTS.flatMap((k) => [k, `${k}Passphrase` as const]);

function keyInput(text: string | undefined, passphrase: string | undefined, input: string, passphraseInput: string): KeyInput | undefined {
  if (!text?.trim()) return undefined;
  return { text, input, passphraseInput, ...(passphrase ? { passphrase } : {}) };
}

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

interface Endpoint {
  readonly id: string;
  readonly secrets: EndpointSecrets;
}

export class TaskInputs {
  readonly #secrets: ReadonlyMap<string, string | undefined>;
  readonly #endpoint: Endpoint | undefined;
  #connection: { readonly value: RegistryConnection | undefined } | undefined;
  readonly #used = new Set<string>();

  private constructor(secrets: ReadonlyMap<string, string | undefined>, endpoint: Endpoint | undefined) {
    this.#secrets = secrets;
    this.#endpoint = endpoint;
  }

  /** Reads and masks every secret input, and the connection's secrets, before anything else. */
  static read(): TaskInputs {
    const secrets = new Map(SECRET_INPUTS.map((name) => [name, readSecret(() => tl.getInput(name))]));
    const id = tl.getInput(CONNECTION_INPUT)?.trim() || undefined;
    return new TaskInputs(secrets, id ? { id, secrets: readEndpointSecrets(id) } : undefined);
  }

  /** The names of the inputs a command asked for. */
  get used(): ReadonlySet<string> {
    return this.#used;
  }

  string(name: string): string | undefined {
    this.#used.add(name);
    return tl.getInput(name)?.trim() || undefined;
  }

  required(name: string, fix: string): string {
    const value = this.string(name);
    if (value === undefined) throw new InputError(name, fix);
    return value;
  }

  /** A list: one item a line, commas also separate them. */
  list(name: string): string[] {
    return splitList(this.string(name));
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(name, `"${value}" is not a boolean; give true or false`);
  }

  /**
   * A filePath input's value, or undefined when it was left empty: the agent
   * fills an empty filePath input with the sources directory.
   */
  path(name: string): string | undefined {
    this.#used.add(name);
    const value = tl.getPathInput(name)?.trim();
    if (!value) return undefined;
    const root = tl.getVariable('Build.SourcesDirectory') || tl.getVariable('System.DefaultWorkingDirectory');
    if (root && resolve(value) === resolve(root)) return undefined;
    return value;
  }

  /** A secret input, as read (and masked) at the start. */
  secret(name: SecretInputName): string | undefined {
    this.#used.add(name);
    return this.#secrets.get(name);
  }

  /** A private key with its passphrase; the signer key may also come from the file signerKeyFile. */
  key(name: KeyInputName): KeyInput | undefined {
    const passphraseInput = `${name}Passphrase` as const;
    const text = this.secret(name);
    const passphrase = this.secret(passphraseInput);
    const file = name === 'signerKey' ? this.path('signerKeyFile') : undefined;
    if (file && text?.trim()) {
      throw new InputError('signerKeyFile', 'give the signer key either as signerKey or as signerKeyFile, not both');
    }
    if (file) return keyInput(mask(readKeyFile(file, 'signerKeyFile')), passphrase, 'signerKeyFile', passphraseInput);
    const trimmed = text?.trim();
    if (trimmed && !trimmed.includes('\n') && !trimmed.includes('-----') && existsSync(trimmed)) {
      throw new InputError(
        name,
        name === 'signerKey'
          ? `${trimmed} is a file; give its path as signerKeyFile, or the key itself as signerKey`
          : `${trimmed} is a file; give the key itself (its PEM, or the PEM base64-encoded) from a secret variable`,
      );
    }
    return keyInput(text, passphrase, name, passphraseInput);
  }

  requiredKey(name: KeyInputName, fix: string): KeyInput {
    const key = this.key(name);
    if (!key) throw new InputError(name, fix);
    return key;
  }

  /** The service connection's registry and credentials, if one is set. */
  connection(): RegistryConnection | undefined {
    this.#used.add(CONNECTION_INPUT);
    this.#connection ??= { value: this.#endpoint ? readRegistryConnection(this.#endpoint.id, this.#endpoint.secrets) : undefined };
    return this.#connection.value;
  }

  /** What every operation that talks to a registry takes: the trust inputs and the connection's credentials. */
  connectionOptions(): ConnectionOptions {
    const connection = this.connection();
    const trustServer = this.string('trustServer');
    // The core checks these again; here they fail while the inputs are read, naming the task input.
    if (trustServer) trustServerUrl(trustServer, 'trustServer');
    const ca = this.string('trustServerCa');
    const trustPin = this.string('trustPin');
    if (trustPin) parseTrustPin(trustPin, 'trustPin');
    return {
      trustServer,
      trustServerCa: ca ? pemTextOrFile(ca, 'trustServerCa') : undefined,
      trustPin,
      ...(connection ? { username: connection.username, password: connection.password } : {}),
      logger: taskLogger,
    };
  }

  /**
   * The `tags` input as `parse` reads each entry. With a service connection,
   * all must be in its registry: its credentials are sent to every registry.
   */
  references(missing: string, parse: (text: string, input: string) => ImageReference = parseReference): string[] {
    const values = this.list('tags');
    if (values.length === 0) throw new InputError('tags', missing);
    const refs = values.map((v) => parse(v, 'tags'));
    const connection = this.connection();
    const other = connection && refs.find((r) => r.registry.toLowerCase() !== connection.registry);
    if (connection && other) {
      throw new InputError(
        'tags',
        `${other.original} is in ${other.registry}, but ${CONNECTION_INPUT} is for ${connection.registry}; ` +
          'its credentials are only sent there, so use a task for each registry',
      );
    }
    return refs.map((r) => r.original);
  }

  /** The `tags` input as the one repository (`registry/repository`) the command works on. */
  repository(missing: string): string {
    const [first, ...more] = this.references(missing, parseRepository);
    if (more.length > 0) throw new InputError('tags', `give one repository, not ${more.length + 1}; use a task for each`);
    return first!;
  }
}
