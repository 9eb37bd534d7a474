// One run's connections: a pooled transport, the registry auth shared by
// registry and trust-server calls, and the clients built on them. Everything
// an operation does goes through one session so that connections and tokens
// are reused, requests can be counted, and every request keeps to the same
// proxy rules, retry policy and deadline.

import type { ProxyRules } from '../http/proxy.ts';
import { HttpTransport, type ClientCertificate, type Deadline, type RetryPolicy, type TransportStats } from '../http/transport.ts';
import type { Logger } from '../logger.ts';
import { RegistryAuth, type RegistryCredentials } from '../registry/auth.ts';
import { RegistryClient } from '../registry/registry-client.ts';
import { TrustServerClient, type TrustAccess } from '../notary/client.ts';

export interface SessionOptions {
  /** Extra CA certificates (PEM) for every host not in `caBundles`. */
  readonly caBundle?: string;
  /** Extra CA certificates (PEM) by host (URL.host), e.g. the trust server's, instead of `caBundle`. */
  readonly caBundles?: Readonly<Record<string, string>>;
  /** A client certificate by host (URL.host), e.g. the trust server's from docker's tls directory. */
  readonly clientCertificates?: Readonly<Record<string, ClientCertificate>>;
  /** What a certificate error adds, by host (URL.host); `tlsHint` for every other host. */
  readonly tlsHints?: Readonly<Record<string, string>>;
  readonly tlsHint?: string;
  readonly credentials?: RegistryCredentials;
  /** How long a request may go without a byte before it counts as stalled. */
  readonly stallTimeoutMs?: number;
  /** 'write' asks for pull+push from the start, so a sign needs one token. */
  readonly access?: TrustAccess;
  readonly proxy?: ProxyRules;
  /** The command's deadline; no request or retry goes past it. */
  readonly deadline?: Deadline;
  readonly retry?: RetryPolicy;
  /** Where retry warnings go. */
  readonly logger?: Logger;
  /** Registers each token a token server hands out with the platform's log masker. */
  readonly mask?: (secret: string) => void;
}

export class Session {
  readonly transport: HttpTransport;
  readonly auth: RegistryAuth;
  readonly registry: RegistryClient;
  readonly #access: TrustAccess;
  readonly #trust = new Map<string, TrustServerClient>();

  constructor(options: SessionOptions = {}) {
    this.transport = new HttpTransport({
      ...(options.caBundle ? { caBundle: options.caBundle } : {}),
      ...(options.caBundles ? { caBundles: options.caBundles } : {}),
      ...(options.clientCertificates ? { clientCertificates: options.clientCertificates } : {}),
      ...(options.tlsHints ? { tlsHints: options.tlsHints } : {}),
      ...(options.tlsHint ? { tlsHint: options.tlsHint } : {}),
      ...(options.stallTimeoutMs ? { stallTimeoutMs: options.stallTimeoutMs } : {}),
      ...(options.proxy ? { proxy: options.proxy } : {}),
      ...(options.deadline ? { deadline: options.deadline } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    this.auth = new RegistryAuth({
      transport: this.transport,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.mask ? { mask: options.mask } : {}),
    });
    this.registry = new RegistryClient({ auth: this.auth });
    this.#access = options.access ?? 'read';
  }

  /** The client for one trust server URL, created once per session. */
  trustServer(url: string): TrustServerClient {
    let client = this.#trust.get(url);
    if (!client) {
      client = new TrustServerClient({ url, auth: this.auth, access: this.#access });
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
