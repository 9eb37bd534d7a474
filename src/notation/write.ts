// Writing a notation signature as notation 1.3 does: the JWS envelope and
// the `{}` config as blobs, then the referrer manifest with its subject,
// listed in the sha256-<hex> tag index where the registry does not index
// subjects (attachReferrer: one writer per digest at a time, re-read and
// retried, so cosign bundles and notation signatures written in one run
// all stay listed). A valid signature by the same certificate for the
// digest is left as it is, so migrating twice writes nothing new.

import type { X509Certificate } from 'node:crypto';
import { OCI_MANIFEST } from '../registry/media-types.ts';
import { attachReferrer } from '../registry/referrers.ts';
import { VERSION } from '../version.ts';
import { NOTATION_ARTIFACT_TYPE } from './constants.ts';
import { checkEnvelope, signEnvelope } from './envelope.ts';
import { CONFIG_BYTES, signatureManifestBytes } from './manifest.ts';
import { readNotationSignatures } from './read.ts';
import type { NotationSigner, NotationTarget, NotationWriteOptions, NotationWriteOutcome } from './types.ts';
import { judge } from './verify.ts';

/** What notation calls the signing agent: the tool that signed. */
export const SIGNING_AGENT = `dct-sign/${VERSION}`;

/** A valid signature by this very leaf certificate for the target, if there is one (migrate's dry run asks too). */
export async function existingNotationSignature(target: NotationTarget, signer: NotationSigner, now: Date): Promise<string | undefined> {
  const leaf = signer.chain[0] as X509Certificate;
  const policy = { anchors: [leaf], identities: [] };
  for (const r of await readNotationSignatures(target.registry, target.location, target.manifest.digest)) {
    if ('problem' in r) continue;
    const checked = checkEnvelope(r.envelope);
    if (!checked.ok || !(checked.envelope.chain[0] as X509Certificate).raw.equals(leaf.raw)) continue;
    if (judge(checked.envelope, policy, target, now).ok) return r.manifest;
  }
  return undefined;
}

export async function writeNotationSignature(
  target: NotationTarget,
  signer: NotationSigner,
  options: NotationWriteOptions = {},
): Promise<NotationWriteOutcome> {
  const now = (options.now ?? (() => new Date()))();
  const { registry, location, manifest } = target;
  const name = `${location.registry}/${location.repository}@${manifest.digest}`;
  const already = await existingNotationSignature(target, signer, now);
  if (already !== undefined) {
    options.logger?.info(`${name}: a notation signature by "${signer.subject}" is there already (${already})`);
    return { written: false, signature: already, listedBy: undefined };
  }
  const signingTime = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const subject = { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
  const envelope = await signEnvelope({ key: signer.key, chain: signer.chain, target: subject, signingTime, signingAgent: SIGNING_AGENT });
  const [config, layer] = await Promise.all([registry.pushBlob(location, CONFIG_BYTES), registry.pushBlob(location, envelope)]);
  const bytes = signatureManifestBytes({ config, envelope: layer, subject, chain: signer.chain, signingTime });
  const attached = await attachReferrer(
    registry,
    location,
    subject,
    { bytes, mediaType: OCI_MANIFEST, artifactType: NOTATION_ARTIFACT_TYPE },
    options.logger === undefined ? {} : { logger: options.logger },
  );
  options.logger?.info(`${name}: notation signature ${attached.descriptor.digest} by "${signer.subject}" written`);
  return { written: true, signature: attached.descriptor.digest, listedBy: attached.listedBy };
}
