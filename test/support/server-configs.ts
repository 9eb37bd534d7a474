// Config files for the stack's servers. Key names follow notary's
// cmd/notary-server/config.go (viper), distribution 2.8's configuration
// package and containerd 1.6's version-2 TOML.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { StackCerts } from './certs.ts';

export const NOTARY_SERVICE = 'notary-server';
export const REGISTRY_SERVICE = 'registry';

export interface TokenAuth {
  readonly realm: string;
  readonly issuer: string;
  readonly rootCertBundle: string;
}

/** notary-server JSON config: TLS, in-memory storage, local ed25519 signing, optional token auth. */
export function notaryServerConfig(certs: StackCerts, port: number, auth: TokenAuth | null): unknown {
  return {
    server: {
      http_addr: `127.0.0.1:${port}`,
      tls_cert_file: certs.serverCertFile,
      tls_key_file: certs.serverKeyFile,
    },
    trust_service: { type: 'local', key_algorithm: 'ed25519' },
    storage: { backend: 'memory' },
    logging: { level: 'info' },
    ...(auth === null
      ? {}
      : {
          auth: {
            type: 'token',
            // Handed as-is to distribution's token access controller.
            options: {
              realm: auth.realm,
              service: NOTARY_SERVICE,
              issuer: auth.issuer,
              rootcertbundle: auth.rootCertBundle,
              autoredirect: false,
            },
          },
        }),
  };
}

/** Registry config (JSON, which the YAML loader reads): plain HTTP on loopback, filesystem storage. */
export function registryConfig(port: number, storageDir: string, auth: TokenAuth | null): unknown {
  return {
    version: 0.1,
    log: { level: 'info', formatter: 'text', accesslog: { disabled: false } },
    storage: {
      filesystem: { rootdirectory: storageDir },
      delete: { enabled: true },
      cache: { blobdescriptor: 'inmemory' },
    },
    http: {
      addr: `127.0.0.1:${port}`,
      secret: randomBytes(16).toString('hex'),
      headers: { 'X-Content-Type-Options': ['nosniff'] },
    },
    health: { storagedriver: { enabled: false } },
    ...(auth === null
      ? {}
      : {
          auth: {
            token: {
              realm: auth.realm,
              service: REGISTRY_SERVICE,
              issuer: auth.issuer,
              rootcertbundle: auth.rootCertBundle,
            },
          },
        }),
  };
}

/**
 * A private containerd for our dockerd. dockerd's managed containerd would
 * put its "opt" plugin dir in /opt/containerd; here everything stays in the
 * stack dir, with sockets under the short `runDir`.
 */
export function containerdConfig(dir: string, runDir: string, socket: string): string {
  return [
    'version = 2',
    `root = ${JSON.stringify(join(dir, 'containerd'))}`,
    `state = ${JSON.stringify(join(runDir, 'c'))}`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
    '[grpc]',
    `  address = ${JSON.stringify(socket)}`,
    '[ttrpc]',
    `  address = ${JSON.stringify(`${socket}.ttrpc`)}`,
    '[debug]',
    '  address = ""',
    '[plugins."io.containerd.internal.v1.opt"]',
    `  path = ${JSON.stringify(join(dir, 'containerd-opt'))}`,
    '',
  ].join('\n');
}

/** dockerd's daemon.json. Without the key path dockerd 20.10 writes /etc/docker/key.json (there is no flag for it). */
export function dockerdConfig(dir: string): unknown {
  return { 'deprecated-key-path': join(dir, 'dockerd-key.json') };
}

export function dockerdArgs(opts: {
  readonly socket: string;
  readonly containerdSocket: string;
  readonly dataRoot: string;
  readonly execRoot: string;
  readonly pidFile: string;
  readonly configFile: string;
}): string[] {
  return [
    '--host', `unix://${opts.socket}`,
    '--containerd', opts.containerdSocket,
    '--data-root', opts.dataRoot,
    '--exec-root', opts.execRoot,
    '--pidfile', opts.pidFile,
    '--config-file', opts.configFile,
    '--storage-driver=vfs',
    // No networking of its own: no bridge, no iptables/forwarding changes on the host.
    '--bridge=none',
    '--iptables=false',
    '--ip-masq=false',
    '--ip-forward=false',
    '--userland-proxy=false',
  ];
}
