// The operations as a command runs them, for tests that give references as
// text and keys as key inputs: each reference is parsed and each key loaded
// by the command layer's own parsers and spec wrappers, then the operation runs.

import { inspectSpec } from '../../../src/commands/inspect.ts';
import { checkAllConfirmed, parseRevokeReference, parseVerifyReference } from '../../../src/commands/references.ts';
import { refreshSpec, type RefreshInputOptions } from '../../../src/commands/refresh.ts';
import { revokeSpec, type RevokeInputOptions } from '../../../src/commands/revoke.ts';
import { rotateKeySpec } from '../../../src/commands/rotate-key.ts';
import { signSpec, type SignInputOptions } from '../../../src/commands/sign.ts';
import { signerAddSpec, type SignerAddInputOptions } from '../../../src/commands/signer-add.ts';
import { signerRemoveSpec, type SignerRemoveInputOptions } from '../../../src/commands/signer-remove.ts';
import { verifySpec, type VerifyInputOptions } from '../../../src/commands/verify.ts';
import type { InspectOptions } from '../../../src/operations/inspect.ts';
import type { RotateKeyOptions } from '../../../src/operations/rotate-key.ts';
import type { VerifyOptions } from '../../../src/operations/verify.ts';
import { parseReference, parseRepository, parseTaggedReference } from '../../../src/registry/reference.ts';

type Texts<O> = Omit<O, 'references'> & { readonly references: readonly string[] };
type Text<O> = Omit<O, 'reference'> & { readonly reference: string };
type Optional<O, K extends keyof O> = Omit<O, K> & Partial<Pick<O, K>>;

export async function sign(options: Texts<Optional<SignInputOptions, 'rootKey' | 'repositoryKey'>>) {
  const references = options.references.map((r) => parseTaggedReference(r));
  return (await signSpec.operation())({ rootKey: undefined, repositoryKey: undefined, ...options, references });
}

export async function verify(options: Texts<VerifyInputOptions>) {
  return (await verifySpec.operation())({ ...options, references: options.references.map((r) => parseVerifyReference(r)) });
}

export async function revoke(options: Texts<Optional<RevokeInputOptions, 'all'>>) {
  const references = checkAllConfirmed(options.references.map((r) => parseRevokeReference(r)), options.all ?? false);
  return (await revokeSpec.operation())({ all: false, ...options, references });
}

export async function inspect(options: Texts<InspectOptions>) {
  return (await inspectSpec.operation())({ ...options, references: options.references.map((r) => parseReference(r)) });
}

export async function signerAdd(options: Texts<Optional<SignerAddInputOptions, 'rootKey'>>) {
  return (await signerAddSpec.operation())({ rootKey: undefined, ...options, references: options.references.map((r) => parseRepository(r)) });
}

export async function signerRemove(options: Texts<SignerRemoveInputOptions>) {
  return (await signerRemoveSpec.operation())({ ...options, references: options.references.map((r) => parseRepository(r)) });
}

export async function refresh(options: Text<Optional<RefreshInputOptions, 'signerKey' | 'repositoryKey'>>) {
  const given = { signerKey: undefined, repositoryKey: undefined, ...options };
  return (await refreshSpec.operation())({ ...given, reference: parseRepository(options.reference) });
}

export async function rotateKey(options: Text<RotateKeyOptions>) {
  return (await rotateKeySpec.operation())({ ...options, reference: parseRepository(options.reference) });
}
