// What the publishing functions need from a trust server. The notary wire
// client implements it; tests can hand in a hostile one.

import type { TufKey } from '../keys/tuf-key.ts';
import type { UploadFile } from './changes.ts';

export interface TrustServer {
  /** One metadata file; null when the server has none. */
  getRole(
    gun: string,
    role: string,
    options: { maxBytes: number; checksum?: string; version?: number },
  ): Promise<Uint8Array | null>;
  /** The public key of a role the server manages (timestamp, snapshot), created on first request. */
  getKey(gun: string, role: string): Promise<TufKey>;
  /** One atomic update of several roles. */
  publish(gun: string, files: readonly UploadFile[]): Promise<void>;
}
