// Parses WWW-Authenticate headers (RFC 7235) into challenges. Registries and
// notary-server send `Bearer realm="…",service="…",scope="…"`, where scope
// may hold commas ("pull,push") and spaces (several scopes), so values are
// read as quoted strings, not split on commas. A header line may also carry
// several challenges ("Basic realm=x, Bearer realm=y").

export interface AuthChallenge {
  /** Lower-cased scheme: "bearer", "basic", … */
  readonly scheme: string;
  /** Lower-cased parameter names; values unquoted and unescaped. */
  readonly params: Readonly<Record<string, string>>;
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

class Reader {
  readonly text: string;
  pos = 0;
  constructor(text: string) {
    this.text = text;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }

  skip(chars: string): void {
    while (!this.done && chars.includes(this.peek())) this.pos += 1;
  }

  token(): string {
    const start = this.pos;
    while (!this.done && TCHAR.test(this.peek())) this.pos += 1;
    return this.text.slice(start, this.pos);
  }

  /** A quoted-string with backslash escapes, or undefined if unterminated. */
  quoted(): string | undefined {
    let out = '';
    for (this.pos += 1; !this.done; this.pos += 1) {
      const c = this.peek();
      if (c === '"') {
        this.pos += 1;
        return out;
      }
      if (c === '\\') this.pos += 1;
      out += this.text[this.pos] ?? '';
    }
    return undefined;
  }
}

/** Every challenge in the given header lines, in order. Malformed tails are dropped. */
export function parseChallenges(headerLines: readonly string[]): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  for (const line of headerLines) challenges.push(...parseLine(line));
  return challenges;
}

function parseLine(line: string): AuthChallenge[] {
  const r = new Reader(line);
  const out: AuthChallenge[] = [];
  for (;;) {
    r.skip(' \t,');
    const scheme = r.token();
    if (scheme === '') return out;
    const params: Record<string, string> = {};
    out.push({ scheme: scheme.toLowerCase(), params });
    r.skip(' \t');
    for (;;) {
      const start = r.pos;
      const name = r.token();
      r.skip(' \t');
      if (name === '' || r.peek() !== '=') {
        // Not a parameter: the next challenge's scheme (or a token68 we ignore).
        r.pos = start;
        if (name === '') r.pos += 1;
        break;
      }
      r.pos += 1;
      r.skip(' \t');
      const value = r.peek() === '"' ? r.quoted() : r.token();
      if (value === undefined) return out;
      params[name.toLowerCase()] = value;
      r.skip(' \t');
      if (r.peek() !== ',') break;
      r.skip(' \t,');
    }
  }
}
