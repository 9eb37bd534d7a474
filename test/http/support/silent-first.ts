// A TCP front for a test server whose first connection is accepted and then
// left silent (a TLS handshake that never completes, so no request body can
// have been sent); later connections are piped through to the server.

import { connect, createServer, type Socket } from 'node:net';

export interface SilentFront {
  /** The server's origin with the front's port. */
  readonly origin: string;
  close(): Promise<void>;
}

export async function silentFirstConnection(origin: string): Promise<SilentFront> {
  const target = new URL(origin);
  const sockets = new Set<Socket>();
  let seen = 0;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (++seen === 1) return;
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `${target.protocol}//127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
