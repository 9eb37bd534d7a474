// The action's other commands as the runner runs them (`node dist/index.js`
// with INPUT_* variables), against the real stack, with docker as the
// oracle: verify passes what docker signed and fails once the tag is pushed
// again; inspect prints what docker trust inspect does; a signer added by
// the action signs with docker trust sign; a key it generates is one docker
// trust key load takes; a tag it revokes is gone from docker trust inspect.
// The token variant is covered by action.stack.test.ts; these run on the open one.

import { mkdir, readdir, readFile } from 'node:fs/promises';
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
import { runAction, type ActionRun } from './support/action-run.ts';
import { buildAction } from './support/build-action.ts';
import { expectNoSecrets, keyLines, masks } from './support/leaks.ts';

const stack = inject('stack');
const variant = stack.variants.open;

interface Inspected {
  readonly SignedTags: readonly { readonly SignedTag: string; readonly Digest: string; readonly Signers: readonly string[] }[];
  readonly Signers: readonly { readonly Name: string; readonly Keys?: readonly { readonly ID: string }[] }[];
}

const errors = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::error::'));

beforeAll(async () => {
  // The committed bundle must be what src builds to (CI checks that too); test that bundle.
  await buildAction();
}, 300_000);

describe('the GitHub Action commands', () => {
  const repo = uniqueRepository(variant, 'action-commands');
  let ctx: PeerContext;
  let bob: PeerContext;
  let ciKey: string;
  let repositoryKey: string;
  const signed = new Map<string, PushedImage>();

  const jobEnv = () => ({ HOME: ctx.dir, DOCKER_CONFIG: ctx.dockerConfig });
  const action = (command: string, inputs: Record<string, string>) =>
    runAction({
      inputs: { command, 'trust-server': variant.notaryUrl, 'trust-server-ca': stack.caPem, ...inputs },
      env: jobEnv(),
    });
  /** Every secret of the context, for the leak scan. */
  const secrets = () => [ctx.passphrases.repository, ctx.passphrases.root, ...keyLines(ciKey), ...keyLines(repositoryKey)];

  /** Pushes a new image for `tag` and has docker sign it with signer ci. */
  async function dockerSigned(tag: string): Promise<PushedImage> {
    await makeImage(ctx, repo.ref(tag));
    const image = await pushImage(ctx, repo.ref(tag));
    await docker(ctx, ['trust', 'sign', repo.ref(tag)]);
    signed.set(tag, image);
    return image;
  }

  beforeAll(async () => {
    [ctx, bob] = await Promise.all([createPeerContext(stack, variant), createPeerContext(stack, variant)]);
    const ciPub = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', ciPub, 'ci', repo.name]);
    ciKey = await dockerKeyPem(ctx, 'ci');
    repositoryKey = await dockerKeyPem(ctx, 'targets', repo.gun);
    await dockerSigned('v1');
    await dockerSigned('old');
  });
  afterAll(async () => {
    await Promise.all([ctx, bob].filter((c) => c !== undefined).map(removePeerContext));
  });

  describe('command: verify', () => {
    let passed: ActionRun;
    let failed: ActionRun;
    let repushed: PushedImage;

    beforeAll(async () => {
      passed = await action('verify', { tags: repo.ref('v1'), 'required-signers': 'ci' });
      await makeImage(ctx, repo.ref('v1'));
      repushed = await pushImage(ctx, repo.ref('v1'));
      failed = await action('verify', { tags: repo.ref('v1') });
    });

    it('passes for the tag docker signed, outputting the reference pinned to its digest', () => {
      expect(errors(passed)).toEqual([]);
      expect(passed.code).toBe(0);
      expect(passed.outputs.references).toBe(`${repo.name}@${signed.get('v1')!.digest}`);
      expect(JSON.parse(passed.outputs.verified!)).toEqual([
        expect.objectContaining({ reference: repo.ref('v1'), ok: true, signers: ['ci'], signedDigest: signed.get('v1')!.digest }),
      ]);
      expect(passed.summary).toContain('✅ verified');
    });

    it('fails with exit code 1 once other content is pushed to the tag, naming the reason', () => {
      expect(failed.code).toBe(1);
      const [error, ...more] = errors(failed);
      expect(more).toEqual([]);
      expect(error).toBe(
        `::error::${repo.ref('v1')} (digest-changed): the registry serves ${repushed.digest}, but ${signed.get('v1')!.digest} is signed`,
      );
    });

    it('sets its outputs before failing: no reference to pull, the verdict with both digests', () => {
      expect(failed.outputs.references).toBe('');
      expect(JSON.parse(failed.outputs.verified!)).toEqual([
        expect.objectContaining({
          ok: false,
          reason: 'digest-changed',
          signedDigest: signed.get('v1')!.digest,
          registryDigest: repushed.digest,
          pinned: null,
        }),
      ]);
    });

    it('shows no secret', () => {
      for (const run of [passed, failed]) expectNoSecrets(run, secrets());
    });
  });

  describe('command: inspect', () => {
    it('outputs what docker trust inspect prints, for a repository and a tag', async () => {
      const run = await action('inspect', { tags: `${repo.name}\n${repo.ref('old')}` });
      expect(errors(run)).toEqual([]);
      const { stdout } = await docker(ctx, ['trust', 'inspect', repo.name, repo.ref('old')]);
      expect(JSON.parse(run.outputs.trust!)).toEqual(JSON.parse(stdout));
      expect(run.stdout).toContain(`Signatures for ${repo.name}`);
      expect(run.summary).toContain(`<td>old</td><td><code>${signed.get('old')!.digest.slice('sha256:'.length)}</code></td><td>ci</td>`);
    });
  });

  describe('command: signer-add', () => {
    let run: ActionRun;
    let bobKeyId: string;

    beforeAll(async () => {
      const bobPub = await generateSignerKey(bob, 'bob');
      bobKeyId = (await readdir(join(bob.dockerTrustDir, 'private')))[0]!.replace(/\.key$/, '');
      run = await action('signer-add', {
        tags: repo.name,
        'signer-name': 'bob',
        'signer-public-key': bobPub,
        'repository-key': repositoryKey,
        'repository-key-passphrase': ctx.passphrases.repository,
      });
    });

    it('adds the public key docker generated, outputting its key ID', () => {
      expect(errors(run)).toEqual([]);
      expect(run.outputs['signer-key-id']).toBe(bobKeyId);
      expect(run.summary).toContain(`<td><code>${repo.gun}</code></td><td>bob</td><td>added</td>`);
    });

    it('lets docker trust sign with that key', async () => {
      await makeImage(bob, repo.ref('by-bob'));
      await pushImage(bob, repo.ref('by-bob'));
      await docker(bob, ['trust', 'sign', repo.ref('by-bob')]);
      const [inspected] = (await trustInspect(ctx, repo.name)) as Inspected[];
      expect(inspected!.SignedTags).toContainEqual(expect.objectContaining({ SignedTag: 'by-bob', Signers: ['bob'] }));
      expect(inspected!.Signers).toContainEqual({ Name: 'bob', Keys: [{ ID: bobKeyId }] });
    });

    it('masks the repository key and shows no secret', () => {
      expect(masks(run)).toEqual(expect.arrayContaining(keyLines(repositoryKey)));
      expectNoSecrets(run, secrets());
    });
  });

  describe('command: key-generate', () => {
    let run: ActionRun;
    let dir: string;

    beforeAll(async () => {
      dir = join(ctx.dir, 'generated');
      await mkdir(dir);
      run = await action('key-generate', { 'signer-name': 'dave', 'signer-key-passphrase': ctx.passphrases.repository, 'key-directory': dir });
    });

    it('writes the key files into key-directory and outputs them', async () => {
      expect(errors(run)).toEqual([]);
      expect(run.outputs).toEqual({
        'signer-key-id': expect.stringMatching(/^[0-9a-f]{64}$/),
        'public-key': await readFile(join(dir, 'dave.pub'), 'utf8'),
        'private-key-path': join(dir, 'dave.key'),
        'public-key-path': join(dir, 'dave.pub'),
      });
    });

    it('writes a key that docker trust key load stores under the output key ID', async () => {
      await docker(ctx, ['trust', 'key', 'load', run.outputs['private-key-path']!, '--name', 'dave']);
      expect(await readdir(join(ctx.dockerTrustDir, 'private'))).toContain(`${run.outputs['signer-key-id']}.key`);
    });

    it('never shows the private key', async () => {
      const privateKey = await readFile(join(dir, 'dave.key'), 'utf8');
      expect(masks(run)).toEqual(expect.arrayContaining(keyLines(privateKey)));
      expectNoSecrets(run, [...secrets(), ...keyLines(privateKey)]);
    });
  });

  describe('command: revoke', () => {
    let run: ActionRun;

    beforeAll(async () => {
      run = await action('revoke', { tags: repo.ref('old'), 'signer-key': ciKey, 'signer-key-passphrase': ctx.passphrases.repository });
    });

    it('outputs the revoked tag and the roles it left', () => {
      expect(errors(run)).toEqual([]);
      const [revoked, ...more] = JSON.parse(run.outputs.revoked!) as { reference: string; tag: string; roles: string[] }[];
      expect(more).toEqual([]);
      expect(revoked).toMatchObject({ reference: repo.ref('old'), tag: 'old', gun: repo.gun });
      expect([...revoked!.roles].sort()).toEqual(['targets/ci', 'targets/releases']);
    });

    it('removes the tag from docker trust inspect, and only that tag', async () => {
      const [inspected] = (await trustInspect(ctx, repo.name)) as Inspected[];
      const tags = inspected!.SignedTags.map((t) => t.SignedTag);
      expect(tags).not.toContain('old');
      expect(tags).toEqual(expect.arrayContaining(['v1', 'by-bob']));
    });

    it('shows no secret', () => {
      expectNoSecrets(run, secrets());
    });
  });
});
