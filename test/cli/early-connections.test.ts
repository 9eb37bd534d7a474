// The CLI opens the trust server's connection as soon as the command line is
// read, while the operation loads; only the process entry (main.ts) gives
// runCli the hook, so these runs record what it would open.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import { ALICE_KEY_FILE, ALICE_PUB_FILE, BASE_ENV, PASSED, signResult, verifyResult } from './support.ts';

async function opened(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; urls: string[]; stderr: string }> {
  const urls: string[] = [];
  let stderr = '';
  const code = await runCli(argv, {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    env: { ...BASE_ENV, DCT_SIGNER_KEY: undefined, ...env },
    readStdin: async () => '',
    preconnect: (url) => urls.push(url.href),
    operations: {
      verify: async () => verifyResult([PASSED]),
      inspect: async () => {
        throw new Error('not reached in these tests');
      },
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake takes sign's options
      sign: async (o: any) => signResult(o),
    },
  });
  return { code, urls, stderr };
}

describe('#runCli', () => {
  describe('when a command that reads trust data has a good command line', () => {
    it('opens each trust server once, as the operation will resolve it', async () => {
      const run = await opened(['verify', 'registry.example.com/a:1', 'registry.example.com/b:2', 'other.example.com:5000/c:3']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.urls).toEqual(['https://registry.example.com/', 'https://other.example.com:5000/']);
    });

    it('opens the given trust server', async () => {
      const run = await opened(['verify', '--trust-server', 'notary.example.com:4443', 'registry.example.com/a:1']);
      expect(run.urls).toEqual(['https://notary.example.com:4443/']);
    });
  });

  describe('when the trust server is reached through a proxy', () => {
    it('opens nothing: the transport connects to the proxy itself', async () => {
      const run = await opened(['verify', 'registry.example.com/a:1'], { HTTPS_PROXY: 'http://proxy.example.com:3128' });
      expect(run.code, run.stderr).toBe(0);
      expect(run.urls).toEqual([]);
    });
  });

  describe('when only cosign signatures are asked for', () => {
    it('opens nothing: no trust server is contacted', async () => {
      const cosign = await opened(['verify', '--formats', 'cosign', '--cosign-public-key', ALICE_PUB_FILE, 'registry.example.com/a:1']);
      const both = await opened(['verify', '--formats', 'dct,cosign', 'registry.example.com/a:1']);
      expect([cosign.code, both.code], cosign.stderr + both.stderr).toEqual([0, 0]);
      expect(cosign.urls).toEqual([]);
      expect(both.urls).toEqual(['https://registry.example.com/']);
    });
  });

  describe('when sign pushes first', () => {
    it('opens nothing: the connection would sit idle through docker push', async () => {
      const pushing = await opened(['sign', '--signer-key-file', ALICE_KEY_FILE, 'registry.example.com/a:1']);
      const notPushing = await opened(['sign', '--no-push', '--signer-key-file', ALICE_KEY_FILE, 'registry.example.com/a:1']);
      expect([pushing.code, notPushing.code], pushing.stderr + notPushing.stderr).toEqual([0, 0]);
      expect(pushing.urls).toEqual([]);
      expect(notPushing.urls).toEqual(['https://registry.example.com/']);
    });
  });

  describe('when the command line is wrong', () => {
    it('opens nothing', async () => {
      const run = await opened(['verify', '--signer-policy', 'some', 'registry.example.com/a:1']);
      expect(run.code).toBe(2);
      expect(run.urls).toEqual([]);
    });
  });
});
