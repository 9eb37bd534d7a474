// TCP connections opened early, while the rest of a new process loads: the
// CLI knows which trust server a command will ask first as soon as its
// command line is read, but the HTTP client, the key and the TLS context take
// tens of milliseconds more to be ready. A connection opened then has its
// handshake behind it by the time the transport wants it, which saves one
// round trip to a far server. Each new TLS connection the transport opens to
// that host takes one of them (undici's `httpSocket`); those not taken in
// time are closed, and so are the rest once the host answers in HTTP/2, which
// needs one connection only. Only the TCP handshake is done early: TLS, its
// CAs and client certificates stay the transport's, so what is trusted does
// not change.

import { connect, type Socket } from 'node:net';

/** How long an early connection waits to be taken before it is closed. */
const UNUSED_MS = 5_000;

interface Waiting {
  readonly socket: Socket;
  /** Closes the socket unless it was taken; removed from the socket when it is. */
  readonly drop: () => void;
  readonly timer: NodeJS.Timeout;
}

const waiting = new Map<string, Waiting[]>();

/** `host:port` of an https URL, as undici's connector names it (default port left out). */
function keyOf(host: string): string {
  return host.toLowerCase();
}

/**
 * Starts `count` TCP connections to an https URL's host, for the transport to
 * take. Errors are swallowed: the transport then connects as it always does,
 * and reports whatever goes wrong then.
 */
export function preconnect(url: URL, count = 1): void {
  if (url.protocol !== 'https:') return;
  const key = keyOf(url.host);
  if (waiting.has(key)) return;
  const list: Waiting[] = [];
  waiting.set(key, list);
  for (let i = 0; i < count; i++) {
    const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 443) });
    // Neither the socket nor its timer keeps a process alive that has nothing else to do.
    socket.unref();
    const drop = () => {
      const at = list.findIndex((w) => w.socket === socket);
      if (at >= 0) list.splice(at, 1);
      socket.destroy();
    };
    socket.on('error', drop).on('end', drop).on('close', drop);
    list.push({ socket, drop, timer: setTimeout(drop, UNUSED_MS).unref() });
  }
}

/** An early connection to `host` (`name:port`, default port left out), each once: still open, or still connecting. */
export function takePreconnected(host: string): Socket | undefined {
  const list = waiting.get(keyOf(host));
  for (let entry = list?.shift(); entry !== undefined; entry = list?.shift()) {
    const { socket, drop, timer } = entry;
    clearTimeout(timer);
    socket.off('error', drop).off('end', drop).off('close', drop);
    if (socket.destroyed || socket.readableEnded) {
      socket.destroy();
      continue;
    }
    socket.ref();
    return socket;
  }
  return undefined;
}

/** Closes the early connections to `host` not taken yet: it answered in HTTP/2, over one connection. */
export function dropPreconnected(host: string): void {
  for (const { drop } of [...(waiting.get(keyOf(host)) ?? [])]) drop();
}
