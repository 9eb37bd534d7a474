// The Azure task as the agent runs it: `node task/dist/index.js` with the
// inputs in INPUT_* and a docker-registry service connection in ENDPOINT_*,
// against the token-auth stack. docker initializes the repository and adds
// the signer `ci`; the task pushes with the connection's credentials and
// signs with docker's key file. notary and `docker trust inspect` must then
// show the tags signed by `ci`. A key that is not a signer fails the task
// with a clear message; no secret reaches the log either way.

import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dockerKeyPem } from '../support/core.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  removePeerContext,
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';
import { SIGNER } from '../support/token-server.ts';
import { buildTaskBundle } from './build-task.ts';
import { pemBodyLines, vsoCommands, type EndpointSpec } from './support.ts';
import { completion, expectNoSecrets, NODE20, outputVariable, runTask as runBundle, summaries, type TaskRun } from './task-run.ts';

const stack = inject('stack');
const variant = stack.variants.token;

const hex = (digest: string) => digest.slice('sha256:'.length);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the Azure task as the agent runs it, on the token stack', () => {
  const repo = uniqueRepository(variant, 'azure-task');
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
  let keyFile: string;
  let keyPem: string;

  const runTask = (inputs: Record<string, string>, node?: string): Promise<TaskRun> =>
    runBundle({ home: ctx.dir, agentTemp, sources, dockerHost: stack.dockerHost, connection }, inputs, node);

  beforeAll(async () => {
    await buildTaskBundle();
    ctx = await createPeerContext(stack, variant, { user: SIGNER });
    agentTemp = await mkdtemp(join(ctx.dir, 'agent-temp-'));
    sources = join(ctx.dir, 's');
    await mkdir(sources, { recursive: true });
    const publicKey = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, 'ci', repo.name]);
    keyPem = await dockerKeyPem(ctx, 'ci');
    keyFile = join(ctx.dir, 'ci.key');
    await writeFile(keyFile, keyPem, { mode: 0o600 });
  });

  afterAll(async () => {
    if (ctx !== undefined) await removePeerContext(ctx);
  });

  describe('when the signer key file, its passphrase and the connection are given', () => {
    let run: TaskRun;

    beforeAll(async () => {
      await makeImage(ctx, repo.ref('v1'));
      await makeImage(ctx, repo.ref('v2'));
      run = await runTask({
        tags: `${repo.ref('v1')}\n${repo.ref('v2')}\n`,
        push: 'true',
        signerKeyFile: keyFile,
        signerKeyPassphrase: ctx.passphrases.repository,
        trustServer: variant.notaryUrl,
        trustServerCa: stack.caFile,
      });
    });

    it('succeeds', () => {
      expect(completion(run), run.output).toMatchObject({ properties: { result: 'Succeeded' } });
      expect(run.code).toBe(0);
    });

    it('pushes both tags with the connection credentials', () => {
      expect(run.output).toContain(`Pushing ${repo.ref('v1')}`);
      expect(run.output).toContain(`Pushing ${repo.ref('v2')}`);
    });

    it('sets the output variables', () => {
      const signed = outputVariable(run, 'signed');
      expect(signed?.properties.isOutput).toBe('true');
      const entries = JSON.parse(signed!.data) as { reference: string; tag: string; digest: string; size: number; roles: string[] }[];
      expect(entries.map((e) => [e.reference, e.tag])).toEqual([
        [repo.ref('v1'), 'v1'],
        [repo.ref('v2'), 'v2'],
      ]);
      for (const e of entries) {
        expect(e.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(e.size).toBeGreaterThan(0);
        expect(e.roles).toContain('targets/ci');
      }
      expect(outputVariable(run, 'digest')).toMatchObject({ properties: { isOutput: 'true' }, data: entries[0]!.digest });
      expect(outputVariable(run, 'signerKeyId')?.data).toMatch(/^[0-9a-f]{64}$/);
    });

    it('is listed by notary with the digests and sizes of the output', async () => {
      const entries = JSON.parse(outputVariable(run, 'signed')!.data) as { tag: string; digest: string; size: number }[];
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      for (const e of entries) {
        expect(stdout).toMatch(new RegExp(`^${e.tag}\\s+${hex(e.digest)}\\s+${e.size}\\s+targets/(releases|ci)`, 'm'));
      }
    });

    it('is shown by docker trust inspect as signed by ci with the output key ID', async () => {
      const entries = JSON.parse(outputVariable(run, 'signed')!.data) as { tag: string; digest: string }[];
      const [inspected] = await trustInspect(ctx, repo.name);
      expect(inspected).toMatchObject({
        SignedTags: entries.map((e) => ({ SignedTag: e.tag, Digest: hex(e.digest), Signers: ['ci'] })),
        Signers: [{ Name: 'ci', Keys: [{ ID: outputVariable(run, 'signerKeyId')!.data }] }],
      });
    });

    it('uploads a summary naming the tags', () => {
      const [summary] = summaries(run);
      expect(summary).toBeDefined();
      expect(summary).toContain(repo.ref('v1'));
      expect(summary).toContain(repo.ref('v2'));
    });

    it('shows no secret and leaves no docker credentials behind', () => {
      expectNoSecrets(run, [ctx.passphrases.repository, SIGNER.password, ...pemBodyLines(keyPem)]);
      expect(readdirSync(agentTemp).filter((n) => n.startsWith('dct-sign-docker-'))).toEqual([]);
    });
  });

  // The agent's Node20_1 handler runs the same bundle on Node 20, which the machine ships.
  describe.runIf(NODE20 !== undefined)('when the agent runs it with Node 20', () => {
    it('signs', async () => {
      await makeImage(ctx, repo.ref('node20'));
      await pushImage(ctx, repo.ref('node20'));
      const run = await runTask(
        {
          tags: repo.ref('node20'),
          push: 'false',
          signerKeyFile: keyFile,
          signerKeyPassphrase: ctx.passphrases.repository,
          trustServer: variant.notaryUrl,
          trustServerCa: stack.caFile,
        },
        NODE20,
      );
      expect(completion(run), run.output).toMatchObject({ properties: { result: 'Succeeded' } });
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).toMatch(/^node20\s/m);
    });
  });

  describe('when the key is not a signer of the repository', () => {
    let run: TaskRun;
    let otherPem: string;

    beforeAll(async () => {
      await generateSignerKey(ctx, 'mallory');
      otherPem = await dockerKeyPem(ctx, 'mallory');
      await makeImage(ctx, repo.ref('v3'));
      run = await runTask({
        tags: repo.ref('v3'),
        signerKey: Buffer.from(otherPem).toString('base64'),
        signerKeyPassphrase: ctx.passphrases.repository,
        trustServer: variant.notaryUrl,
        trustServerCa: stack.caFile,
      });
    });

    it('fails, saying the key may not sign the tag', () => {
      const complete = completion(run);
      expect(complete, run.output).toMatchObject({ properties: { result: 'Failed' } });
      expect(complete!.data).toMatch(new RegExp(`may not sign ${literal(repo.ref('v3'))}: it is not a signer`));
      const issues = vsoCommands(run.output).filter((c) => c.command === 'task.issue');
      // The root nothing pins is a warning issue; the refusal is the error.
      expect(issues.map((c) => c.properties.type)).toEqual(['warning', 'error']);
      expect(issues[0]!.data).toMatch(/trusted on first use: neither trust-pin nor trust-state pins it/);
    });

    it('pushes nothing and sets no output variable', () => {
      expect(run.output).not.toContain('Pushing');
      expect(vsoCommands(run.output).filter((c) => c.command === 'task.setvariable')).toEqual([]);
    });

    it('shows no secret', () => {
      expectNoSecrets(run, [
        ctx.passphrases.repository,
        SIGNER.password,
        Buffer.from(otherPem).toString('base64'),
        ...pemBodyLines(otherPem),
      ]);
    });
  });

  describe('when the passphrase is wrong', () => {
    it('fails naming signerKeyPassphrase', async () => {
      const run = await runTask({
        tags: repo.ref('v1'),
        signerKeyFile: keyFile,
        signerKeyPassphrase: 'not-the-passphrase',
        trustServer: variant.notaryUrl,
      });
      expect(completion(run)).toMatchObject({ properties: { result: 'Failed' } });
      expect(completion(run)!.data).toMatch(/^signerKeyFile: .*signerKeyPassphrase/);
      expectNoSecrets(run, ['not-the-passphrase', SIGNER.password, ...pemBodyLines(keyPem)]);
    });
  });
});
