// Signer names as docker checks them. Apart from the operations because the
// command layer checks a name when it reads it, before any key is loaded,
// and a CLI's start-up must not pay for the key module.

import { InputError } from '../errors.ts';
import { TARGETS } from '../tuf/role.ts';

/** docker's validSignerName (and key names of `docker trust key generate`). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary refuses role names of 256 bytes or more, and targets/<name> is the role. */
export const MAX_SIGNER_NAME_LENGTH = 255 - `${TARGETS}/`.length;

/** Checks a signer name as docker does; `releases` is docker's shared role and cannot be a signer. */
export function validateSignerName(name: string, input = 'signer-name'): string {
  if (!SIGNER_NAME.test(name)) {
    throw new InputError(
      input,
      `${JSON.stringify(name)} is not a valid signer name: it must start with a lowercase letter or digit and ` +
        "contain only lowercase letters, digits, '-' and '_'",
    );
  }
  if (name.length > MAX_SIGNER_NAME_LENGTH) {
    throw new InputError(input, `${JSON.stringify(name.slice(0, 20))}… is too long; use at most ${MAX_SIGNER_NAME_LENGTH} characters`);
  }
  if (name === 'releases') {
    throw new InputError(input, 'releases is a reserved name (the role every signer shares); use a different signer name');
  }
  return name;
}

/** signer-remove: `releases` is no signer, so it cannot be removed; any other name as docker checks it. */
export function validateRemovableSignerName(name: string, input = 'signer-name'): string {
  if (name === 'releases') {
    throw new InputError(input, 'releases is a reserved name (the role every signer shares) and cannot be removed');
  }
  return validateSignerName(name, input);
}
