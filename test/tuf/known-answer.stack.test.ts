// Known answers from the peers: metadata that docker (root, targets,
// delegations) and notary-server (snapshot, timestamp) wrote must parse into
// our models and serialize back to the very same bytes. That is the property
// notary-server relies on when it re-serializes what we upload.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalize } from '../../src/encoding/canonical-json.ts';
import type { Session } from '../../src/operations/session.ts';
import type { SignedBase } from '../../src/tuf/base.ts';
import { Metadata, serializeEnvelope } from '../../src/tuf/metadata.ts';
import { Root } from '../../src/tuf/root.ts';
import { Snapshot, Timestamp } from '../../src/tuf/snapshot.ts';
import { Targets } from '../../src/tuf/targets.ts';
import { coreSession } from '../support/core.ts';
import { recordRoles, type RoleFiles } from '../support/fake-trust-server.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  pushImage,
  removePeerContext,
  uniqueRepository,
} from '../support/peers.ts';

const stack = inject('stack');
const variant = stack.variants.open;

const parsers: Record<string, (signed: unknown, role: string) => SignedBase> = {
  root: (s, r) => Root.fromJSON(s, r),
  timestamp: (s, r) => Timestamp.fromJSON(s, r),
  snapshot: (s, r) => Snapshot.fromJSON(s, r),
  targets: (s, r) => Targets.fromJSON(s, r),
  'targets/releases': (s, r) => Targets.fromJSON(s, r),
  'targets/alice': (s, r) => Targets.fromJSON(s, r),
};

describe('metadata written by docker and notary-server', () => {
  const repo = uniqueRepository(variant, 'kat');
  let ctx: PeerContext;
  let session: Session;
  let files: RoleFiles;

  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant);
    session = coreSession(stack);
    const publicKey = await generateSignerKey(ctx, 'alice');
    await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, 'alice', repo.name]);
    await makeImage(ctx, repo.ref('v1'));
    await pushImage(ctx, repo.ref('v1'));
    await docker(ctx, ['trust', 'sign', repo.ref('v1')]);
    files = await recordRoles(session.trustServer(variant.notaryUrl), repo.gun, Object.keys(parsers));
  });
  afterAll(async () => {
    await Promise.all([removePeerContext(ctx), session.close()]);
  });

  it('has every role', () => {
    expect([...files.keys()].sort()).toEqual(Object.keys(parsers).sort());
  });

  it.each(Object.keys(parsers))('%s: the model holds every field Go wrote', (role) => {
    const meta = Metadata.parse(files.get(role)!, role, parsers[role]!);
    expect(Buffer.from(canonicalize(meta.signed.toJSON())).toString()).toBe(Buffer.from(meta.signedBytes).toString());
  });

  it.each(Object.keys(parsers))('%s: re-serializes to the exact bytes', (role) => {
    const bytes = files.get(role)!;
    const meta = Metadata.parse(bytes, role, parsers[role]!);
    expect(Buffer.from(serializeEnvelope(meta.signed.toJSON(), meta.signatures)).toString()).toBe(
      Buffer.from(bytes).toString(),
    );
  });
});
