// A TCP proxy on 127.0.0.1 that makes a loopback server look far away: every
// chunk is held for a fixed one-way delay in each direction, so a 50 ms round
// trip is 25 ms each way. Bytes pass through untouched (TLS included: a
// certificate for 127.0.0.1 still matches), in order, and never whole streams
// at once: each direction holds at most what arrived within one delay, and
// pauses its sender beyond `highWaterMark` bytes or while the receiver needs
// to drain.
//
// The TCP handshake is modelled too: a client's connect() completes at once
// on loopback, so what it sends within one round trip of connecting is
// treated as sent one round trip after connecting, as over a real link where
// the SYN/SYN-ACK takes that long. A fresh TLS connection therefore costs two
// round trips before its first request, as it would for real.
//
// Only loopback: it listens on 127.0.0.1 and forwards only to a loopback
// target, so it cannot be turned into a relay to anywhere else.

import { performance } from 'node:perf_hooks';
import { connect, createServer, isIPv4, type Socket } from 'node:net';

export interface LatencyProxyOptions {
  /**
   * Where to forward: "host:port", "[::1]:port", or a URL such as
   * https://127.0.0.1:4443 whose scheme `url` then keeps. Loopback only.
   */
  readonly target: string | { readonly host: string; readonly port: number };
  /** Delay added to every chunk in each direction, in ms: a round trip gains twice this. */
  readonly oneWayDelayMs: number;
  /** Hold a client's first bytes until one round trip after it connected (default true). */
  readonly modelHandshake?: boolean;
  /** Bytes held per direction before its sender is paused; 1 MiB unless given. */
  readonly highWaterMark?: number;
}

export interface LatencyProxy {
  readonly port: number;
  /** The target's URL with the proxy's address, e.g. https://127.0.0.1:PORT; tcp:// for a host:port target. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (LOOPBACK_NAMES.has(h)) return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  return isIPv4(v4) && v4.startsWith('127.');
}

function parseTarget(target: LatencyProxyOptions['target']): { host: string; port: number; scheme: string } {
  if (typeof target !== 'string') return { host: target.host, port: target.port, scheme: 'tcp:' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    const u = new URL(target);
    const defaults: Record<string, number> = { 'http:': 80, 'https:': 443 };
    const port = u.port === '' ? defaults[u.protocol] : Number(u.port);
    if (port === undefined) throw new Error(`latency proxy: ${target} has no port`);
    return { host: u.hostname.replace(/^\[|\]$/g, ''), port, scheme: u.protocol };
  }
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target);
  if (m === null) throw new Error(`latency proxy: target "${target}" is not host:port or a URL`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]), scheme: 'tcp:' };
}

type Item = Buffer | 'end' | 'reset';

/** One direction of one connection: chunks leave `delayMs` after they arrived, in order. */
class DelayedPipe {
  readonly #from: Socket;
  readonly #to: Socket;
  readonly #delayMs: number;
  readonly #highWaterMark: number;
  readonly #queue: { due: number; item: Item }[] = [];
  #heldBytes = 0;
  #waitingForDrain = false;
  #timer: NodeJS.Timeout | undefined;
  #notBefore: number;
  #done = false;

  constructor(from: Socket, to: Socket, options: { delayMs: number; highWaterMark: number; notBefore: number }) {
    this.#from = from;
    this.#to = to;
    this.#delayMs = options.delayMs;
    this.#highWaterMark = options.highWaterMark;
    this.#notBefore = options.notBefore;
    from.on('data', (chunk: Buffer) => {
      this.#push(chunk);
      this.#heldBytes += chunk.length;
      this.#updateFlow();
    });
    from.on('end', () => this.#push('end'));
    // A close without an end (reset, error) is passed on as a reset, after the data before it.
    from.on('close', () => {
      if (!from.readableEnded) this.#push('reset');
    });
    to.on('drain', () => {
      this.#waitingForDrain = false;
      this.#updateFlow();
    });
  }

  #push(item: Item): void {
    if (this.#done) return;
    const due = Math.max(performance.now(), this.#notBefore) + this.#delayMs;
    this.#queue.push({ due, item });
    if (this.#timer === undefined) this.#schedule();
  }

  #schedule(): void {
    const next = this.#queue[0];
    if (next === undefined) return;
    // libuv's clock has millisecond steps, so a timer can fire a little early;
    // #deliver then waits again rather than send anything before it is due.
    const wait = Math.max(0, Math.ceil(next.due - performance.now()));
    this.#timer = setTimeout(() => this.#deliver(), wait);
  }

  #deliver(): void {
    this.#timer = undefined;
    const now = performance.now();
    while (this.#queue.length > 0 && this.#queue[0]!.due <= now) {
      const { item } = this.#queue.shift()!;
      if (item === 'end') {
        this.#to.end();
      } else if (item === 'reset') {
        this.#stop();
        if (!this.#to.destroyed) this.#to.resetAndDestroy();
        return;
      } else {
        this.#heldBytes -= item.length;
        if (!this.#to.destroyed && !this.#to.write(item)) this.#waitingForDrain = true;
      }
    }
    this.#updateFlow();
    this.#schedule();
  }

  #updateFlow(): void {
    if (this.#done || this.#from.destroyed) return;
    const hold = this.#waitingForDrain || this.#heldBytes >= this.#highWaterMark;
    if (hold && !this.#from.isPaused()) this.#from.pause();
    else if (!hold && this.#from.isPaused()) this.#from.resume();
  }

  #stop(): void {
    this.#done = true;
    this.#queue.length = 0;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Drops whatever is still held; the connection is going away. */
  stop(): void {
    this.#stop();
  }
}

export async function startLatencyProxy(options: LatencyProxyOptions): Promise<LatencyProxy> {
  const { host, port: targetPort, scheme } = parseTarget(options.target);
  const delayMs = options.oneWayDelayMs;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new Error(`latency proxy: bad oneWayDelayMs ${delayMs}`);
  if (!isLoopbackHost(host)) throw new Error(`latency proxy: target ${host} is not a loopback address`);
  if (!Number.isInteger(targetPort) || targetPort <= 0 || targetPort > 65535) {
    throw new Error(`latency proxy: bad target port ${targetPort}`);
  }
  const highWaterMark = options.highWaterMark ?? 1 << 20;
  const modelHandshake = options.modelHandshake ?? true;

  let accepted = 0;
  const open = new Set<{ client: Socket; upstream: Socket; pipes: DelayedPipe[] }>();

  const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    accepted += 1;
    const acceptedAt = performance.now();
    const upstream = connect({ host, port: targetPort, allowHalfOpen: true, noDelay: true });
    const pipes = [
      new DelayedPipe(client, upstream, {
        delayMs,
        highWaterMark,
        notBefore: modelHandshake ? acceptedAt + 2 * delayMs : 0,
      }),
      new DelayedPipe(upstream, client, { delayMs, highWaterMark, notBefore: 0 }),
    ];
    const conn = { client, upstream, pipes };
    open.add(conn);
    const onError = () => {}; // 'close' follows and passes the failure on as a reset
    client.on('error', onError);
    upstream.on('error', onError);
    let closed = 0;
    const onClose = () => {
      if (++closed === 2) open.delete(conn);
    };
    client.on('close', onClose);
    upstream.on('close', onClose);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('latency proxy: listener has no port');
  const port = address.port;

  return {
    port,
    url: `${scheme}//127.0.0.1:${port}`,
    get connections() {
      return accepted;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const conn of open) {
          for (const p of conn.pipes) p.stop();
          conn.client.destroy();
          conn.upstream.destroy();
        }
        open.clear();
      }),
  };
}
