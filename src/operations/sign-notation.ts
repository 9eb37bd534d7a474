// sign's notation part: the key and certificate chain that make the notation
// signature, checked as notation 1.3 checks them before anything is written
// in any format, a warning when the certificate expires within the expiry
// window, and the registry writes, which run while the trust server
// publishes.

import { InputError } from '../errors.ts';
import type { LoadedPrivateKey } from '../keys/index.ts';
import type { Logger } from '../logger.ts';
import type { NotationSigner, NotationWriteOutcome } from '../notation/types.ts';
import type { TaggedReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import { EXPIRY_WARNING_WINDOW } from './expiry.ts';
import { notationFormatOf, type NotationFormat } from './formats.ts';
import { writeEachTag, type TagOutcome } from './registry-writes.ts';
import type { RepositoryContext } from './repository-context.ts';

/** What sign needs to write notation signatures: the format and the signer, ready before any request. */
export interface NotationPlan {
  readonly format: NotationFormat;
  readonly signer: NotationSigner;
}

export interface NotationKeys {
  readonly signerKey: LoadedPrivateKey | undefined;
  /** `notation-key`: makes the notation signatures instead of the signer key. */
  readonly notationKey: LoadedPrivateKey | undefined;
  /** `notation-certificate`: the PEM chain, leaf first. */
  readonly certificate: string | undefined;
}

const DAY_MS = 86_400_000;

/** The notation key (notation-key, else the signer key) with its chain, refused before any request when they do not fit. */
export async function notationPlanOf(given: NotationFormat | undefined, keys: NotationKeys, logger: Logger | undefined): Promise<NotationPlan> {
  const [key, keyInput] = keys.notationKey ? [keys.notationKey, 'notation-key'] : [keys.signerKey, 'signer-key'];
  if (!key) throw new InputError('signer-key', 'no key to make the notation signature with; give signer-key or notation-key');
  if (!keys.certificate?.trim()) {
    throw new InputError(
      'notation-certificate',
      `notation signatures carry the certificate of ${keyInput}: give its chain, leaf first (\`dct-sign certificate\` makes a self-signed one)`,
    );
  }
  const format = await notationFormatOf(given);
  const signer = format.signerOf(key, keys.certificate, { keyInput, certificateInput: 'notation-certificate' });
  warnOfCertificateExpiry(signer, logger);
  return { format, signer };
}

// As for DCT roles: a certificate that expires unnoticed makes every later notation signature fail.
function warnOfCertificateExpiry(signer: NotationSigner, logger: Logger | undefined, now = new Date()): void {
  const left = signer.notAfter.getTime() - now.getTime();
  if (left > EXPIRY_WARNING_WINDOW) return;
  const days = Math.max(0, Math.floor(left / DAY_MS));
  logger?.warning(
    `notation-certificate: the certificate chain of "${signer.subject}" expires on ${signer.notAfter.toISOString().slice(0, 10)} ` +
      `(in ${days} day${days === 1 ? '' : 's'}); give a renewed one (\`dct-sign certificate\` makes a self-signed one) before then, or notation signing and verification fail`,
  );
}

export type NotationTagOutcome = TagOutcome<NotationWriteOutcome>;

/** Writes the notation signature for every tag at once; a tag that fails does not stop the others. */
export function writeNotation(
  context: RepositoryContext<TaggedReference>,
  plan: NotationPlan,
  resolved: readonly { readonly ref: TaggedReference; readonly manifest: ManifestDescriptor }[],
): Promise<NotationTagOutcome[]> {
  return writeEachTag(context, resolved, (target) => plan.format.write(target, plan.signer, { logger: context.logger }));
}
