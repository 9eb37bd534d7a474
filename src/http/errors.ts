// Errors raised by the HTTP transport itself, before any server semantics
// apply. Callers that know what the request was for (a trust server, a
// registry) catch these at their seam and re-phrase them.

import { DctError, HttpError } from '../errors.ts';

/** The server could not be reached, the TLS handshake failed, or it timed out. */
export class NetworkError extends DctError {
  readonly url: string;
  readonly method: string;
  /** The bare reason ("timed out after 30000 ms"), for callers that re-phrase. */
  readonly reason: string;
  readonly timedOut: boolean;

  /** `target` names what was unreachable ("trust server https://…"); the URL by default. */
  constructor(
    details: { url: string; method: string; reason: string; timedOut?: boolean; target?: string },
    options: { cause?: unknown } = {},
  ) {
    super('NETWORK', `could not reach ${details.target ?? details.url}: ${details.reason}`, options);
    this.url = details.url;
    this.method = details.method;
    this.reason = details.reason;
    this.timedOut = details.timedOut ?? false;
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
