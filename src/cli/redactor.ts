// Masks secrets in everything the CLI writes, like core.setSecret does on
// GitHub. The core never puts key material or passphrases in its messages;
// this is the second line of defence for anything that echoes a value back.

const MASK = '***';
/** Shorter values would mask ordinary words; notary wants longer passphrases anyway. */
const MIN_SECRET_LENGTH = 4;
/** Base64 lines of a PEM body, or a whole file base64-encoded. */
const KEY_LINE_LENGTH = 16;

export class Redactor {
  readonly #secrets = new Set<string>();

  /** A passphrase, password or token. */
  add(secret: string | undefined): void {
    const value = secret?.trim();
    if (value && value.length >= MIN_SECRET_LENGTH) this.#secrets.add(value);
  }

  /** Key text as the user gave it: PEM, PEM with mangled newlines, or base64 of PEM. */
  addKey(text: string | undefined): void {
    if (!text) return;
    const candidates = [text];
    const compact = text.replace(/\s+/g, '');
    if (!text.includes('-----BEGIN') && /^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) {
      candidates.push(Buffer.from(compact, 'base64').toString('utf8'));
    }
    for (const candidate of candidates) {
      const normalized = candidate.replace(/\\n/g, '\n');
      for (const token of normalized.split(/[\s]+/)) {
        if (token.length >= KEY_LINE_LENGTH && !token.startsWith('-----') && !token.includes(':')) {
          this.#secrets.add(token);
        }
      }
      if (compact.length >= KEY_LINE_LENGTH) this.#secrets.add(compact);
    }
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
