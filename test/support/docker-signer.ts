// A repository with a docker trust signer, as the bridge's operations meet
// one: an admin that added alice with `docker trust signer add`, and alice's
// private key read back from her docker trust store, as a CI job gives it.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedPrivateKey } from '../../src/keys/index.ts';
import { loadKeyInput } from '../../src/operations/key-inputs.ts';
import { createPeerContext, docker, generateSignerKey, type PeerContext, type TestRepository, uniqueRepository } from './peers.ts';
import type { StackInfo, StackVariant } from './stack.ts';

export interface DockerSignedRepository {
  readonly admin: PeerContext;
  readonly alice: PeerContext;
  /** alice's `.pub`, as `docker trust key generate` wrote it. */
  readonly alicePub: string;
  readonly repo: TestRepository;
}

/** A fresh repository whose admin added alice as a signer (nothing is pushed or signed yet). */
export async function dockerSignedRepository(stack: StackInfo, variant: StackVariant, prefix: string): Promise<DockerSignedRepository> {
  const [admin, alice] = await Promise.all([createPeerContext(stack, variant), createPeerContext(stack, variant)]);
  const repo = uniqueRepository(variant, prefix);
  const alicePub = await generateSignerKey(alice, 'alice');
  await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
  return { admin, alice, alicePub, repo };
}

/**
 * A signer's private key as docker keeps it, loaded as the `signer-key`
 * input: the one key in its trust store, or, given `role`, the one whose
 * `role:` header names it (the others being the root and repository keys).
 */
export async function dockerSignerKey(signer: PeerContext, role?: string): Promise<LoadedPrivateKey> {
  const dir = join(signer.dockerTrustDir, 'private');
  const load = (text: string) => loadKeyInput({ text, passphrase: signer.passphrases.repository, input: 'signer-key' });
  const files = await readdir(dir);
  if (role === undefined) {
    const [file] = files.filter((f) => f.endsWith('.key'));
    return load(await readFile(join(dir, file!), 'utf8'));
  }
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    if (new RegExp(`^role: ${role}$`, 'm').test(text)) return load(text);
  }
  throw new Error(`no key of signer ${role} in ${dir}`);
}
