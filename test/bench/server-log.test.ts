// What the bench counts per run from the servers' logs: docker-registry's
// access lines and the token server's JSON lines besides notary-server's, and
// a window closed by a sentinel request rather than by a quiet moment.

import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SENTINEL, ServerLog } from '../../bench/server-log.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'server-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const access = (method: string, uri: string, status: number) =>
  `127.0.0.1 - - [08/Dec/2026:00:45:50 +0000] "${method} ${uri} HTTP/1.1" ${status} 887 "" "cosign/devel (linux; amd64) go-containerregistry"\n`;
const registryText = (uri: string) =>
  `time="2026-12-08T00:45:50.24Z" level=info msg="response completed" http.request.method=GET http.request.uri="${uri}" http.response.status=200\n`;

describe('ServerLog', () => {
  describe("when it reads docker-registry's log", () => {
    it('counts the access lines only, one per request', async () => {
      const file = join(dir, 'registry.log');
      await writeFile(file, access('GET', '/v2/', 200));
      const log = new ServerLog(file, 'registry');
      const mark = await log.mark();
      await appendFile(file, registryText('/v2/a/manifests/1') + access('GET', '/v2/a/manifests/1', 200) + access('PUT', '/v2/a/manifests/sha256-ab', 201));
      const requests = await log.since(mark);
      expect(requests.map((r) => [r.method, r.uri, r.status])).toEqual([
        ['GET', '/v2/a/manifests/1', 200],
        ['PUT', '/v2/a/manifests/sha256-ab', 201],
      ]);
    });
  });

  describe("when it reads the token server's log", () => {
    it('counts each token request, and takes a missing file as empty', async () => {
      const file = join(dir, 'token.log');
      const log = new ServerLog(file, 'token');
      const mark = await log.mark();
      expect(mark).toBe(0);
      await appendFile(file, `${JSON.stringify({ at: 'x', method: 'GET', service: 'registry', scopes: ['repository:a:pull,push'], user: 'signer', status: 200, granted: [] })}\n`);
      const requests = await log.since(mark);
      expect(requests.map((r) => [r.method, r.status])).toEqual([['GET', 200]]);
      expect(requests[0]!.uri).toContain('repository:a:pull,push');
    });
  });

  describe('when a sentinel closes the window', () => {
    it('counts a line that reaches the file late, before the sentinel, and none after it', async () => {
      const file = join(dir, 'registry.log');
      await writeFile(file, '');
      const log = new ServerLog(file, 'registry', async (id) => {
        // As through the stack's pipe: the run's last line arrives well after a quiet moment, then the sentinel's.
        void (async () => {
          await sleep(300);
          await appendFile(file, access('PUT', '/v2/a/manifests/late', 201));
          await appendFile(file, access('GET', `/v2/${id}/manifests/latest`, 404) + access('GET', '/v2/b/manifests/next', 200));
        })();
      });
      const mark = await log.mark();
      await appendFile(file, access('GET', '/v2/a/manifests/1', 200));
      const requests = await log.since(mark);
      expect(requests.map((r) => r.uri)).toEqual(['/v2/a/manifests/1', '/v2/a/manifests/late']);
    });

    it('never counts a sentinel line that lands in the next window', async () => {
      const file = join(dir, 'registry.log');
      await writeFile(file, '');
      const log = new ServerLog(file, 'registry');
      const mark = await log.mark();
      await appendFile(file, access('GET', `/v2/${SENTINEL}-1-1/manifests/latest`, 404) + access('GET', '/v2/b/manifests/1', 200));
      expect((await log.since(mark)).map((r) => r.uri)).toEqual(['/v2/b/manifests/1']);
    });
  });
});
