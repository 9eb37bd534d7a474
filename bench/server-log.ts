// The requests a server logs, read from a mark on: what the benches count and
// time on the server's side. notary-server logs one JSON line per request
// ("response completed"); docker-registry (distribution 2.8) writes an access
// log line per request, in the combined log format, beside its text log; the
// test token server one JSON line per token request (TokenRequestRecord).

import { open, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerRequest {
  readonly method: string;
  readonly uri: string;
  readonly status: number;
  readonly remote: string;
  /** `http.response.duration` in ms: from the request's headers read to its answer written. */
  readonly ms: number;
}

const GO_UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1e3, m: 60e3, h: 3600e3 };

/** Go's time.Duration.String() ("227.192069ms", "1.2s", "802.218µs", "1m2.5s") in ms. */
export function goDurationMs(text: string): number {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) throw new Error(`not a Go duration: ${JSON.stringify(text)}`);
  return parts.reduce((sum, p) => sum + Number(p[1]) * GO_UNITS[p[2]!]!, 0);
}

/** `notary`: notary-server's JSON lines; `registry`: docker-registry's access log lines; `token`: the token server's. */
export type ServerLogFormat = 'notary' | 'registry' | 'token';

// 127.0.0.1 - - [08/Dec/2026:00:45:50 +0000] "GET /v2/x/manifests/1 HTTP/1.1" 200 887 "" "cosign/…"
const ACCESS_LINE = /^(\S+) \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) /;

/** The word in every sentinel request's URI: lines with it are never counted. */
export const SENTINEL = 'bench-sentinel';

export class ServerLog {
  readonly #file: string;
  readonly #format: ServerLogFormat;
  readonly #sentinel: ((id: string) => Promise<void>) | undefined;
  #sentinels = 0;
  /**
   * With `sentinel`, `since` sends a request whose URI holds a fresh id and
   * reads up to the first line naming it: a server's log lines can reach the
   * file late (under load, through the stack's pipe), and waiting for a quiet
   * moment would count them for the next run instead.
   */
  constructor(file: string, format: ServerLogFormat = 'notary', sentinel?: (id: string) => Promise<void>) {
    this.#file = file;
    this.#format = format;
    this.#sentinel = sentinel;
  }

  async mark(): Promise<number> {
    return this.#size();
  }

  /** The file's size; 0 while it does not exist (the token server writes its log on the first request). */
  async #size(): Promise<number> {
    try {
      return (await stat(this.#file)).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
  }

  async #read(from: number, to: number): Promise<string> {
    if (to <= from) return '';
    const handle = await open(this.#file, 'r');
    try {
      const buf = Buffer.alloc(to - from);
      await handle.read(buf, 0, buf.length, from);
      return buf.toString('utf8');
    } finally {
      await handle.close();
    }
  }

  /** The text logged from `mark` up to the sentinel's first line (or, without one, until the log is quiet). */
  async #textSince(mark: number): Promise<string> {
    if (this.#sentinel) {
      const id = `${SENTINEL}-${process.pid}-${++this.#sentinels}`;
      await this.#sentinel(id);
      for (let i = 0; i < 400; i++) {
        const text = await this.#read(mark, await this.#size());
        const at = text.indexOf(id);
        if (at >= 0) return text.slice(0, text.lastIndexOf('\n', at) + 1);
        await sleep(25);
      }
      throw new Error(`${this.#file}: the sentinel request ${id} was not logged within 10 s`);
    }
    // The server logs a request just after answering it, so the client may exit first: let the log settle.
    let size = -1;
    for (let i = 0; i < 40; i++) {
      await sleep(25);
      const now = await this.#size();
      if (now === size) break;
      size = now;
    }
    return this.#read(mark, size);
  }

  /** Every request logged since `mark`, the sentinels' left out. */
  async since(mark: number): Promise<ServerRequest[]> {
    const text = await this.#textSince(mark);
    const out: ServerRequest[] = [];
    for (const line of text.split('\n')) {
      if (line.includes(SENTINEL)) continue;
      if (this.#format === 'registry') {
        // The access log has neither the client's port nor the duration.
        const m = ACCESS_LINE.exec(line);
        if (m) out.push({ method: m[2]!, uri: m[3]!, status: Number(m[4]), remote: m[1]!, ms: Number.NaN });
        continue;
      }
      if (this.#format === 'token') {
        if (line.trim() === '') continue;
        const r = JSON.parse(line) as { method: string; service: string | null; scopes: string[]; user: string | null; status: number };
        const uri = `${r.service ?? '-'} ${r.scopes.join(' ') || '-'} as ${r.user ?? 'anonymous'}`.replaceAll(' ', '+');
        out.push({ method: r.method, uri, status: r.status, remote: '', ms: Number.NaN });
        continue;
      }
      if (!line.includes('"response completed"')) continue;
      const e = JSON.parse(line) as Record<string, unknown>;
      const d = e['http.response.duration'];
      out.push({
        method: String(e['http.request.method']),
        uri: String(e['http.request.uri']),
        // Go logs 0 when the handler never called WriteHeader: an implicit 200.
        status: Number(e['http.response.status']) || 200,
        remote: String(e['http.request.remoteaddr']),
        ms: typeof d === 'string' ? goDurationMs(d) : Number.NaN,
      });
    }
    return out;
  }
}
