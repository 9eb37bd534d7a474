// One error base for the whole core. Each error carries a typed code so that
// tests and entrypoints can branch on it, and a cause for the underlying error.

export type ErrorCode =
  | 'INPUT' // a user input is missing or malformed
  | 'KEY' // a key could not be read or used
  | 'PASSPHRASE' // a key's passphrase is wrong or missing
  | 'VERIFY' // trust data failed verification
  | 'EXPIRED' // trust data has expired
  | 'ROLLBACK' // trust data is older than what we already trust
  | 'NOT_FOUND' // the trust server or registry has no such thing
  | 'UNAUTHORIZED' // credentials missing or refused
  | 'PUSH_DENIED' // the identity may read the repository but not push to it
  | 'HTTP' // any other failed request
  | 'NETWORK' // the server could not be reached or timed out
  | 'CONFLICT' // a concurrent publish won the race, retries were exhausted
  | 'NOT_SIGNER' // the signer's key may not sign any role of the repository
  | 'NO_TRUST_DATA' // the repository has never been initialized
  | 'COMMAND' // an external command failed
  | 'STATE_NOT_SAVED'; // the work is published, but the trust state file could not be written

export class DctError extends Error {
  readonly code: ErrorCode;
  override readonly cause: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.cause = options.cause;
  }
}

/** A user input is wrong. The message names the input and says how to fix it. */
export class InputError extends DctError {
  readonly input: string;
  constructor(input: string, message: string, options: { cause?: unknown } = {}) {
    super('INPUT', `${input}: ${message}`, options);
    this.input = input;
  }
}

/**
 * The operation is done and what it published is live on the trust server,
 * but the trust state file was not saved. Carries the operation's result:
 * the command shows it as on success, then fails (exit code 1, not 2).
 */
export class StateNotSavedError extends DctError {
  readonly result: unknown;
  constructor(message: string, result: unknown, options: { cause?: unknown } = {}) {
    super('STATE_NOT_SAVED', message, options);
    this.result = result;
  }
}

/**
 * Publishing to one repository failed after others were already changed
 * (`changed`, by name). Same code as the error it wraps; the operations are
 * idempotent, so rerunning is safe.
 */
export class PartiallyPublishedError extends DctError {
  readonly changed: readonly string[];
  constructor(code: ErrorCode, message: string, changed: readonly string[], options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.changed = changed;
  }
}

/** A key could not be parsed or used. Never carries key material in the message. */
export class KeyError extends DctError {
  readonly input: string;
  constructor(
    input: string,
    message: string,
    options: { cause?: unknown; code?: 'KEY' | 'PASSPHRASE' } = {},
  ) {
    super(options.code ?? 'KEY', `${input}: ${message}`, options);
    this.input = input;
  }
}

/** Which check trust data failed, for callers that treat some failures differently. */
export type VerificationCheck = 'threshold' | 'expiry' | 'rollback' | 'hash' | 'format' | 'root';

/** Trust data failed a check. The message names the role and the reason. */
export class VerificationError extends DctError {
  readonly role: string;
  readonly check: VerificationCheck;
  constructor(
    role: string,
    message: string,
    options: { cause?: unknown; code?: 'VERIFY' | 'EXPIRED' | 'ROLLBACK'; check?: VerificationCheck } = {},
  ) {
    super(options.code ?? 'VERIFY', `${role}: ${message}`, options);
    this.role = role;
    this.check =
      options.check ?? (options.code === 'EXPIRED' ? 'expiry' : options.code === 'ROLLBACK' ? 'rollback' : 'format');
  }
}

/** A request to a trust server or registry failed. */
export class HttpError extends DctError {
  readonly status: number;
  readonly serverCode: string | undefined;
  readonly url: string;
  constructor(
    message: string,
    details: { status: number; url: string; serverCode?: string; code?: ErrorCode; cause?: unknown },
  ) {
    super(details.code ?? 'HTTP', message, { cause: details.cause });
    this.status = details.status;
    this.url = details.url;
    this.serverCode = details.serverCode;
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
