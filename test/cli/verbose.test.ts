// --verbose and --quiet on a real run: the CLI over a fake trust server (no
// trust data), so that the operation, the transport and the logger are the
// real ones and every request shows as a debug line.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_USAGE } from '../../src/cli/cli.ts';
import { FakeTrustServer } from '../support/fake-trust-server.ts';
import { cli } from './support.ts';

const GUN = 'example.com/test/repo';

describe('#runCli', () => {
  let server: FakeTrustServer;

  beforeAll(async () => {
    server = await FakeTrustServer.start(GUN, new Map());
  });

  afterAll(async () => {
    await server.close();
  });

  const inspect = (...flags: string[]) => cli(['inspect', '--trust-server', server.url, ...flags, GUN], { real: true });

  describe('when --verbose is given', () => {
    it('writes a debug line for each request, with method, URL, status and time, and one for the phase', async () => {
      const before = server.requests.length;
      const run = await inspect('--verbose');
      const debug = run.stderr.split('\n').filter((line) => line.startsWith('debug: '));
      const root = `${server.url}/v2/${GUN}/_trust/tuf/root.json`.replace(/[.?]/g, '\\$&');
      expect(debug).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^debug: GET ${root}: 404 in \\d+ ms$`)),
          expect.stringMatching(new RegExp(`^debug: reading trust data for ${GUN}: (done in|failed after) \\d+ ms$`)),
        ]),
      );
      // One line per request the server saw, no more.
      expect(debug.filter((line) => /^debug: (GET|HEAD|POST) /.test(line))).toHaveLength(server.requests.length - before);
    });
  });

  describe('when neither is given', () => {
    it('writes no debug line', async () => {
      const run = await inspect();
      expect(run.stderr).not.toMatch(/^debug: /m);
    });
  });

  describe('when --quiet is given', () => {
    it('writes the error alone: no progress, warning or debug line', async () => {
      const run = await inspect('--quiet');
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toMatch(/^dct-sign: error: [^\n]+\n$/);
    });
  });

  describe('when --quiet and --verbose are both given', () => {
    it('exits 2 before any request', async () => {
      const before = server.requests.length;
      const run = await inspect('--quiet', '--verbose');
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --quiet: cannot be given with --verbose/);
      expect(server.requests.length).toBe(before);
    });
  });
});
