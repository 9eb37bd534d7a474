// The task's other commands as the agent runs them (task.stack.test.ts has
// sign), on the token stack with a docker-registry service connection, and
// docker as the oracle: verify passes what docker trust sign signed (the
// `references` output pinned to its digest) and fails naming digest-changed
// once the tag is pushed again; inspect's `trust` output is what docker
// trust inspect prints; a signer the task adds signs with docker trust sign;
// a tag the task revokes is gone from docker trust inspect. No run shows a
// secret.

import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dockerKeyPem } from '../support/core.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  pushImage,
  type PushedImage,
  removePeerContext,
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';
import { SIGNER } from '../support/token-server.ts';
import { buildTaskBundle } from './build-task.ts';
import { pemBodyLines, type EndpointSpec } from './support.ts';
import { completion, expectNoSecrets, NODE20, outputVariable, runTask as runBundle, summaries, type TaskRun } from './task-run.ts';

const stack = inject('stack');
const variant = stack.variants.token;

interface Inspected {
  readonly SignedTags: readonly { readonly SignedTag: string; readonly Digest: string; readonly Signers: readonly string[] }[];
  readonly Signers: readonly { readonly Name: string; readonly Keys?: readonly { readonly ID: string }[] }[];
}

describe('the Azure task commands as the agent runs them, on the token stack', () => {
  const repo = uniqueRepository(variant, 'azure-commands');
  const connection: EndpointSpec = {
    id: randomUUID(),
    url: variant.registryUrl,
    scheme: 'UsernamePassword',
    parameters: { registry: variant.registryUrl, username: SIGNER.username, password: SIGNER.password, email: '' },
    data: { registrytype: 'Others' },
  };
  let ctx: PeerContext;
  let agentTemp: string;
  let sources: string;
  let ciKey: string;
  let repositoryKey: string;
  const signed = new Map<string, PushedImage>();
  const runs: TaskRun[] = [];

  async function task(command: string, inputs: Record<string, string>, node?: string): Promise<TaskRun> {
    const run = await runBundle(
      { home: ctx.dir, agentTemp, sources, dockerHost: stack.dockerHost, connection },
      { command, trustServer: variant.notaryUrl, trustServerCa: stack.caFile, ...inputs },
      node,
    );
    runs.push(run);
    return run;
  }

  /** Pushes a new image for `tag` and has docker sign it as signer ci. */
  async function dockerSigned(tag: string): Promise<PushedImage> {
    await makeImage(ctx, repo.ref(tag));
    const image = await pushImage(ctx, repo.ref(tag));
    await docker(ctx, ['trust', 'sign', repo.ref(tag)]);
    signed.set(tag, image);
    return image;
  }

  const result = (run: TaskRun) => completion(run)?.properties.result;

  beforeAll(async () => {
    await buildTaskBundle();
    ctx = await createPeerContext(stack, variant, { user: SIGNER });
    agentTemp = await mkdtemp(join(ctx.dir, 'agent-temp-'));
    sources = join(ctx.dir, 's');
    await mkdir(sources, { recursive: true });
    const ciPub = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', ciPub, 'ci', repo.name]);
    ciKey = await dockerKeyPem(ctx, 'ci');
    repositoryKey = await dockerKeyPem(ctx, 'targets', repo.gun);
    await dockerSigned('v1');
    await dockerSigned('moved');
  });

  afterAll(async () => {
    if (ctx !== undefined) await removePeerContext(ctx);
  });

  describe('verify', () => {
    it('passes a tag docker signed, with references pinned to its digest', async () => {
      const run = await task('verify', { tags: repo.ref('v1'), requiredSigners: 'ci' });
      expect(result(run), run.output).toBe('Succeeded');
      const pinned = `${repo.name}@${signed.get('v1')!.digest}`;
      expect(outputVariable(run, 'references')).toMatchObject({ properties: { isOutput: 'true' }, data: pinned });
      expect(JSON.parse(outputVariable(run, 'verified')!.data)).toMatchObject([{ reference: repo.ref('v1'), ok: true, signers: ['ci'], pinned }]);
      expect(summaries(run)[0]).toContain(`| \`${repo.ref('v1')}\` | verified |`);
    });

    it('fails naming digest-changed once the tag is pushed again, still setting the outputs', async () => {
      await makeImage(ctx, repo.ref('moved'));
      const pushed = await pushImage(ctx, repo.ref('moved'));
      const run = await task('verify', { tags: `${repo.ref('v1')}\n${repo.ref('moved')}` });
      expect(result(run), run.output).toBe('Failed');
      expect(completion(run)!.data).toBe(
        `${repo.ref('moved')} (digest-changed): the registry serves ${pushed.digest}, but ${signed.get('moved')!.digest} is signed`,
      );
      // Only what passed is pinned: a later step must not deploy the moved tag.
      expect(outputVariable(run, 'references')?.data).toBe(`${repo.name}@${signed.get('v1')!.digest}`);
      expect(JSON.parse(outputVariable(run, 'verified')!.data)).toMatchObject([
        { ok: true },
        { reference: repo.ref('moved'), ok: false, reason: 'digest-changed', registryDigest: pushed.digest },
      ]);
    });

    it.runIf(NODE20 !== undefined)('runs on the Node 20 of the Node20_1 handler', async () => {
      const run = await task('verify', { tags: repo.ref('v1') }, NODE20);
      expect(result(run), run.output).toBe('Succeeded');
    });
  });

  describe('inspect', () => {
    it('sets trust to what docker trust inspect prints', async () => {
      const run = await task('inspect', { tags: `${repo.name}\n${repo.ref('v1')}` });
      expect(result(run), run.output).toBe('Succeeded');
      const docker = [...(await trustInspect(ctx, repo.name)), ...(await trustInspect(ctx, repo.ref('v1')))];
      expect(JSON.parse(outputVariable(run, 'trust')!.data)).toEqual(docker);
      expect(summaries(run)[0]).toContain(`Signatures for ${repo.name}`);
    });
  });

  describe('signer-add', () => {
    let run: TaskRun;
    let bobKeyId: string;

    beforeAll(async () => {
      // docker keeps bob's private key in ctx; the task gets the public key file.
      const bobPub = await generateSignerKey(ctx, 'bob');
      run = await task('signer-add', {
        tags: repo.name,
        signerName: 'bob',
        signerPublicKey: bobPub,
        repositoryKey,
        repositoryKeyPassphrase: ctx.passphrases.repository,
      });
      const [inspected] = (await trustInspect(ctx, repo.name)) as Inspected[];
      bobKeyId = inspected!.Signers.find((s) => s.Name === 'bob')?.Keys?.[0]?.ID ?? '';
    });

    it('adds the signer, whose key ID is the output', () => {
      expect(result(run), run.output).toBe('Succeeded');
      expect(bobKeyId).toMatch(/^[0-9a-f]{64}$/);
      expect(outputVariable(run, 'signerKeyId')?.data).toBe(bobKeyId);
    });

    it('lets docker trust sign as that signer', async () => {
      await makeImage(ctx, repo.ref('by-bob'));
      await pushImage(ctx, repo.ref('by-bob'));
      await docker(ctx, ['trust', 'sign', repo.ref('by-bob')]);
      const [inspected] = (await trustInspect(ctx, repo.ref('by-bob'))) as Inspected[];
      // docker signs with every signer key it holds: ci's and now bob's.
      expect(inspected!.SignedTags).toEqual([expect.objectContaining({ SignedTag: 'by-bob', Signers: expect.arrayContaining(['bob']) })]);
    });
  });

  describe('revoke', () => {
    it("removes the tag with the signer's key, so docker trust inspect no longer shows it", async () => {
      const run = await task('revoke', { tags: repo.ref('v1'), signerKey: ciKey, signerKeyPassphrase: ctx.passphrases.repository });
      expect(result(run), run.output).toBe('Succeeded');
      expect(JSON.parse(outputVariable(run, 'revoked')!.data)).toEqual([
        { reference: repo.ref('v1'), tag: 'v1', gun: repo.gun, roles: expect.arrayContaining(['targets/releases', 'targets/ci']) as string[] },
      ]);
      const [inspected] = (await trustInspect(ctx, repo.name)) as Inspected[];
      expect(inspected!.SignedTags.map((t) => t.SignedTag)).not.toContain('v1');
      expect(inspected!.SignedTags.map((t) => t.SignedTag)).toContain('moved');
    });
  });

  it('shows no secret in any run', () => {
    expect(runs.length).toBeGreaterThanOrEqual(5);
    const secrets = [
      ctx.passphrases.repository,
      SIGNER.password,
      Buffer.from(`${SIGNER.username}:${SIGNER.password}`).toString('base64'),
      ...pemBodyLines(ciKey),
      ...pemBodyLines(repositoryKey),
    ];
    for (const run of runs) expectNoSecrets(run, secrets);
  });
});
