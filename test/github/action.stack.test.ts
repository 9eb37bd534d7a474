// The GitHub Action as the runner runs it: `node dist/index.js` with INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, against the real
// stack. docker creates the repository and the signer; the action pushes the
// images through the stack's dockerd and signs them with docker's key file.
// docker trust inspect, a content-trust pull and the registry itself must
// agree with what the action reported. Both variants: open and token auth.

import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dockerKeyPem } from '../support/core.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  removePeerContext,
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';
import { DOCKER_CLI, type StackVariant } from '../support/stack.ts';
import { SIGNER } from '../support/token-server.ts';
import { runAction, type ActionRun } from './support/action-run.ts';
import { buildAction } from './support/build-action.ts';
import { expectNoSecrets, keyLines, masks } from './support/leaks.ts';

const stack = inject('stack');

const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** A registry request as an anonymous client: on 401, a pull token from the challenge's realm. */
async function registryRequest(variant: StackVariant, path: string, init: RequestInit = {}): Promise<Response> {
  const url = `${variant.registryUrl}${path}`;
  const first = await fetch(url, init);
  if (first.status !== 401) return first;
  const challenge = first.headers.get('www-authenticate') ?? '';
  const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const tokenUrl = new URL(params.realm!);
  tokenUrl.searchParams.set('service', params.service!);
  if (params.scope) tokenUrl.searchParams.set('scope', params.scope);
  const { token } = (await (await fetch(tokenUrl)).json()) as { token: string };
  return fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
}

async function registryTags(variant: StackVariant, repoPath: string): Promise<string[]> {
  const res = await registryRequest(variant, `/v2/${repoPath}/tags/list`);
  if (res.status === 404) return [];
  expect(res.status).toBe(200);
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

async function registryDigest(variant: StackVariant, repoPath: string, tag: string): Promise<string | null> {
  const res = await registryRequest(variant, `/v2/${repoPath}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: MANIFEST_TYPES },
  });
  return res.status === 200 ? res.headers.get('docker-content-digest') : null;
}

const hex = (digest: string) => digest.slice('sha256:'.length);

beforeAll(async () => {
  // The committed bundle must be what src builds to (CI checks that too); test that bundle.
  await buildAction();
}, 300_000);

describe.each(['open', 'token'] as const)('the GitHub Action on the %s stack', (name) => {
  const variant = stack.variants[name];
  const user = variant.auth ? SIGNER : undefined;
  const repo = uniqueRepository(variant, 'action');
  let ctx: PeerContext;
  let signerKey: string;

  /**
   * The job: @actions/exec finds `docker` on PATH, so the docker CLI of the
   * stack comes first; the stack's dockerd; docker's config with the login.
   * DOCKER_CONTENT_TRUST=1 as jobs set it for verified pulls: the action's
   * own push must not turn into docker's signing push.
   */
  const jobEnv = () => ({
    PATH: `${dirname(DOCKER_CLI)}:${process.env.PATH ?? ''}`,
    HOME: ctx.dir,
    DOCKER_HOST: stack.dockerHost,
    DOCKER_CONFIG: ctx.dockerConfig,
    DOCKER_CLI_HINTS: 'false',
    DOCKER_CONTENT_TRUST: '1',
  });

  const baseInputs = () => ({
    'signer-key': signerKey,
    'signer-key-passphrase': ctx.passphrases.repository,
    'trust-server': variant.notaryUrl,
    'trust-server-ca': stack.caPem,
    ...(user ? { username: user.username, password: user.password } : {}),
  });

  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant, user ? { user } : {});
    const publicKey = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, 'ci', repo.name]);
    signerKey = await dockerKeyPem(ctx, 'ci');
  });
  afterAll(async () => {
    if (ctx) await removePeerContext(ctx);
  });

  describe('when it pushes and signs two tags', () => {
    let run: ActionRun;

    beforeAll(async () => {
      await makeImage(ctx, repo.ref('v1'));
      await makeImage(ctx, repo.ref('v2'));
      run = await runAction({
        inputs: { ...baseInputs(), tags: `${repo.ref('v1')}\n${repo.ref('v2')}` },
        env: jobEnv(),
      });
    });

    it('succeeds', () => {
      expect(run.stderr + run.stdout).not.toContain('::error::');
      expect(run.code).toBe(0);
    });

    it('pushed both tags with docker, output streamed to the log', async () => {
      expect(run.stdout).toContain(`[command]${DOCKER_CLI} push ${repo.ref('v1')}`);
      expect(await registryTags(variant, repo.path)).toEqual(expect.arrayContaining(['v1', 'v2']));
    });

    it('outputs the registry digest of the first reference, the signed list and the signer key ID', async () => {
      const v1 = await registryDigest(variant, repo.path, 'v1');
      const v2 = await registryDigest(variant, repo.path, 'v2');
      expect(run.outputs.digest).toBe(v1);
      const signed = JSON.parse(run.outputs.signed!) as unknown[];
      expect(signed).toEqual([
        { reference: repo.ref('v1'), tag: 'v1', digest: v1, size: expect.any(Number), roles: expect.arrayContaining(['targets/ci']), alreadySigned: false, formats: ['dct'] },
        { reference: repo.ref('v2'), tag: 'v2', digest: v2, size: expect.any(Number), roles: expect.arrayContaining(['targets/ci']), alreadySigned: false, formats: ['dct'] },
      ]);
      expect(run.outputs['signer-key-id']).toMatch(/^[0-9a-f]{64}$/);
    });

    it('is shown by docker trust inspect as signed by the signer, with its key', async () => {
      const [inspected] = await trustInspect(ctx, repo.name);
      const signed = JSON.parse(run.outputs.signed!) as { tag: string; digest: string }[];
      expect(inspected).toMatchObject({
        SignedTags: expect.arrayContaining(
          signed.map((s) => ({ SignedTag: s.tag, Digest: hex(s.digest), Signers: ['ci'] })),
        ),
        Signers: [{ Name: 'ci', Keys: [{ ID: run.outputs['signer-key-id'] }] }],
      });
    });

    it('pulls with content trust on after the image is removed', async () => {
      await docker(ctx, ['rmi', repo.ref('v1')]);
      const { stdout } = await docker(ctx, ['pull', repo.ref('v1')], { env: { DOCKER_CONTENT_TRUST: '1' } });
      expect(stdout).toContain(run.outputs.digest);
    });

    it('writes the job summary table', () => {
      expect(run.summary).toContain('<table>');
      for (const header of ['Reference', 'Digest', 'Size', 'Roles', 'Trust server']) {
        expect(run.summary).toContain(`<th>${header}</th>`);
      }
      expect(run.summary).toContain(`<code>${repo.ref('v1')}</code>`);
      expect(run.summary).toContain(`<code>${run.outputs.digest}</code>`);
      expect(run.summary).toContain(`key ${run.outputs['signer-key-id']!.slice(0, 12)} (signer ci)`);
      expect(run.summary).toContain(variant.notaryUrl);
      expect(run.summary).toMatch(/targets\/ci/);
    });

    it('masks the key and passphrase, and shows neither', () => {
      expect(masks(run)).toContain(ctx.passphrases.repository);
      expectNoSecrets(run, [ctx.passphrases.repository, ...keyLines(signerKey), ...(user ? [user.password] : [])]);
    });
  });

  describe('when the passphrase is wrong', () => {
    const wrong = 'not-the-passphrase-4711';
    let run: ActionRun;

    beforeAll(async () => {
      await makeImage(ctx, repo.ref('refused'));
      run = await runAction({
        inputs: { ...baseInputs(), 'signer-key-passphrase': wrong, tags: repo.ref('refused') },
        env: jobEnv(),
      });
    });

    it('fails with exit code 1 and one error naming signer-key-passphrase', () => {
      expect(run.code).toBe(1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('signer-key-passphrase');
    });

    it('pushes nothing', async () => {
      expect(run.stdout).not.toContain('docker push');
      expect(await registryTags(variant, repo.path)).not.toContain('refused');
      expect(await registryDigest(variant, repo.path, 'refused')).toBeNull();
    });

    it('sets no outputs', () => {
      expect(run.outputs).toEqual({});
    });

    it('shows no secret in its output', () => {
      expectNoSecrets(run, [wrong, ctx.passphrases.repository, ...keyLines(signerKey), ...(user ? [user.password] : [])]);
    });
  });
});
