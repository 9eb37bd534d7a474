// Files a command makes for the user (keys, certificates): created only
// where nothing is, in a directory that exists, so that no key or
// certificate is ever written over another.

import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.ts';

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

/** `key-directory` as an existing directory; the current one unless given. */
export async function existingDirectory(given: string | undefined): Promise<string> {
  const directory = resolve(given?.trim() || process.cwd());
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError('key-directory', `${directory} is not an existing directory`);
  return directory;
}
