// Masks secrets in everything the CLI writes, like core.setSecret does on
// GitHub. The core never puts key material or passphrases in its messages;
// this is the second line of defence for anything that echoes a value back.
// Keys are masked piece by piece as every entrypoint registers them
// (secretPieces), so a key line shows up masked in whatever shape it is in.

import { passphrasePieces, secretPieces } from '../keys/secret-pieces.ts';

const MASK = '***';
/** Shorter values would mask ordinary words; notary wants longer passphrases anyway. */
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  readonly #secrets = new Set<string>();

  /** A passphrase, password or token: as given, trimmed, and each of its lines. */
  add(secret: string | undefined): void {
    for (const piece of passphrasePieces(secret)) this.#add(piece);
  }

  /** Key text as the user gave it: PEM, PEM with mangled newlines, or base64 of PEM. */
  addKey(text: string | undefined): void {
    for (const piece of secretPieces(text)) this.#add(piece);
  }

  #add(value: string): void {
    if (value.length >= MIN_SECRET_LENGTH) this.#secrets.add(value);
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a line is masked whole before any part of it.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
    }
    return out;
  }
}
