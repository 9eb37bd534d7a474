// Adding a signer to repositories, as `docker trust signer add` does: the
// signer's public keys go into targets/<name> and targets/releases, signed
// by the repository key. A repository without trust data is initialized on
// the way when the root key is given (docker would make a new root key).
//
// Everything is checked for every repository before the first publish: the
// name, the keys, that each repository has trust data or can be created,
// and that the repository key is the one each repository trusts.

import { DctError, InputError } from '../errors.ts';
import { createRootCertificate, loadPublicKey } from '../keys/index.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import { readRepository } from '../trust/publisher.ts';
import { targetsSigner } from '../trust/repository-admin.ts';
import { addSigner, initializeRepository } from '../trust/updates.ts';
import { TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { KeyInput } from './inputs.ts';
import { loadKeyInput } from './key-inputs.ts';
import { afterPartialSuccess, withRepositories, type AdminOptions, type AdminRepository } from './admin-context.ts';

/** docker's validSignerName (and key names of `docker trust key generate`). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary refuses role names of 256 bytes or more, and targets/<name> is the role. */
export const MAX_SIGNER_NAME_LENGTH = 255 - `${TARGETS}/`.length;

/** Checks a signer name as docker does; `releases` is docker's shared role and cannot be a signer. */
export function validateSignerName(name: string, input = 'signer-name'): string {
  if (!SIGNER_NAME.test(name)) {
    throw new InputError(
      input,
      `${JSON.stringify(name)} is not a valid signer name: it must start with a lowercase letter or digit and ` +
        "contain only lowercase letters, digits, '-' and '_'",
    );
  }
  if (name.length > MAX_SIGNER_NAME_LENGTH) {
    throw new InputError(input, `${JSON.stringify(name.slice(0, 20))}… is too long; use at most ${MAX_SIGNER_NAME_LENGTH} characters`);
  }
  if (name === 'releases') {
    throw new InputError(input, 'releases is a reserved name (the role every signer shares); use a different signer name');
  }
  return name;
}

export interface SignerAddOptions extends AdminOptions {
  /** `tags`: repositories (`registry/repository`, no tag). */
  readonly references: readonly string[];
  /** `signer-name`. */
  readonly name: string;
  /** `signer-public-key`: PEM text of each of the signer's public keys or certificates (the `.pub` of `docker trust key generate`). */
  readonly signerPublicKeys: readonly string[];
  /** The repository (targets) key. */
  readonly repositoryKey: KeyInput;
  /** The root key, to initialize repositories that have no trust data yet. */
  readonly rootKey?: KeyInput | undefined;
}

export interface SignerAddRepositoryResult {
  readonly reference: string;
  readonly gun: string;
  readonly trustServer: string;
  /** The repository had no trust data and was created. */
  readonly initialized: boolean;
  /** False when the signer already had all these keys. */
  readonly changed: boolean;
}

export interface SignerAddResult {
  readonly name: string;
  readonly keyIds: readonly string[];
  readonly repositories: readonly SignerAddRepositoryResult[];
}

/** `signer-public-key` may hold several keys; a key that fails is named by its place among them. */
function loadSignerKeys(texts: readonly string[]): TufKey[] {
  if (texts.length === 0) {
    throw new InputError('signer-public-key', "give the signer's public key (the .pub file of `docker trust key generate`)");
  }
  const keys = new Map<string, TufKey>();
  texts.forEach((text, i) => {
    const key = loadPublicKey(text, { input: texts.length === 1 ? 'signer-public-key' : `signer-public-key[${i}]` });
    keys.set(key.id, key);
  });
  return [...keys.values()];
}

export async function signerAdd(options: SignerAddOptions): Promise<SignerAddResult> {
  const name = validateSignerName(options.name.trim());
  const keys = loadSignerKeys(options.signerPublicKeys);
  const repositoryKey = loadKeyInput(options.repositoryKey).signer;
  const rootKey = options.rootKey ? loadKeyInput(options.rootKey).signer : undefined;

  return withRepositories(options, options.references, 'write', async ({ repositories, pin, trustState, logger }) => {
    // 1. Read and check every repository before publishing anything.
    const plans = await Promise.all(
      repositories.map(async (target): Promise<{ target: AdminRepository; repo: TrustedRepository | null }> => {
        const repo = await readRepository({ server: target.server, gun: target.gun, delegations: [], trustState, ...(pin ? { pin } : {}) });
        if (!repo && !rootKey) {
          throw new DctError(
            'NO_TRUST_DATA',
            `${target.gun} has no trust data at ${target.trustServer}. Give the root-key input (with its passphrase) ` +
              'so that dct-sign initializes it, or run `docker trust signer add` once for it.',
          );
        }
        if (repo) targetsSigner(repo, repositoryKey);
        return { target, repo };
      }),
    );

    // 2. One publish per repository.
    const results: SignerAddRepositoryResult[] = [];
    for (const { target, repo } of plans) {
      const { gun, server } = target;
      let changed = true;
      try {
        if (!repo) {
          logger.info(`Initializing trust data for ${gun} with signer ${name}`);
          await initializeRepository({
            server,
            gun,
            rootSigner: createRootCertificate(rootKey!, gun).signer,
            repositorySigner: repositoryKey,
            signer: { name, keys },
            logger,
            trustState,
          });
        } else {
          logger.info(`Adding signer ${name} to ${gun}`);
          const published = await addSigner({
            server,
            gun,
            repositorySigner: repositoryKey,
            name,
            keys,
            initial: repo,
            logger,
            trustState,
            ...(pin ? { pin } : {}),
          });
          changed = published.published;
          if (!changed) logger.info(`${name} already signs ${gun} with these keys; nothing to publish`);
        }
      } catch (err) {
        throw afterPartialSuccess(err, results.filter((r) => r.changed).map((r) => r.gun));
      }
      results.push({ reference: target.reference, gun, trustServer: target.trustServer, initialized: !repo, changed });
    }
    return { name, keyIds: keys.map((k) => k.id), repositories: results };
  });
}
