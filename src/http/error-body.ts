// Reads the error body that registries, token servers and notary-server send
// back, so that messages can quote the server. All of them use docker
// distribution's errcode envelope, {"errors":[{"code","message","detail"}]};
// token servers may instead answer OAuth-style {"error","error_description"}
// or Docker Hub's {"details"}. Anything else yields nothing.

export interface ServerError {
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly detail: unknown;
}

export function parseErrorBody(body: Uint8Array): ServerError[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const record = parsed as Record<string, unknown>;
  if (Array.isArray(record.errors)) {
    return record.errors
      .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
      .map((e) => ({ code: str(e.code), message: str(e.message), detail: e.detail }));
  }
  if (typeof record.error === 'string') {
    return [{ code: record.error, message: str(record.error_description), detail: undefined }];
  }
  if (typeof record.details === 'string') {
    return [{ code: undefined, message: record.details, detail: undefined }];
  }
  return [];
}

/** One line for a person: "CODE: message (detail)" for the first error, or undefined. */
export function summarizeErrorBody(body: Uint8Array): string | undefined {
  const [first] = parseErrorBody(body);
  if (first === undefined) return undefined;
  const parts = [first.code, first.message].filter((p): p is string => !!p);
  let text = parts.join(': ');
  const detail = describeDetail(first.detail);
  if (detail) text += text ? ` (${detail})` : detail;
  return text || undefined;
}

function describeDetail(detail: unknown): string | undefined {
  if (detail === undefined || detail === null) return undefined;
  if (typeof detail === 'string') return detail;
  // notary's validation errors: {"Name":"ErrBadRoot","Error":{"Msg":"…"}}
  if (typeof detail === 'object' && !Array.isArray(detail)) {
    const d = detail as Record<string, unknown>;
    const inner = d.Error;
    if (typeof inner === 'object' && inner !== null && typeof (inner as { Msg?: unknown }).Msg === 'string') {
      const msg = (inner as { Msg: string }).Msg;
      return typeof d.Name === 'string' ? `${d.Name}: ${msg}` : msg;
    }
    if (Object.keys(d).length === 0) return undefined;
  }
  const text = JSON.stringify(detail);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
