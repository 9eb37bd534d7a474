// The README's CLI blocks that talk to a registry and trust server, run as
// written (through a `dct-sign` on PATH that is the CLI bundle built from the
// work tree) against the open stack, in the order of a user's journey: create
// the keys and the trust data, sign, verify, inspect, revoke, rotate, refresh,
// remove a signer, rotate the root; and "From DCT to Sigstore" (dual-sign, the
// gate on either format, migrate, cosign alone), judged by cosign 3.1 and 2.5
// with the signer's .pub. The blocks are read from README.md itself;
// the only changes are the substitutions in SUBSTITUTIONS, so a README edit
// that breaks a block fails here with the block named. Installing, the
// Marketplace, the guide's cosign-key block and the cluster policies are only
// checked against the specs (readme.test.ts).

import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';
import { createPeerContext, makeImage, type PeerContext, removePeerContext, uniqueRepository } from '../support/peers.ts';
import { cosignVerify, createSigstoreContext, removeSigstoreContext, type SigstoreContext } from '../support/sigstore-peers.ts';
import { shellBlocks } from './readme-blocks.ts';

const stack = inject('stack');
const open = stack.variants.open;
const repo = uniqueRepository(open, 'readme');
const ROOT_PASSPHRASE = 'readme-root-passphrase-1';
const REPOSITORY_PASSPHRASE = 'readme-repository-passphrase-1';

/** What the README assumes of the reader's machine, mapped onto the stack: [as written, as run]. */
const SUBSTITUTIONS: readonly (readonly [string, string])[] = [
  ['myregistry.azurecr.io/app', repo.name],
  ['| gh secret set DCT_SIGNER_KEY', '> ci.key.base64'],
  ['DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE=...', `DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE=${ROOT_PASSPHRASE}`],
  ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=...', `DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=${REPOSITORY_PASSPHRASE}`],
];

/**
 * The files the README's later blocks take the reader to have (ci.key from
 * the secret, repo.key, root.key, ci.pub from the setup; a new signer key
 * ci-2026.key; a signer old-ci to remove), made with dct-sign itself.
 */
const USER_FILES = `
base64 -d ci.key.base64 > ci.key
cp keys/ci.pub ci.pub
cp keys/repository.key repo.key
cp keys/root.key root.key
dct-sign key-generate --signer-name ci-2026
dct-sign key-generate --signer-name old-ci --key-directory keys
dct-sign signer-add --signer-name old-ci --signer-public-key keys/old-ci.pub --repository-key-file repo.key ${repo.name}
`;

const readme = shellBlocks(await readFile(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8'));
const used = new Set<string>();

/** The one README block with a line containing `marker`, substituted. */
function block(marker: string): string {
  const found = readme.filter((b) => b.split('\n').some((line) => line.includes(marker)));
  if (found.length !== 1) throw new Error(`README.md: ${found.length} shell blocks contain "${marker}", want 1`);
  let text = found[0]!;
  for (const [from, to] of SUBSTITUTIONS) {
    if (text.includes(from)) used.add(from);
    text = text.replaceAll(from, to);
  }
  return text;
}

let work: string;
let ctx: PeerContext;
let sigstore: SigstoreContext;
const env: NodeJS.ProcessEnv = {};

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `script` with bash in the reader's directory, stopping at the first failing command (traced on stderr). */
function sh(script: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-x', '-c', script], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs the README block named by `marker`; expects it to succeed. */
async function runBlock(marker: string, edit: (text: string) => string = (t) => t): Promise<Run> {
  const run = await sh(edit(block(marker)));
  expect(run.code, `README block "${marker}" failed:\n${run.stderr}\n${run.stdout}`).toBe(0);
  return run;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dct-sign-readme-'));
  const bin = join(work, '.bin');
  const index = await buildCli({ outDir: join(work, '.cli') });
  await mkdir(bin);
  await writeFile(join(bin, 'dct-sign'), `#!/bin/sh\nexec '${process.execPath}' '${index}' "$@"\n`, { mode: 0o755 });
  // The trust server's private CA where docker and dct-sign look for it.
  const dockerConfig = join(work, '.docker');
  const tls = join(dockerConfig, 'tls', new URL(open.notaryUrl).host);
  await mkdir(tls, { recursive: true });
  await copyFile(stack.caFile, join(tls, 'ca.crt'));
  Object.assign(env, {
    PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
    HOME: work,
    DOCKER_HOST: stack.dockerHost,
    DOCKER_CONFIG: dockerConfig,
    DOCKER_CONTENT_TRUST_SERVER: open.notaryUrl,
  });
  ctx = await createPeerContext(stack, open);
  for (const tag of ['1.4.1', '1.4.2', '1.5.0']) await makeImage(ctx, repo.ref(tag));
  sigstore = await createSigstoreContext(work);
}, 300_000);

afterAll(async () => {
  if (ctx) await removePeerContext(ctx);
  if (sigstore) await removeSigstoreContext(sigstore);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('README.md', () => {
  describe('when a reader follows its CLI blocks against a registry and trust server', () => {
    it('creates the keys and the trust data with dct-sign alone', async () => {
      const run = await runBlock('key-generate --signer-name root');
      const pin = new RegExp(`^${repo.name.replace(/[.]/g, '\\.')}\\s+([0-9a-f]{64})$`, 'm').exec(run.stdout)?.[1];
      expect(pin, run.stdout).toBeDefined();
      // The reader's shell keeps the passphrases and notes the root key ID.
      Object.assign(env, {
        DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: ROOT_PASSPHRASE,
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: REPOSITORY_PASSPHRASE,
        ROOT_KEY_ID: pin,
      });
      expect((await sh(USER_FILES)).code).toBe(0);
    });

    it('signs a tag', async () => {
      await runBlock('dct-sign sign --signer-key-file ci.key', (t) => t.replaceAll(':1.4.2', ':1.4.1'));
      const run = await runBlock('dct-sign sign --signer-key-file ci.key');
      expect(run.stdout).toMatch(/^Signed 1 tag with key [0-9a-f]{12} \(signer ci\)/m);
    });

    it('verifies the tag against the pinned root', async () => {
      const run = await runBlock('dct-sign verify --required-signers ci');
      expect(run.stdout).toContain('1.4.2');
    });

    it('moves from DCT to Sigstore: dual-signs, gates on either format, migrates, signs with cosign alone', async () => {
      // cosign verify --key takes the .pub that key-generate wrote, role: header and all.
      const cosignAccepts = async (tag: string) => {
        for (const version of [3, 2] as const) {
          const run = await cosignVerify(sigstore, version, join(work, 'ci.pub'), repo.ref(tag), { allowFailure: true });
          expect(run.code, `cosign ${version} verify --key ci.pub ${tag}:\n${run.stderr}`).toBe(0);
        }
      };
      await runBlock('dct,cosign --signer-key-file ci.key myregistry.azurecr.io/app:1.4.2');
      await cosignAccepts('1.4.2');
      const gate = await runBlock('dct-sign verify --formats dct,cosign --trust-pin');
      expect(gate.stdout).toContain('1.4.2');
      // 1.4.1 was signed with DCT alone: cosign refuses it until the migrate block (dry run, then for real) has run.
      const before = await cosignVerify(sigstore, 3, join(work, 'ci.pub'), repo.ref('1.4.1'), { allowFailure: true });
      expect(before.code).not.toBe(0);
      const migrated = await runBlock('dct-sign migrate --formats cosign --dry-run');
      expect(migrated.stdout).toMatch(/1\.4\.1/);
      await cosignAccepts('1.4.1');
      await runBlock('dct-sign sign --formats cosign --signer-key-file ci.key');
      await cosignAccepts('1.5.0');
    });

    it('inspects, revokes, rotates, refreshes and removes a signer', async () => {
      await runBlock('dct-sign inspect --pretty');
      const after = await sh(`dct-sign inspect --pretty ${repo.name}`);
      expect(after.stdout).toMatch(/^1\.4\.2 /m);
      expect(after.stdout).not.toMatch(/^1\.4\.1 /m);
      expect(after.stdout).not.toMatch(/^old-ci /m);
      expect(after.stdout).toMatch(/^ci +[0-9a-f]{12}$/m);
    });

    it('rotates the root key and prints the new trust-pin', async () => {
      const run = await runBlock('--key-role root');
      const pin = new RegExp(`The root key of ${repo.name.replace(/[.]/g, '\\.')} is ([0-9a-f]{64})`).exec(run.stdout)?.[1];
      expect(pin, run.stdout).toBeDefined();
      expect(pin).not.toBe(env.ROOT_KEY_ID);
      env.ROOT_KEY_ID = pin;
      await runBlock('dct-sign verify --required-signers ci');
    });

    it('uses every substitution', () => {
      expect([...used].sort()).toEqual(SUBSTITUTIONS.map(([from]) => from).sort());
    });
  });
});
