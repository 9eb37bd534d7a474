// Masking of secret inputs. Every secret input of every command is masked
// before anything else is read or parsed, whichever command runs, so that
// no error or log line written afterwards can show one. Keys are registered
// piece by piece as every entrypoint registers them (secretPieces: the
// runner masks one log line at a time); passwords and passphrases whole,
// trimmed and line by line.

import * as core from '@actions/core';
import { passphrasePieces, secretPieces } from '../operations/secret-pieces.ts';

/** Private key inputs, of any command. */
export const KEY_INPUTS = ['signer-key', 'root-key', 'repository-key', 'new-repository-key'] as const;
/** Passphrases and passwords, of any command. */
export const SECRET_INPUTS = [
  'signer-key-passphrase',
  'root-key-passphrase',
  'repository-key-passphrase',
  'new-repository-key-passphrase',
  'password',
] as const;

/** A password or passphrase: the value, its trimmed form and each of its lines. */
export function maskSecret(value: string): void {
  for (const piece of passphrasePieces(value)) core.setSecret(piece);
}

/** Key text in any shape CI gives it (PEM, mangled PEM, base64 of PEM), or a key this run made. */
export function maskKey(text: string): void {
  for (const piece of secretPieces(text)) core.setSecret(piece);
}

/** Masks every secret input the action has; inputs not given are skipped. */
export function maskSecretInputs(): void {
  for (const name of KEY_INPUTS) {
    const text = core.getInput(name);
    if (text !== '') maskKey(text);
  }
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name, { trimWhitespace: false });
    if (value !== '') maskSecret(value);
  }
}
