// The JSON outputs of docs/commands.md that more than one entrypoint writes
// (`signed`, `revoked`, `refreshed`), built once so that the action's
// outputs, the task's variables and the CLI's --json agree field for field.
// verify's are in verify-report.ts.

import type { RefreshResult } from './refresh.ts';
import type { RevokeResult } from './revoke.ts';
import type { SignResult } from './sign.ts';

/** `signed`: each reference with the digest and size signed and the roles it was signed into. */
export function signedOutput(result: SignResult) {
  return result.signed.map(({ reference, tag, digest, size, roles }) => ({ reference, tag, digest, size, roles }));
}

/** `revoked`: each tag with the roles it was removed from. */
export function revokedOutput(result: RevokeResult) {
  return result.revoked.map(({ reference, tag, gun, roles }) => ({ reference, tag, gun, roles }));
}

/** `refreshed`: each re-signed role with its new version, and its new and former expiry as ISO dates. */
export function refreshedOutput(result: RefreshResult) {
  return result.refreshed.map((r) => ({
    role: r.role,
    version: r.version,
    expires: r.expires.toISOString(),
    previousExpires: r.previousExpires.toISOString(),
  }));
}
