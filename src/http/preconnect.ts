// TCP connections opened early, while the rest of a new process loads: the
// CLI knows which trust server a command will ask first as soon as its
// command line is read, but the HTTP client, the key and the TLS context take
// tens of milliseconds more to be ready. A connection opened then has its
// handshake behind it by the time the transport wants it, which saves one
// round trip to a far server. The transport's first TLS connection to that
// host takes the socket (undici's `httpSocket`); one not taken in time is
// closed. Only the TCP handshake is done early: TLS, its CAs and client
// certificates stay the transport's, so what is trusted does not change.

import { connect, type Socket } from 'node:net';

/** How long an early connection waits to be taken before it is closed. */
const UNUSED_MS = 5_000;

interface Waiting {
  readonly socket: Socket;
  /** Closes the socket unless it was taken; removed from the socket when it is. */
  readonly drop: () => void;
  readonly timer: NodeJS.Timeout;
}

const waiting = new Map<string, Waiting>();

/** `host:port` of an https URL, as undici's connector names it (default port left out). */
function keyOf(host: string): string {
  return host.toLowerCase();
}

/**
 * Starts a TCP connection to an https URL's host, for the transport to take.
 * Errors are swallowed: the transport then connects as it always does, and
 * reports whatever goes wrong then.
 */
export function preconnect(url: URL): void {
  if (url.protocol !== 'https:') return;
  const key = keyOf(url.host);
  if (waiting.has(key)) return;
  const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 443) });
  // Neither the socket nor its timer keeps a process alive that has nothing else to do.
  socket.unref();
  const drop = () => {
    if (waiting.get(key)?.socket === socket) waiting.delete(key);
    socket.destroy();
  };
  socket.on('error', drop).on('end', drop).on('close', drop);
  waiting.set(key, { socket, drop, timer: setTimeout(drop, UNUSED_MS).unref() });
}

/** The early connection to `host` (`name:port`, default port left out), once: still open, or still connecting. */
export function takePreconnected(host: string): Socket | undefined {
  const key = keyOf(host);
  const entry = waiting.get(key);
  if (!entry) return undefined;
  waiting.delete(key);
  const { socket, drop, timer } = entry;
  clearTimeout(timer);
  if (socket.destroyed || socket.readableEnded) return undefined;
  socket.off('error', drop).off('end', drop).off('close', drop);
  socket.ref();
  return socket;
}
