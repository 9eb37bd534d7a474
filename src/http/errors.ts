// Errors raised by the HTTP transport itself, before any server semantics
// apply. Callers that know what the request was for (a trust server, a
// registry) catch these at their seam and re-phrase them.

import { DctError, HttpError } from '../errors.ts';

/** How far a request got: connecting (TCP and TLS), sending it, waiting for the answer, reading it. */
export type RequestPhase = 'connecting' | 'sending' | 'waiting' | 'reading';

/** The server could not be reached, the TLS handshake failed, the connection broke, or time ran out. */
export class NetworkError extends DctError {
  readonly url: string;
  readonly method: string;
  /** The bare reason ("no answer for 30 s; gave up after 4 attempts"), for callers that re-phrase. */
  readonly reason: string;
  readonly timedOut: boolean;
  /** Tries made, the first included. */
  readonly attempts: number;
  /**
   * The request was sent whole and then the connection broke or no answer
   * came: the server may or may not have applied it. Only for requests that
   * are not idempotent (a publish); the caller must find out before retrying.
   */
  readonly outcomeUnknown: boolean;
  /** The proxy the request went through, without credentials. */
  readonly proxy: string | undefined;
  /** How far the last try got, when it timed out at the deadline. */
  readonly phase: RequestPhase | undefined;

  /** `target` names what was unreachable ("trust server https://…"); the URL by default. */
  constructor(
    details: {
      url: string;
      method: string;
      reason: string;
      timedOut?: boolean;
      target?: string;
      attempts?: number;
      outcomeUnknown?: boolean;
      proxy?: string;
      phase?: RequestPhase;
    },
    options: { cause?: unknown } = {},
  ) {
    const unknown = details.outcomeUnknown ? '; the request had been sent, so whether it was applied is unknown' : '';
    super('NETWORK', `could not reach ${details.target ?? details.url}: ${details.reason}${unknown}`, options);
    this.url = details.url;
    this.method = details.method;
    this.reason = details.reason;
    this.timedOut = details.timedOut ?? false;
    this.attempts = details.attempts ?? 1;
    this.outcomeUnknown = details.outcomeUnknown ?? false;
    this.proxy = details.proxy;
    this.phase = details.phase;
  }
}

/** A successful response's body was longer than the caller allowed. */
export class ResponseTooLargeError extends HttpError {
  readonly limit: number;

  constructor(details: { url: string; status: number; limit: number; message?: string }) {
    super(details.message ?? `response from ${details.url} exceeds the limit of ${details.limit} bytes`, {
      status: details.status,
      url: details.url,
    });
    this.limit = details.limit;
  }
}
