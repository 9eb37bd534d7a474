// dct-sign's own notation gate: reads the notation signatures listed for
// the registry's current digest and counts one when it passes every check
// notation 1.3 makes under a strict trust policy, in its order:
//   integrity    the envelope, its JWS signature and critical headers
//   authenticity the chain leads to a trust anchor
//   expiry       the signature's own expiry, if it has one
//   validity     every certificate is valid now; the signing time is only
//                the signer's claim and never extends a certificate
//   identity     the leaf's subject matches a trusted identity
//   target       the payload's digest, media type and size are the registry's
// There is no revocation check: no network beyond the registry is reached.

import type { X509Certificate } from 'node:crypto';
import { InputError } from '../errors.ts';
import {
  certificateSubject,
  codeSigningChainProblem,
  isLeafCertificate,
  isSelfSignedCertificate,
  readCertificates,
  subjectAttributes,
} from '../keys/index.ts';
import { checkEnvelope, payloadTarget, type CheckedEnvelope } from './envelope.ts';
import { formatIdentity, identityMatches, parseIdentity, type DistinguishedName } from './identity.ts';
import { readNotationSignatures } from './read.ts';
import type { NotationReadOptions, NotationTarget, NotationTrustPolicy, NotationVerdict } from './types.ts';

/** At most this many failed checks are named in a verdict. */
const PROBLEMS_SHOWN = 3;

export type NotationCheck = 'integrity' | 'authenticity' | 'expiry' | 'validity' | 'identity' | 'target';

/** The anchors and identities, parsed; throws InputError/KeyError naming the input. */
export interface ParsedPolicy {
  readonly anchors: readonly X509Certificate[];
  readonly identities: readonly DistinguishedName[];
}

export function parsePolicy(policy: NotationTrustPolicy): ParsedPolicy {
  if (policy.trustAnchors.length === 0) {
    throw new InputError('notation-trust-anchor', 'no trust anchor to check notation signatures with; give the CA or signing certificate (PEM) to trust');
  }
  const anchors = policy.trustAnchors.flatMap((a) => readCertificates(a.pem, a.source).map((cert) => ({ cert, source: a.source })));
  // A `ca` trust store takes CA certificates and self-signed signing certificates only (notation-go truststore.ValidateCertificates).
  const stray = anchors.find((a) => isLeafCertificate(a.cert) && !isSelfSignedCertificate(a.cert));
  if (stray !== undefined) {
    throw new InputError(
      'notation-trust-anchor',
      `${stray.source}: the certificate "${certificateSubject(stray.cert)}" is neither a CA nor a self-signed signing certificate, which notation refuses as a trust anchor; give the root or intermediate CA that issued it`,
    );
  }
  const identities = policy.identities.map((i) => parseIdentity(i));
  const ca = anchors.find((a) => !isLeafCertificate(a.cert));
  if (identities.length === 0 && ca !== undefined) {
    throw new InputError(
      'notation-identity',
      `required because the trust anchor "${certificateSubject(ca.cert)}" (${ca.source}) is a CA, which would accept every certificate it issued; ` +
        'name the signers as notation does, e.g. "x509.subject: C=US, ST=WA, O=Example, CN=ci"',
    );
  }
  return { anchors: anchors.map((a) => a.cert), identities };
}

type Outcome = { readonly ok: true; readonly subject: string } | { readonly ok: false; readonly check: NotationCheck; readonly problem: string };

function failed(check: NotationCheck, problem: string): Outcome {
  return { ok: false, check, problem };
}

/** Every check after integrity, on an envelope checkEnvelope accepted. */
export function judge(envelope: CheckedEnvelope, policy: ParsedPolicy, target: NotationTarget, now: Date): Outcome {
  const { chain } = envelope;
  const leaf = chain[0] as X509Certificate;
  const subject = certificateSubject(leaf);
  if (!chain.some((c) => policy.anchors.some((a) => a.raw.equals(c.raw)))) {
    return failed('authenticity', `the certificate chain of "${subject}" leads to no trust anchor`);
  }
  if (envelope.expiry !== undefined && now.getTime() >= envelope.expiry.getTime()) {
    return failed('expiry', `the signature expired on ${envelope.expiry.toISOString()}`);
  }
  const validity = codeSigningChainProblem(chain, now);
  if (validity !== undefined) return failed('validity', validity);
  if (policy.identities.length > 0) {
    const attrs = subjectAttributes(leaf);
    if (typeof attrs === 'string') return failed('identity', attrs);
    if (!policy.identities.some((dn) => identityMatches(dn, attrs))) {
      return failed('identity', `the signer "${subject}" matches none of the identities ${policy.identities.map(formatIdentity).join('; ')}`);
    }
  }
  const signed = payloadTarget(envelope.payload);
  const want = target.manifest;
  if (signed === undefined) return failed('target', 'the payload names no target artifact');
  if (signed.digest !== want.digest) return failed('target', `it signs ${signed.digest}, not ${want.digest}`);
  if (signed.mediaType !== want.mediaType) return failed('target', `it signs a ${signed.mediaType}, but the registry serves a ${want.mediaType}`);
  if (signed.size !== want.size) return failed('target', `it signs ${signed.size} bytes, but the manifest is ${want.size}`);
  return { ok: true, subject };
}

export async function verifyNotationSignatures(
  target: NotationTarget,
  policy: NotationTrustPolicy,
  options: NotationReadOptions = {},
): Promise<NotationVerdict> {
  const parsed = parsePolicy(policy);
  const now = (options.now ?? (() => new Date()))();
  const digest = target.manifest.digest;
  const name = `${target.location.registry}/${target.location.repository}${target.tag === undefined ? '' : `:${target.tag}`}`;
  const read = await readNotationSignatures(target.registry, target.location, digest);
  if (read.length === 0) {
    return { ok: false, reason: 'notation-unsigned', message: `${name} (${digest}) has no notation signature` };
  }
  const results = read.map((r) => {
    if ('problem' in r) return { manifest: r.manifest, outcome: failed('integrity', r.problem) };
    const checked = checkEnvelope(r.envelope);
    if (!checked.ok) return { manifest: r.manifest, outcome: failed('integrity', checked.problem) };
    return { manifest: r.manifest, outcome: judge(checked.envelope, parsed, target, now) };
  });
  const good = results.filter((r) => r.outcome.ok);
  if (good.length > 0) {
    options.logger?.debug(`${name}: ${good.length} valid notation signature(s)`);
    return {
      ok: true,
      signatures: good.map((r) => r.manifest),
      signedBy: [...new Set(good.map((r) => (r.outcome as { subject: string }).subject))],
    };
  }
  const problems = results.map((r) => {
    const o = r.outcome as { check: NotationCheck; problem: string };
    return `signature ${r.manifest}: ${o.check} check failed: ${o.problem}`;
  });
  const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ');
  const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
  return { ok: false, reason: 'notation-invalid', message: `${name} (${digest}) has no valid notation signature: ${shown}${more}` };
}
