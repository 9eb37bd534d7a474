// A scriptable local server for transport, auth and trust-server tests. It
// records every request (method, path, headers, body, HTTP version) and
// answers with the handler the test installed. Plain HTTP, HTTPS (HTTP/1.1)
// and HTTPS with HTTP/2 offered through ALPN.

import { once } from 'node:events';
import * as http from 'node:http';
import * as http2 from 'node:http2';
import * as https from 'node:https';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { TestTls } from './tls.ts';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly url: URL;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  readonly httpVersion: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array | object;
  /** Wait this long before sending headers. */
  delayMs?: number;
  /** Close the connection without answering, as a server dropping an idle keep-alive socket. */
  hangUp?: boolean;
  /**
   * Announce the whole body's Content-Length but send only its first `bytes`,
   * then close the connection or go silent.
   */
  partial?: { bytes: number; then: 'close' | 'hang' };
}

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

export type ServerKind = 'http' | 'https' | 'h2';

export class TestServer {
  readonly requests: RecordedRequest[] = [];
  handler: Handler = () => ({ status: 404 });
  #server: http.Server | https.Server | http2.Http2SecureServer;
  #sockets = new Set<import('node:net').Socket>();
  origin = '';

  private constructor(server: http.Server | https.Server | http2.Http2SecureServer) {
    this.#server = server;
  }

  static async start(kind: ServerKind = 'http', tls?: TestTls): Promise<TestServer> {
    let created: TestServer;
    const listener = (req: http.IncomingMessage | http2.Http2ServerRequest, res: http.ServerResponse | http2.Http2ServerResponse) => {
      void created.#handle(req, res);
    };
    if (kind === 'http') {
      created = new TestServer(http.createServer(listener));
    } else if (tls === undefined) {
      throw new Error(`${kind} test server needs TLS material`);
    } else if (kind === 'https') {
      created = new TestServer(https.createServer({ cert: tls.certPem, key: tls.keyPem }, listener));
    } else {
      created = new TestServer(
        http2.createSecureServer({ cert: tls.certPem, key: tls.keyPem, allowHTTP1: true }, listener),
      );
    }
    const server = created.#server;
    const track = (socket: import('node:net').Socket) => {
      created.#sockets.add(socket);
      socket.on('close', () => created.#sockets.delete(socket));
    };
    server.on(kind === 'http' ? 'connection' : 'secureConnection', track);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    created.origin = `${kind === 'http' ? 'http' : 'https'}://127.0.0.1:${port}`;
    return created;
  }

  /** Requests whose path (without query) equals `path`. */
  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async #handle(
    req: http.IncomingMessage | http2.Http2ServerRequest,
    res: http.ServerResponse | http2.Http2ServerResponse,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.origin);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      url,
      headers: req.headers,
      body: Buffer.concat(chunks),
      httpVersion: req.httpVersion,
    };
    this.requests.push(recorded);
    let reply: Reply;
    try {
      reply = await this.handler(recorded);
    } catch (err) {
      reply = { status: 500, body: String(err) };
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.hangUp) {
      req.socket.destroy();
      return;
    }
    let body: string | Uint8Array = '';
    const headers: Record<string, string | string[]> = { ...reply.headers };
    if (typeof reply.body === 'string' || reply.body instanceof Uint8Array) {
      body = reply.body;
    } else if (reply.body !== undefined) {
      body = JSON.stringify(reply.body);
      headers['content-type'] ??= 'application/json';
    }
    if (res.destroyed) return;
    if (reply.partial) {
      const bytes = Buffer.from(body);
      headers['content-length'] = String(bytes.length);
      (res as http.ServerResponse).writeHead(reply.status ?? 200, headers);
      (res as http.ServerResponse).write(bytes.subarray(0, reply.partial.bytes));
      if (reply.partial.then === 'close') setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    (res as http.ServerResponse).writeHead(reply.status ?? 200, headers);
    (res as http.ServerResponse).end(body);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/**
 * A TCP server that accepts connections and never says a word: a TLS client
 * never completes its handshake, an HTTP client never gets an answer.
 */
export class SilentTcpServer {
  readonly #server: net.Server;
  readonly #sockets = new Set<net.Socket>();
  readonly port: number;

  private constructor(server: net.Server) {
    this.#server = server;
    this.port = (server.address() as AddressInfo).port;
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      // Read and drop what comes, so that the client's close is seen.
      socket.resume();
      socket.on('error', () => {});
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  /** Connections the client has not closed yet. */
  get openConnections(): number {
    return this.#sockets.size;
  }

  static async start(): Promise<SilentTcpServer> {
    const server = net.createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return new SilentTcpServer(server);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
