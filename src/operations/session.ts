// One run's connections: a pooled transport, the registry auth shared by
// registry and trust-server calls, and the clients built on them. Everything
// an operation does goes through one session so that connections and tokens
// are reused and requests can be counted.

import { HttpTransport, type TransportStats } from '../http/transport.ts';
import { RegistryAuth, type RegistryCredentials } from '../registry/auth.ts';
import { RegistryClient } from '../registry/registry-client.ts';
import { TrustServerClient, type TrustAccess } from '../notary/client.ts';

export interface SessionOptions {
  /** Extra CA certificates (PEM) for a self-hosted trust server or registry. */
  readonly caBundle?: string;
  readonly credentials?: RegistryCredentials;
  readonly timeoutMs?: number;
  /** 'write' asks for pull+push from the start, so a sign needs one token. */
  readonly access?: TrustAccess;
}

export class Session {
  readonly transport: HttpTransport;
  readonly auth: RegistryAuth;
  readonly registry: RegistryClient;
  readonly #access: TrustAccess;
  readonly #timeoutMs: number | undefined;
  readonly #trust = new Map<string, TrustServerClient>();

  constructor(options: SessionOptions = {}) {
    this.transport = new HttpTransport({
      ...(options.caBundle ? { caBundle: options.caBundle } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    this.auth = new RegistryAuth({
      transport: this.transport,
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    this.registry = new RegistryClient({ auth: this.auth });
    this.#access = options.access ?? 'read';
    this.#timeoutMs = options.timeoutMs;
  }

  /** The client for one trust server URL, created once per session. */
  trustServer(url: string): TrustServerClient {
    let client = this.#trust.get(url);
    if (!client) {
      client = new TrustServerClient({
        url,
        auth: this.auth,
        access: this.#access,
        ...(this.#timeoutMs ? { timeoutMs: this.#timeoutMs } : {}),
      });
      this.#trust.set(url, client);
    }
    return client;
  }

  stats(): TransportStats {
    return this.transport.stats();
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
