// The DctSign task's inputs, parsed once. Secrets come first: the keys (and
// the key file's contents), their passphrases and the service connection's
// password are read without task-lib's echo and masked before any other
// input is looked at, so nothing that follows can print them unmasked.
// Errors name the task's (camelCase) input and say how to fix it.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tl from 'azure-pipelines-task-lib';
import { InputError } from '../errors.ts';
import { parseTrustPin, pemTextOrFile, splitList, type KeyInput } from '../operations/inputs.ts';
import { parseTaggedReference } from '../registry/reference.ts';
import { readRegistryConnection, type RegistryConnection } from './endpoint.ts';
import { mask, readSecret } from './masking.ts';

export interface TaskInputs {
  readonly references: readonly string[];
  readonly push: boolean;
  readonly signerKey: KeyInput;
  readonly signerName: string | undefined;
  readonly trustServer: string | undefined;
  /** PEM text of the extra CA certificates. */
  readonly trustServerCa: string | undefined;
  readonly trustPin: string | undefined;
  readonly rootKey: KeyInput | undefined;
  readonly repositoryKey: KeyInput | undefined;
  /** Credentials for the registry and its trust server, from the service connection. */
  readonly connection: RegistryConnection | undefined;
}

function optional(name: string): string | undefined {
  return tl.getInput(name)?.trim() || undefined;
}

/**
 * A filePath input's value, or undefined when it was left empty: the agent
 * fills an empty filePath input with the sources directory.
 */
function suppliedPath(name: string): string | undefined {
  const value = tl.getPathInput(name)?.trim();
  if (!value) return undefined;
  const root = tl.getVariable('Build.SourcesDirectory') || tl.getVariable('System.DefaultWorkingDirectory');
  if (root && resolve(value) === resolve(root)) return undefined;
  return value;
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

function booleanInput(name: string, fallback: boolean): boolean {
  const value = tl.getInput(name)?.trim().toLowerCase();
  if (!value) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(name, `"${value}" is not a boolean; give true or false`);
}

function keyInput(
  text: string | undefined,
  passphrase: string | undefined,
  input: string,
  passphraseInput: string,
): KeyInput | undefined {
  if (!text?.trim()) return undefined;
  return { text, input, passphraseInput, ...(passphrase ? { passphrase } : {}) };
}

export function readInputs(): TaskInputs {
  // 1. Secrets, masked as they are read.
  const signerKeyText = readSecret(() => tl.getInput('signerKey'));
  const signerKeyPassphrase = readSecret(() => tl.getInput('signerKeyPassphrase'));
  const rootKeyText = readSecret(() => tl.getInput('rootKey'));
  const rootKeyPassphrase = readSecret(() => tl.getInput('rootKeyPassphrase'));
  const repositoryKeyText = readSecret(() => tl.getInput('repositoryKey'));
  const repositoryKeyPassphrase = readSecret(() => tl.getInput('repositoryKeyPassphrase'));
  const connectionId = optional('dockerRegistryServiceConnection');
  const connection = connectionId ? readRegistryConnection(connectionId) : undefined;
  const signerKeyFile = suppliedPath('signerKeyFile');
  if (signerKeyFile && signerKeyText?.trim()) {
    throw new InputError('signerKeyFile', 'give the signer key either as signerKey or as signerKeyFile, not both');
  }
  const keyText = signerKeyText?.trim();
  if (keyText && !keyText.includes('\n') && !keyText.includes('-----') && existsSync(keyText)) {
    throw new InputError('signerKey', `${keyText} is a file; give its path as signerKeyFile, or the key itself as signerKey`);
  }
  const signerKey = signerKeyFile
    ? keyInput(mask(readKeyFile(signerKeyFile, 'signerKeyFile')), signerKeyPassphrase, 'signerKeyFile', 'signerKeyPassphrase')
    : keyInput(signerKeyText, signerKeyPassphrase, 'signerKey', 'signerKeyPassphrase');
  if (!signerKey) {
    throw new InputError(
      'signerKey',
      "give the signer's private key: signerKey (its PEM, or the PEM base64-encoded, from a secret variable) " +
        'or signerKeyFile (a path, e.g. $(signerKey.secureFilePath) of DownloadSecureFile@1)',
    );
  }

  // 2. The rest.
  const references = splitList(tl.getInput('tags'));
  if (references.length === 0) {
    throw new InputError('tags', 'list the image references to sign, one per line, as registry/repository:tag');
  }
  const parsed = references.map((r) => parseTaggedReference(r, 'tags'));
  if (connection) {
    const other = parsed.find((r) => r.registry.toLowerCase() !== connection.registry);
    if (other) {
      throw new InputError(
        'tags',
        `${other.original} is in ${other.registry}, but dockerRegistryServiceConnection is for ${connection.registry}; ` +
          'its credentials are only sent there, so sign the tags of each registry in a task of their own',
      );
    }
  }

  const trustServer = optional('trustServer');
  if (trustServer) {
    try {
      new URL(/^[a-z]+:\/\//i.test(trustServer) ? trustServer : `https://${trustServer}`);
    } catch (err) {
      throw new InputError('trustServer', `"${trustServer}" is not a URL; give e.g. https://notary.example.com:4443`, { cause: err });
    }
  }
  const ca = optional('trustServerCa');
  const trustPin = optional('trustPin');
  if (trustPin) parseTrustPin(trustPin, 'trustPin');

  const rootKey = keyInput(rootKeyText, rootKeyPassphrase, 'rootKey', 'rootKeyPassphrase');
  const repositoryKey = keyInput(repositoryKeyText, repositoryKeyPassphrase, 'repositoryKey', 'repositoryKeyPassphrase');
  if (Boolean(rootKey) !== Boolean(repositoryKey)) {
    throw new InputError(
      rootKey ? 'repositoryKey' : 'rootKey',
      'initializing a repository needs both rootKey and repositoryKey (with their passphrases); give both or neither',
    );
  }

  return {
    references: parsed.map((r) => r.original),
    push: booleanInput('push', true),
    signerKey,
    signerName: optional('signerName'),
    trustServer,
    trustServerCa: ca ? pemTextOrFile(ca, 'trustServerCa') : undefined,
    trustPin,
    rootKey,
    repositoryKey,
    connection,
  };
}
