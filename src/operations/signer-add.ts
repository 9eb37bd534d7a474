// Adding a signer to repositories, as `docker trust signer add` does: the
// signer's public keys go into targets/<name> and targets/releases, signed
// by the repository key. A repository without trust data is initialized on
// the way when the root key is given (docker would make a new root key).
//
// Everything is checked for every repository before the first publish: the
// name, the keys, that each repository has trust data or can be created,
// and that the repository key is the one each repository trusts.

import { InputError } from '../errors.ts';
import { validateSignerName } from './signer-name.ts';
import { createRootCertificate, loadPublicKey, type LoadedPrivateKey, type SigningKey } from '../keys/index.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import { targetsSigner } from '../trust/repository-admin.ts';
import { addSigner, initializeRepository } from '../trust/updates.ts';
import { TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { ConnectionOptions } from './connections.ts';
import { eachInTurn, openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { noTrustDataError } from './no-trust-data.ts';

export { MAX_SIGNER_NAME_LENGTH, validateSignerName } from './signer-name.ts';

export interface SignerAddOptions extends ConnectionOptions {
  /** `tags`: repositories (`registry/repository`, no tag). */
  readonly references: readonly ImageReference[];
  /** `signer-name`. */
  readonly name: string;
  /** `signer-public-key`: PEM text of each of the signer's public keys or certificates (the `.pub` of `docker trust key generate`). */
  readonly signerPublicKeys: readonly string[];
  /** The repository (targets) key. */
  readonly repositoryKey: LoadedPrivateKey;
  /** The root key, to initialize repositories that have no trust data yet. */
  readonly rootKey?: LoadedPrivateKey | undefined;
}

export interface SignerAddRepositoryResult {
  readonly reference: string;
  readonly gun: string;
  readonly trustServer: string;
  /** The repository had no trust data and was created. */
  readonly initialized: boolean;
  /** False when the signer already had all these keys. */
  readonly changed: boolean;
  /** When initialized: the ID of the new root key (its certificate's), to pin with trust-pin. */
  readonly rootKeyId?: string;
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

/** What signerAdd() takes from its options, checked before any network call. */
interface SignerAddInputs {
  readonly name: string;
  readonly keys: readonly TufKey[];
  readonly repositoryKey: SigningKey;
  readonly rootKey: SigningKey | undefined;
}

/** One repository, read and checked: its trust data, or null when it is to be created. */
interface Plan {
  readonly open: OpenRepository;
  readonly repo: TrustedRepository | null;
}

async function planAdd(context: RepositoryContext, open: OpenRepository, inputs: SignerAddInputs): Promise<Plan> {
  const repo = await context.read(open);
  if (!repo && !inputs.rootKey) {
    throw await noTrustDataError(
      context,
      open,
      `${open.gun} has no trust data at ${open.trustServer}. Give the root-key input (with its passphrase) ` +
        'so that dct-sign initializes it, or run `docker trust signer add` once for it.',
    );
  }
  if (repo) targetsSigner(repo, inputs.repositoryKey);
  return { open, repo };
}

/** One publish: the repository created with the signer, or the signer added. */
async function publishAdd(context: RepositoryContext, plan: Plan, inputs: SignerAddInputs): Promise<SignerAddRepositoryResult> {
  const { open, repo } = plan;
  const { name, keys, repositoryKey } = inputs;
  const target = context.publishing(open);
  let changed = true;
  let rootKeyId: string | undefined;
  if (!repo) {
    context.logger.info(`Initializing trust data for ${open.gun} with signer ${name}`);
    const rootSigner = createRootCertificate(inputs.rootKey!, open.gun).signer;
    const { pin: _pin, ...unpinned } = target;
    await initializeRepository({ ...unpinned, rootSigner, repositorySigner: repositoryKey, signer: { name, keys } });
    rootKeyId = rootSigner.keyId;
  } else {
    context.logger.info(`Adding signer ${name} to ${open.gun}`);
    const published = await addSigner({ ...target, repositorySigner: repositoryKey, name, keys, initial: repo });
    changed = published.published;
    if (!changed) context.logger.info(`${name} already signs ${open.gun} with these keys; nothing to publish`);
  }
  return { reference: open.reference, gun: open.gun, trustServer: open.trustServer, initialized: !repo, changed, ...(rootKeyId ? { rootKeyId } : {}) };
}

export async function signerAdd(options: SignerAddOptions): Promise<SignerAddResult> {
  const name = validateSignerName(options.name.trim());
  const keys = loadSignerKeys(options.signerPublicKeys);
  const inputs = { name, keys, repositoryKey: options.repositoryKey.signer, rootKey: options.rootKey?.signer };
  return openRepositories(options, options.references, { access: 'write' }, async (context) => {
    // Every repository is read and checked before the first publish.
    const plans = await Promise.all(context.repositories.map((open) => planAdd(context, open, inputs)));
    const results = await eachInTurn(plans, (p) => p.open.gun, (plan) => publishAdd(context, plan, inputs), (r) => r.changed);
    return { name, keyIds: keys.map((k) => k.id), repositories: results };
  });
}
