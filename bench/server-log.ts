// The requests a server logs, read from a mark on: what the benches count and
// time on the server's side. notary-server logs one JSON line per request
// ("response completed"); docker-registry (distribution 2.8) writes an access
// log line per request, in the combined log format, beside its text log.

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

/** `notary`: notary-server's JSON lines; `registry`: docker-registry's access log lines. */
export type ServerLogFormat = 'notary' | 'registry';

// 127.0.0.1 - - [08/Dec/2026:00:45:50 +0000] "GET /v2/x/manifests/1 HTTP/1.1" 200 887 "" "cosign/…"
const ACCESS_LINE = /^(\S+) \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) /;

export class ServerLog {
  readonly #file: string;
  readonly #format: ServerLogFormat;
  constructor(file: string, format: ServerLogFormat = 'notary') {
    this.#file = file;
    this.#format = format;
  }

  async mark(): Promise<number> {
    return (await stat(this.#file)).size;
  }

  /** Every request logged since `mark`. */
  async since(mark: number): Promise<ServerRequest[]> {
    // The server logs a request just after answering it, so the client may exit first: let the log settle.
    let size = -1;
    for (let i = 0; i < 40; i++) {
      await sleep(25);
      const now = (await stat(this.#file)).size;
      if (now === size) break;
      size = now;
    }
    const handle = await open(this.#file, 'r');
    let text: string;
    try {
      const buf = Buffer.alloc(size - mark);
      await handle.read(buf, 0, buf.length, mark);
      text = buf.toString('utf8');
    } finally {
      await handle.close();
    }
    const out: ServerRequest[] = [];
    for (const line of text.split('\n')) {
      if (this.#format === 'registry') {
        // The access log has neither the client's port nor the duration.
        const m = ACCESS_LINE.exec(line);
        if (m) out.push({ method: m[2]!, uri: m[3]!, status: Number(m[4]), remote: m[1]!, ms: Number.NaN });
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
