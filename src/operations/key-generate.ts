// A signer key pair, as `docker trust key generate NAME` makes one: an ECDSA
// P-256 key, `<name>.pub` (PUBLIC KEY with a `role: <name>` header) for
// `docker trust signer add`, and `<name>.key`, the private key encrypted
// with the passphrase in notary's PKCS#8 layout, for a CI secret.
//
// docker keeps the private key in its own store instead of writing it out;
// the user asked for the file here, so it is written, owner-only, and never
// over an existing file. It carries a `path: <key ID>` header, as notary's
// key export writes: without it `docker trust key load` decrypts the key and
// then imports nothing (it hands the raw DER to a PEM reader) while saying
// it succeeded, and `notary key import` refuses it. With it, both store the
// encrypted key unchanged as <key ID>.key.

import { constants } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.ts';
import { exportEncryptedPrivateKey, exportPublicKeyPem, generateKey } from '../keys/index.ts';
import { encodePem, readPem } from '../keys/pem.ts';
import { validateSignerName } from './signer-add.ts';

/** notary's passphrase prompt refuses shorter new passphrases. */
export const MIN_PASSPHRASE_LENGTH = 8;

export interface KeyGenerateOptions {
  /** `signer-name`: lowercase letters, digits, '-' and '_', starting with a letter or digit. */
  readonly name: string;
  /** `signer-key-passphrase`: encrypts the private key file. */
  readonly passphrase: string;
  /** `key-directory`: where to write the files; the current directory by default. */
  readonly directory?: string | undefined;
}

export interface KeyGenerateResult {
  readonly name: string;
  /** The key ID docker and notary show for this key. */
  readonly keyId: string;
  readonly privateKeyPath: string;
  readonly publicKeyPath: string;
  /** The public key file's text, for `docker trust signer add` or dct-sign signer-add. */
  readonly publicKeyPem: string;
  /** The private key file base64-encoded on one line, for pasting into a CI secret. */
  readonly privateKeyBase64: string;
}

/** Adds notary's `path:` header, naming the file the key is stored as (its key ID without `.key`). */
function withPathHeader(pem: string, keyId: string): string {
  const block = readPem(pem).blocks[0]!;
  return encodePem(block.type, block.bytes, { ...block.headers, path: keyId });
}

/** Creates a file that must not exist yet; a key is never written over another. */
export async function writeNew(path: string, text: string, mode: number, input: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new InputError(input, `${path} already exists; choose another name or directory (existing keys are never overwritten)`, {
        cause: err,
      });
    }
    throw new InputError(input, `cannot create ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    await handle.writeFile(text);
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function keyGenerate(options: KeyGenerateOptions): Promise<KeyGenerateResult> {
  const name = validateSignerName(options.name.trim());
  if (options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new InputError('signer-key-passphrase', `use at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the private key`);
  }
  const directory = resolve(options.directory?.trim() || process.cwd());
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError('key-directory', `${directory} is not an existing directory`);
  const privateKeyPath = join(directory, `${name}.key`);
  const publicKeyPath = join(directory, `${name}.pub`);
  for (const path of [privateKeyPath, publicKeyPath]) {
    if (await exists(path)) {
      throw new InputError('signer-name', `${path} already exists; choose another name or directory (existing keys are never overwritten)`);
    }
  }

  const key = generateKey('ecdsa');
  const privatePem = withPathHeader(exportEncryptedPrivateKey(key, options.passphrase, { role: name }), key.keyId);
  const publicKeyPem = exportPublicKeyPem(key, { role: name });
  await writeNew(privateKeyPath, privatePem, 0o600, 'signer-name');
  try {
    await writeNew(publicKeyPath, publicKeyPem, 0o644, 'signer-name');
  } catch (err) {
    await unlink(privateKeyPath).catch(() => {});
    throw err;
  }
  return {
    name,
    keyId: key.keyId,
    privateKeyPath,
    publicKeyPath,
    publicKeyPem,
    privateKeyBase64: Buffer.from(privatePem, 'utf8').toString('base64'),
  };
}
