// A fault-injecting TLS reverse proxy for the stack tests: it terminates TLS
// with a certificate from the stack's CA, forwards each request to one real
// server (notary-server, a registry or the token server) and, as the current
// fault says, answers in its place, breaks the connection, cuts the body
// short or goes silent. Real servers cannot be made to do these things on
// cue; everything else they answer is theirs.
//
// Faults other than "503 always" strike once per method and path, so that
// the client's retry of the same request gets through. The token server's
// realm in WWW-Authenticate challenges is rewritten to another proxy's, so
// that token requests pass through one as well.

import { once } from 'node:events';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';

export const FAULTS = [
  'none',
  /** 503 for the first request to each path. */
  '503-once',
  /** The connection is reset instead of the first answer on each path. */
  'reset',
  /** The first answer on each path announces its full length and sends half, then closes. */
  'truncate',
  /** The first request on each path gets no answer at all. */
  'stall',
  /** The first publish (POST) gets 503 without reaching the server. */
  '503-post',
  /** The first publish reaches the server, which applies it; the client's connection is then reset. */
  'reset-after-post',
  /** The first publish is received whole, never forwarded, and the connection reset. */
  'drop-post',
  /** The first publish is received whole, never forwarded, and never answered. */
  'stall-post',
  /** Every publish gets 503; reads pass. */
  '503-always-post',
  /** Every request gets 503. */
  '503-always',
] as const;

export type Fault = (typeof FAULTS)[number];

export interface FaultEvent {
  readonly method: string;
  readonly path: string;
  /** 'forwarded', or what was done instead. */
  readonly action: 'forwarded' | '503' | 'reset' | 'truncated' | 'stalled' | 'applied-then-reset' | 'dropped';
}

export interface FaultProxyOptions {
  /** http(s)://127.0.0.1:PORT of the real server. */
  readonly upstream: string;
  /** CA for an https upstream. */
  readonly upstreamCa?: string;
  readonly certPem: string;
  readonly keyPem: string;
  /** Replaces `from` with `to` in WWW-Authenticate headers (the token realm). */
  readonly realm?: { readonly from: string; readonly to: string };
}

export interface FaultProxy {
  /** https://127.0.0.1:PORT */
  readonly origin: string;
  /** 127.0.0.1:PORT */
  readonly host: string;
  readonly events: readonly FaultEvent[];
  /** Sets the fault and forgets which paths were struck already. */
  setFault(fault: Fault): void;
  setRealm(realm: { from: string; to: string }): void;
  /** Drops every connection, including ones held by a stall. */
  dropConnections(): void;
  close(): Promise<void>;
}

const PER_PATH: ReadonlySet<Fault> = new Set(['503-once', 'reset', 'truncate', 'stall']);
const POST_ONLY: ReadonlySet<Fault> = new Set(['503-post', 'reset-after-post', 'drop-post', 'stall-post']);
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

interface Upstream {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  let fault: Fault = 'none';
  let realm = options.realm;
  let struck = new Set<string>();
  const events: FaultEvent[] = [];
  const sockets = new Set<Socket>();
  // TLS sockets cannot send a TCP reset; the raw socket under each, by client port, can.
  const raw = new Map<number, Socket>();
  const reset = (req: IncomingMessage): void => {
    const tcp = raw.get(req.socket.remotePort ?? -1);
    if (tcp && !tcp.destroyed) tcp.resetAndDestroy();
    else req.socket.destroy();
  };

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
      headers.host = upstream.host;
      headers['content-length'] = String(body.length);
      const out = send(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers,
          ...(options.upstreamCa ? { ca: options.upstreamCa } : {}),
        },
        (res) => {
          readAll(res).then((b) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: b }), reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const reply = (res: ServerResponse, answer: Upstream, truncate: boolean): void => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
    if (realm && headers['www-authenticate'] !== undefined) {
      const { from, to } = realm;
      const rewrite = (h: string) => h.split(from).join(to);
      const value = headers['www-authenticate'];
      headers['www-authenticate'] = Array.isArray(value) ? value.map(rewrite) : rewrite(value);
    }
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    if (truncate) {
      res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.end(answer.body);
  };

  const unavailable = (res: ServerResponse): void => {
    const body = JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'service unavailable (injected)' }] });
    res.writeHead(503, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readAll(req);
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'https://proxy.invalid').pathname;
    const key = `${method} ${path}`;
    const log = (action: FaultEvent['action']) => events.push({ method, path, action });
    const first = !struck.has(key);
    const strikes =
      fault === '503-always' ||
      (fault === '503-always-post' && method === 'POST') ||
      (PER_PATH.has(fault) && first) ||
      (POST_ONLY.has(fault) && method === 'POST' && first);
    if (strikes) struck.add(key);
    try {
      if (!strikes) {
        reply(res, await forward(req, body), false);
        log('forwarded');
        return;
      }
      switch (fault) {
        case '503-once':
        case '503-post':
        case '503-always-post':
        case '503-always':
          unavailable(res);
          log('503');
          return;
        case 'reset':
          reset(req);
          log('reset');
          return;
        case 'truncate': {
          const answer = await forward(req, body);
          if (answer.body.length < 2) {
            reset(req);
            log('reset');
          } else {
            reply(res, answer, true);
            log('truncated');
          }
          return;
        }
        case 'stall':
        case 'stall-post':
          log('stalled'); // the socket stays open until the client gives up
          return;
        case 'reset-after-post':
          await forward(req, body);
          reset(req);
          log('applied-then-reset');
          return;
        case 'drop-post':
          reset(req);
          log('dropped');
          return;
        case 'none':
          return;
      }
    } catch (err) {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fault proxy: ${(err as Error).message}`);
    }
  };

  const server = createServer({ cert: options.certPem, key: options.keyPem }, (req, res) => {
    void handle(req, res);
  });
  server.on('connection', (socket: Socket) => {
    const port = socket.remotePort;
    if (port === undefined) return;
    raw.set(port, socket);
    socket.on('close', () => {
      if (raw.get(port) === socket) raw.delete(port);
    });
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };

  return {
    origin: `https://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    events,
    setFault(next) {
      fault = next;
      struck = new Set();
    },
    setRealm(next) {
      realm = next;
    },
    dropConnections() {
      for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
