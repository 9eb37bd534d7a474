// One dct-sign core sign as a fresh CI run does it: read and decrypt the
// signer's key file, open a new Session (no warm connection, no TLS session
// to resume, no token), sign one tag with signTargetsInRepository, close.
// Used in-process by sign-latency.ts and, bundled, by sign-once.ts.

import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadPrivateKey } from '../src/keys/index.ts';
import { Session } from '../src/operations/session.ts';
import { signTargetsInRepository } from '../src/trust/updates.ts';

export interface CoreSignJob {
  /** Trust server URL (the latency proxy). */
  readonly url: string;
  /**
   * PEM of the CA the trust server's certificate chains to, given to the
   * Session as its CA bundle (a self-hosted trust server). Empty: no bundle,
   * the CA must be in node's default store (a public trust server).
   */
  readonly caPem: string;
  /** The login for a trust server behind token auth (the token variant). */
  readonly credentials?: { readonly username: string; readonly password: string };
  readonly gun: string;
  readonly tag: string;
  readonly sha256: string;
  readonly length: number;
  /** docker's key file for the signer: <DOCKER_CONFIG>/trust/private/<keyid>.key */
  readonly keyFile: string;
  readonly passphrase: string;
  readonly signerName: string;
}

export interface CoreSignResult {
  readonly totalMs: number;
  /** Reading and decrypting the key file. */
  readonly keyLoadMs: number;
  /** signTargetsInRepository: fetch wave, verify, sign, POST. */
  readonly publishMs: number;
  readonly published: boolean;
  readonly attempts: number;
  readonly roles: readonly string[];
  readonly requests: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly byPath: Readonly<Record<string, number>>;
  readonly connections: number;
}

export async function coreSign(job: CoreSignJob): Promise<CoreSignResult> {
  const start = performance.now();
  const pem = await readFile(job.keyFile, 'utf8');
  const key = loadPrivateKey(pem, { input: 'signer key', passphrase: job.passphrase });
  const keyLoaded = performance.now();
  const session = new Session({
    ...(job.caPem ? { caBundle: job.caPem } : {}),
    ...(job.credentials ? { credentials: job.credentials } : {}),
    access: 'write',
  });
  try {
    const result = await signTargetsInRepository({
      server: session.trustServer(job.url),
      gun: job.gun,
      signers: [key.signer],
      signerName: job.signerName,
      targets: [{ name: job.tag, sha256: job.sha256, length: job.length }],
    });
    const end = performance.now();
    const stats = session.stats();
    return {
      totalMs: end - start,
      keyLoadMs: keyLoaded - start,
      publishMs: end - keyLoaded,
      published: result.published,
      attempts: result.attempts,
      roles: result.result.get(job.tag) ?? [],
      requests: stats.requests,
      byMethod: stats.byMethod,
      byPath: stats.byPath,
      connections: stats.connections,
    };
  } finally {
    await session.close();
  }
}
