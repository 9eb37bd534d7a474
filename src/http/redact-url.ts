// URLs as messages and logs may show them: never with their user and
// password. A URL that does not parse is redacted as text, since the value
// the user gave (`https://user:pw@host:99999`) still holds the password.

/** Everything from the start (after any scheme) to the last `@`: the userinfo, in text that is no URL. */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)?[^]*@/i;

/** A URL with any user and password replaced by `***`; text that is no URL loses everything up to its last `@`. */
export function redactUrl(url: URL | string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return String(url).replace(USERINFO, '$1***@');
  }
  // `user:pw@host` parses, as scheme `user:` and path `pw@host`.
  if (u.host === '') return u.href.replace(USERINFO, '$1***@');
  if (u.username || u.password) {
    u.username = '***';
    u.password = '';
  }
  return u.href.replace(/\/$/, '');
}

/**
 * A request's URL as a debug line shows it: scheme, host and path only. The
 * userinfo goes, and so does the query, which may carry a token or the
 * signature of a signed URL; `?…` says there was one.
 */
export function requestUrlForLog(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}
