// The trust servers a command will ask first, known as soon as its command
// line is read: the CLI opens their TCP connections then (http/preconnect.ts),
// while the operation, the key and the TLS context are still loading.

import { formatsOf } from '../commands/inputs.ts';
import type { AnyCommandSpec, CommandInput, InputValues } from '../commands/spec.ts';
import { proxyRulesFromEnv } from '../http/proxy.ts';
import { resolveTrustServer } from '../operations/trust-server-url.ts';
import type { ImageReference } from '../registry/reference.ts';

/**
 * Early connections per trust server: a sign's first wave asks root,
 * timestamp, snapshot, targets and the signer's two delegations at once, and
 * over HTTP/1.1 (notary-server offers no HTTP/2) each takes its own
 * connection; the wave waits for its slowest GET, so each must have its
 * handshake behind it. Those a read does not use are closed after a few
 * seconds; an HTTP/2 server needs one, and the transport closes the rest as
 * soon as it answers in HTTP/2.
 */
export const TRUST_READ_CONNECTIONS = 6;

/**
 * The trust server URLs of the command's references, where opening them early
 * helps: not for a command that runs docker push first (the connection would
 * sit idle for the push), nor when only cosign signatures are asked for (no
 * trust server is contacted), nor for a server reached through a proxy (the
 * connection goes to the proxy, which the transport opens itself).
 */
export function earlyConnections(spec: AnyCommandSpec, values: InputValues, env: NodeJS.ProcessEnv): URL[] {
  if (!(spec.inputs as readonly CommandInput[]).some((i) => i.name === 'trust-server')) return [];
  if (spec.pushes?.(values)) return [];
  // With cosign alone no trust server is contacted.
  if (!formatsOf(values).includes('dct')) return [];
  const refs = values.parsed<ImageReference[]>('tags') ?? [];
  try {
    const proxy = proxyRulesFromEnv(env);
    const registries = new Set(refs.map((r) => r.registry));
    const urls = [...new Set([...registries].map((registry) => resolveTrustServer(registry, values.string('trust-server'), env)))].map((u) => new URL(u));
    return urls.filter((url) => !proxy.proxyFor(url));
  } catch {
    // A bad proxy or trust server setting: the operation names it; nothing is opened early.
    return [];
  }
}
