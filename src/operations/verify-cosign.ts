// verify's cosign part: the keys cosign signatures are checked against (the
// given ones, else the repository's current DCT signers, read and verified
// from its trust data, so a dual-signing repository needs no new input) and
// one reference's cosign verdict against the digest the registry serves now.

import { createPublicKey, X509Certificate } from 'node:crypto';
import type { TufKey } from '../keys/index.ts';
import type { TaggedReference } from '../registry/reference.ts';
import type { CosignPublicKey, CosignVerdict } from '../sigstore/types.ts';
import { RELEASES, TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { CosignFormat } from './formats.ts';
import type { RepositoryContext } from './repository-context.ts';
import { servedTarget, type DigestChanged, type Served } from './served-target.ts';

/** A DCT key as cosign's `.pub` holds it (PEM SubjectPublicKeyInfo); undefined for a key type cosign has no PEM for. */
function spkiPem(key: TufKey): string | undefined {
  try {
    if (key.keytype.endsWith('-x509')) return new X509Certificate(key.public).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    if (key.keytype === 'ecdsa' || key.keytype === 'rsa') {
      return createPublicKey({ key: key.public, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' }).toString();
    }
  } catch {
    // A key that does not parse signs nothing cosign could check.
  }
  return undefined;
}

/**
 * The keys of the repository's current signers: every delegation the trust
 * data verified (an expired or badly signed one was left out by the read),
 * targets/releases and the named signers alike, each key once.
 */
export function signerCosignKeys(repo: TrustedRepository): CosignPublicKey[] {
  const keys = new Map<string, CosignPublicKey>();
  for (const [name, role] of repo.delegations) {
    if (!name.startsWith(`${TARGETS}/`)) continue;
    const who = name === RELEASES ? 'targets/releases' : `signer ${name.slice(TARGETS.length + 1)}`;
    for (const [id, key] of role.keys) {
      const pem = spkiPem(key);
      if (pem && !keys.has(pem)) keys.set(pem, { source: `${who} (key ${id.slice(0, 12)})`, pem });
    }
  }
  return [...keys.values()];
}

/** One reference's cosign verdict: for the digest the registry serves now, and the one in the reference if given. */
export async function cosignVerdictFor(
  context: RepositoryContext,
  ref: TaggedReference,
  served: Served,
  keys: readonly CosignPublicKey[],
  format: CosignFormat,
): Promise<CosignVerdict | DigestChanged> {
  const target = await servedTarget(context, ref, served);
  if (!('registry' in target)) return target;
  return format.verify(target, keys, { logger: context.logger });
}
