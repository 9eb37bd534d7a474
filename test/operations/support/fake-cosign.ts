// A cosign format for the operations' tests: what the operations decide
// (which tags, which key, in what order, beside which publish) without the
// signature bytes, which src/sigstore's own tests and the real peers check.
// It keeps one manifest per digest under the `.sig` tag in the in-memory
// registry, naming the public key that "signed" it, so that what was
// written is seen in the registry as the real format's writes are.

import { createPublicKey } from 'node:crypto';
import { exportPublicKeyPem, type LoadedPrivateKey } from '../../../src/keys/index.ts';
import type { CosignFormat } from '../../../src/operations/formats.ts';
import type { CosignForm, CosignPublicKey, CosignSigner, CosignTarget, CosignVerdict, CosignWriteOutcome } from '../../../src/sigstore/types.ts';

const MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const BOTH: readonly CosignForm[] = ['sig', 'bundle'];

interface FakeSignature {
  readonly keys: string[];
  readonly tags: (string | null)[];
}

export class FakeCosign implements CosignFormat {
  /** Every write, in order: the reference written for and the key's PEM. */
  readonly writes: { readonly reference: string; readonly digest: string; readonly pem: string }[] = [];
  /** Tags (`registry/repository:tag`) whose write fails with `failure`. */
  readonly failing = new Set<string>();
  failure: Error = new Error('the registry refused the write');
  /** Runs as each write starts, before anything is read or written. */
  beforeWrite: ((target: CosignTarget) => Promise<void>) | undefined;

  signerOf(key: LoadedPrivateKey): CosignSigner {
    return { key, publicKeyPem: exportPublicKeyPem(key.signer.publicKey) };
  }

  async write(target: CosignTarget, signer: CosignSigner): Promise<CosignWriteOutcome> {
    await this.beforeWrite?.(target);
    const reference = `${target.location.registry}/${target.location.repository}:${target.tag ?? ''}`;
    if (this.failing.has(reference)) throw this.failure;
    const held = await this.#read(target);
    const mine = spki(signer.publicKeyPem);
    if (held?.keys.includes(mine)) return { written: [], already: BOTH };
    const next: FakeSignature = { keys: [...(held?.keys ?? []), mine], tags: [...(held?.tags ?? []), target.tag ?? null] };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE, annotations: { fake: JSON.stringify(next) } }));
    await target.registry.putManifest(target.location, sigTag(target.manifest.digest), { bytes, mediaType: MEDIA_TYPE });
    this.writes.push({ reference, digest: target.manifest.digest, pem: signer.publicKeyPem });
    return { written: BOTH, already: [] };
  }

  async verify(target: CosignTarget, keys: readonly CosignPublicKey[]): Promise<CosignVerdict> {
    const held = await this.#read(target);
    if (!held) return { ok: false, reason: 'cosign-unsigned', message: `no cosign signature for ${target.manifest.digest}` };
    const signedBy = keys.filter((k) => held.keys.includes(spki(k.pem))).map((k) => k.source);
    if (signedBy.length === 0) return { ok: false, reason: 'cosign-invalid', message: `no cosign signature for ${target.manifest.digest} by the keys given` };
    return { ok: true, forms: BOTH, signedBy };
  }

  async #read(target: CosignTarget): Promise<FakeSignature | undefined> {
    const manifest = await target.registry.manifest(target.location, sigTag(target.manifest.digest));
    if (!manifest) return undefined;
    const { annotations } = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as { annotations: { fake: string } };
    return JSON.parse(annotations.fake) as FakeSignature;
  }
}

/** A key as its SubjectPublicKeyInfo bytes, however its PEM is laid out. */
function spki(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** The tag cosign keeps a digest's `.sig` manifest under. */
export function sigTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/** A public key as verify's cosign-public-key gives it. */
export function cosignKey(key: LoadedPrivateKey, source = 'cosign-public-key #1'): CosignPublicKey {
  return { source, pem: exportPublicKeyPem(key.signer.publicKey) };
}
