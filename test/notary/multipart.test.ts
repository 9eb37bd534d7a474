import { describe, expect, it } from 'vitest';
import { buildMultipartBody } from '../../src/notary/multipart.ts';

const files = [
  { role: 'targets/releases', bytes: Buffer.from('{"signed":{"a":1}}') },
  { role: 'snapshot', bytes: Buffer.from([0x00, 0xff, 0x0d, 0x0a]) },
];

describe('buildMultipartBody', () => {
  describe('with a fixed boundary', () => {
    it('lays the parts out as Go mime/multipart does', () => {
      const { contentType, body } = buildMultipartBody(files, 'B0UND');

      expect(contentType).toBe('multipart/form-data; boundary=B0UND');
      expect(Buffer.from(body)).toEqual(
        Buffer.concat([
          Buffer.from(
            '--B0UND\r\n' +
              'Content-Disposition: form-data; name="files"; filename="targets/releases"\r\n' +
              'Content-Type: application/octet-stream\r\n\r\n' +
              '{"signed":{"a":1}}' +
              '\r\n--B0UND\r\n' +
              'Content-Disposition: form-data; name="files"; filename="snapshot"\r\n' +
              'Content-Type: application/octet-stream\r\n\r\n',
          ),
          Buffer.from([0x00, 0xff, 0x0d, 0x0a]),
          Buffer.from('\r\n--B0UND--\r\n'),
        ]),
      );
    });

    it('escapes quotes and backslashes in filenames as Go does', () => {
      const { body } = buildMultipartBody([{ role: 'a"b\\c', bytes: new Uint8Array() }], 'X');

      expect(Buffer.from(body).toString()).toContain('filename="a\\"b\\\\c"');
    });
  });

  describe('with a random boundary', () => {
    it('uses 60 hex characters, like Go', () => {
      const { contentType } = buildMultipartBody(files);

      expect(contentType).toMatch(/^multipart\/form-data; boundary=[0-9a-f]{60}$/);
    });

    it('parses back into the same files with a standard form-data parser', async () => {
      const { contentType, body } = buildMultipartBody(files);

      const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
      const parts = form.getAll('files') as File[];

      expect(parts.map((p) => p.name)).toEqual(['targets/releases', 'snapshot']);
      expect(parts.map((p) => p.type)).toEqual(['application/octet-stream', 'application/octet-stream']);
      const bytes = await Promise.all(parts.map(async (p) => Buffer.from(await p.arrayBuffer())));
      expect(bytes).toEqual(files.map((f) => f.bytes));
    });
  });
});
