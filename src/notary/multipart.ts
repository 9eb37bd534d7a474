// The multipart/form-data body of a notary publish, laid out byte for byte as
// Go's mime/multipart writer does in notary's NewMultiPartMetaRequest: one
// part per role, all under the form field "files", the role name (without
// ".json") as the filename, Content-Type application/octet-stream.
// notary-server reads the role from the filename and trims a ".json" suffix.

import { randomBytes } from 'node:crypto';

export interface MetadataFile {
  readonly role: string;
  readonly bytes: Uint8Array;
}

export interface MultipartBody {
  /** `multipart/form-data; boundary=…` */
  readonly contentType: string;
  readonly body: Uint8Array;
}

export const UPLOAD_FIELD = 'files';

export function buildMultipartBody(files: readonly MetadataFile[], boundary = randomBoundary()): MultipartBody {
  const chunks: Uint8Array[] = [];
  files.forEach((file, i) => {
    // Go writes the delimiter's leading CRLF only between parts.
    const head =
      `${i === 0 ? '' : '\r\n'}--${boundary}\r\n` +
      `Content-Disposition: form-data; name="${UPLOAD_FIELD}"; filename="${escapeQuotes(file.role)}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n';
    chunks.push(Buffer.from(head, 'utf8'), file.bytes);
  });
  chunks.push(Buffer.from(`${files.length === 0 ? '' : '\r\n'}--${boundary}--\r\n`, 'utf8'));
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: view(Buffer.concat(chunks)),
  };
}

/** A Uint8Array over a Buffer's bytes, not a copy of them (an upload can be megabytes). */
function view(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

// Go's multipart.Writer uses 30 random bytes in hex.
function randomBoundary(): string {
  return randomBytes(30).toString('hex');
}

// As Go's escapeQuotes in mime/multipart.
function escapeQuotes(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
