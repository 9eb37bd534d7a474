// The latency proxy on its own thread. The in-process contender does CPU work
// (key decryption, TLS handshakes, verification) on the bench's event loop;
// were the proxy on that loop too, its timers would fire late whenever the
// client computes, and the proxy would add delay that a real network would
// not. On a worker thread, the delay stays the delay.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startLatencyProxy, type LatencyProxyOptions } from '../test/support/latency-proxy.ts';

export interface ProxyThread {
  readonly port: number;
  readonly url: string;
  /** Connections the proxy accepted so far. */
  connections(): Promise<number>;
  close(): Promise<void>;
}

type Request = { readonly op: 'connections' } | { readonly op: 'close' };
type Reply =
  | { readonly op: 'ready'; readonly port: number; readonly url: string }
  | { readonly op: 'connections'; readonly count: number }
  | { readonly op: 'closed' }
  | { readonly op: 'error'; readonly message: string };

export async function startProxyThread(options: LatencyProxyOptions): Promise<ProxyThread> {
  const worker = new Worker(new URL(import.meta.url), { workerData: options });
  const replies: ((r: Reply) => void)[] = [];
  const next = () => new Promise<Reply>((resolve) => replies.push(resolve));
  worker.on('message', (r: Reply) => replies.shift()?.(r));
  worker.on('error', (err) => replies.shift()?.({ op: 'error', message: err.message }));
  const ready = await next();
  if (ready.op !== 'ready') throw new Error(`latency proxy thread: ${ready.op === 'error' ? ready.message : ready.op}`);
  const ask = async (req: Request): Promise<Reply> => {
    const reply = next();
    worker.postMessage(req);
    return reply;
  };
  return {
    port: ready.port,
    url: ready.url,
    connections: async () => {
      const r = await ask({ op: 'connections' });
      if (r.op !== 'connections') throw new Error(`latency proxy thread: unexpected ${r.op}`);
      return r.count;
    },
    close: async () => {
      await ask({ op: 'close' });
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  try {
    const proxy = await startLatencyProxy(workerData as LatencyProxyOptions);
    port.on('message', (req: Request) => {
      if (req.op === 'connections') port.postMessage({ op: 'connections', count: proxy.connections } satisfies Reply);
      else void proxy.close().then(() => port.postMessage({ op: 'closed' } satisfies Reply));
    });
    port.postMessage({ op: 'ready', port: proxy.port, url: proxy.url } satisfies Reply);
  } catch (err) {
    port.postMessage({ op: 'error', message: (err as Error).message } satisfies Reply);
  }
}
