// The operations the commands call, one each, behind one object so that
// tests can hand in fakes and check what a command line turns into.

import { inspect } from '../operations/inspect.ts';
import { keyGenerate } from '../operations/key-generate.ts';
import { refresh } from '../operations/refresh.ts';
import { revoke } from '../operations/revoke.ts';
import { rotateKey } from '../operations/rotate-key.ts';
import { sign } from '../operations/sign.ts';
import { signerAdd } from '../operations/signer-add.ts';
import { signerRemove } from '../operations/signer-remove.ts';
import { verify } from '../operations/verify.ts';

export interface Operations {
  readonly sign: typeof sign;
  readonly inspect: typeof inspect;
  readonly verify: typeof verify;
  readonly revoke: typeof revoke;
  readonly signerAdd: typeof signerAdd;
  readonly signerRemove: typeof signerRemove;
  readonly keyGenerate: typeof keyGenerate;
  readonly rotateKey: typeof rotateKey;
  readonly refresh: typeof refresh;
}

export const OPERATIONS: Operations = { sign, inspect, verify, revoke, signerAdd, signerRemove, keyGenerate, rotateKey, refresh };
