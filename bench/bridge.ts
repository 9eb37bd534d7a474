// The rows of issue 18's speed goals (the bridge to Sigstore): the shipped
// CLI against cosign 3.1 (and 2.5 for verify), with the registry and the
// trust server both behind the latency proxy. A dct-sign row whose flags the
// built CLI lacks is left out with a note, so the same bench runs before and
// after the bridge lands.
//
//   sign --formats dct,cosign    vs  sign --formats dct                 goal ≤ 1.2×
//   sign --formats cosign (key)  vs  cosign3 sign --key K (cold)        goal ≤ 0.5×
//   verify --formats cosign      vs  cosign3 verify --key K (cold)      goal ≤ 0.5×

import { join } from 'node:path';
import {
  type CosignKeyPair,
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  createSigstoreContext,
  registryLogin,
  removeSigstoreContext,
  type SigstoreContext,
} from '../test/support/sigstore-peers.ts';
import { type BenchEnv, type CliFeatures, type Contender, type Prepared, prepareRepository, runCli, SIGNER } from './rows.ts';

export interface BridgeOptions {
  readonly env: BenchEnv;
  /** node binaries to run the CLI on, with their major version: a row per node. */
  readonly nodes: readonly { readonly path: string; readonly major: string }[];
  readonly features: CliFeatures;
  /** Where the cosign key pair and the peers' fresh homes go. */
  readonly scratch: string;
  /** The CLI bundle the dct-sign rows run. */
  readonly bundle: string;
}

/** A goal: `row` takes at most `max` × `peer`, paired round by round, on each node. */
export interface Goal {
  readonly name: string;
  /** Contender id prefix; `@<node major>` is appended. */
  readonly row: string;
  /** Contender id of the comparison; with `@`, per node too. */
  readonly peer: string;
  readonly max: number;
}

export const BRIDGE_GOALS: readonly Goal[] = [
  { name: 'sign --formats dct,cosign / sign --formats dct', row: 'bridge-dual', peer: 'bridge-dct@', max: 1.2 },
  { name: 'sign --formats cosign --cosign-key-file / cosign3 sign --key (cold)', row: 'bridge-cosign-sign', peer: 'cosign3-sign', max: 0.5 },
  { name: 'verify --formats cosign / cosign3 verify --key (cold)', row: 'bridge-cosign-verify', peer: 'cosign3-verify', max: 0.5 },
  { name: 'verify --formats cosign / cosign2 verify --key (cold)', row: 'bridge-cosign-verify', peer: 'cosign2-verify', max: 0.5 },
];

export const SKIPPED_NOTE = 'not in this build of the CLI';

/** The bridge rows, and the ones left out (by label) because the built CLI lacks their flags. */
export function bridgeContenders(o: BridgeOptions): { rows: Contender[]; skipped: string[] } {
  const { env, features } = o;
  const stack = env.stack;
  const trustServer = env.variant.notaryUrl;
  const rows: Contender[] = [];
  const skipped: string[] = [];
  let key: CosignKeyPair;
  let keyCtx: SigstoreContext;
  const repos = new Map<string, Prepared>();
  const ref = (id: string, i: number) => repos.get(id)!.repo.ref(repos.get(id)!.tags[i]!.tag);
  const dctArgs = (p: Prepared) => [
    '--no-push', '--signer-key-file', p.keyFile, '--signer-name', SIGNER,
    '--trust-server', trustServer, '--trust-server-ca', stack.caFile, '--registry-ca', stack.caFile,
  ];
  const dctEnv = (p: Prepared): NodeJS.ProcessEnv => ({
    DOCKER_CONFIG: p.ctx.dockerConfig,
    HOME: p.ctx.dir,
    NOTARY_DELEGATION_PASSPHRASE: p.ctx.passphrases.repository,
  });
  // One cosign key pair (cosign 3.1's ENCRYPTED SIGSTORE PRIVATE KEY), made once, used by both sides.
  let keyMade: Promise<void> | undefined;
  const cosignKey = () =>
    (keyMade ??= (async () => {
      keyCtx = await createSigstoreContext(join(o.scratch, 'sigstore'));
      if (env.user) await registryLogin(keyCtx, env.variant.registryHost, env.user);
      key = await cosignGenerateKeyPair(keyCtx, 3, 'bench');
    })());
  const prepare = async (id: string, trust: boolean) => {
    if (!repos.has(id)) repos.set(id, await prepareRepository(env, id, { trust }));
  };

  for (const node of o.nodes) {
    const at = `@${node.major}`;
    const on = ` [node ${node.major}]`;
    rows.push({
      id: `bridge-dct${at}`,
      label: `dct-sign sign --formats dct${on}`,
      note: features.formats ? 'the CLI, DCT only' : 'the CLI, DCT only (no --formats in this build: dct is what it signs)',
      command: `node dist/cli/index.js sign ${features.formats ? '--formats dct ' : ''}--no-push --signer-key-file <key> --trust-server <proxy> ... <registry/repo:tag>`,
      prepare: () => prepare(`b-dct-${node.major}`, true),
      before: async () => {},
      run: async (i) => {
        const p = repos.get(`b-dct-${node.major}`)!;
        await runCli(node.path, ['sign', ...(features.formats ? ['--formats', 'dct'] : []), ...dctArgs(p), ref(`b-dct-${node.major}`, i)], dctEnv(p), o.bundle);
        return {};
      },
    });
    if (features.formats) {
      rows.push({
        id: `bridge-dual${at}`,
        label: `dct-sign sign --formats dct,cosign${on}`,
        note: 'the signer key makes the DCT and both cosign forms; the registry writes overlap the publish',
        command: 'node dist/cli/index.js sign --formats dct,cosign --no-push --signer-key-file <key> --trust-server <proxy> ... <registry/repo:tag>',
        prepare: () => prepare(`b-dual-${node.major}`, true),
        before: async () => {},
        run: async (i) => {
          const p = repos.get(`b-dual-${node.major}`)!;
          await runCli(node.path, ['sign', '--formats', 'dct,cosign', ...dctArgs(p), ref(`b-dual-${node.major}`, i)], dctEnv(p), o.bundle);
          return {};
        },
      });
    } else skipped.push(`dct-sign sign --formats dct,cosign${on}`);
    if (features.formats && features.cosignKey) {
      rows.push({
        id: `bridge-cosign-sign${at}`,
        label: `dct-sign sign --formats cosign --cosign-key-file${on}`,
        note: 'cosign key file (scrypt + secretbox), both forms (.sig and bundle), no trust server',
        command: 'COSIGN_PASSWORD=… node dist/cli/index.js sign --formats cosign --cosign-key-file bench.key --no-push <registry/repo:tag>',
        prepare: async () => {
          await cosignKey();
          await prepare(`b-cosign-${node.major}`, false);
        },
        before: async () => {},
        run: async (i) => {
          const p = repos.get(`b-cosign-${node.major}`)!;
          await runCli(node.path, ['sign', '--formats', 'cosign', '--cosign-key-file', key.privateKey, '--no-push', ref(`b-cosign-${node.major}`, i)], {
            DOCKER_CONFIG: p.ctx.dockerConfig,
            HOME: p.ctx.dir,
            COSIGN_PASSWORD: key.password,
          }, o.bundle);
          return {};
        },
      });
    } else skipped.push(`dct-sign sign --formats cosign --cosign-key-file${on}`);
    if (features.formats && features.cosignPublicKey) {
      rows.push({
        id: `bridge-cosign-verify${at}`,
        label: `dct-sign verify --formats cosign${on}`,
        note: 'tags signed by cosign 3.1 in both forms beforehand (untimed)',
        command: 'node dist/cli/index.js verify --formats cosign --cosign-public-key bench.pub <registry/repo:tag>',
        prepare: () => prepareVerifyRepository(),
        before: async () => {},
        run: async (i) => {
          const p = repos.get('b-verify')!;
          await runCli(node.path, ['verify', '--formats', 'cosign', '--cosign-public-key', key.publicKey, ref('b-verify', i)], {
            DOCKER_CONFIG: p.ctx.dockerConfig,
            HOME: p.ctx.dir,
          }, o.bundle);
          return {};
        },
      });
    } else skipped.push(`dct-sign verify --formats cosign${on}`);
  }

  // The tags that the verify rows read: signed by cosign 3.1 in both forms, as dual-signing leaves them.
  let verifyPrepared: Promise<void> | undefined;
  const prepareVerifyRepository = () =>
    (verifyPrepared ??= (async () => {
      await cosignKey();
      await prepare('b-verify', false);
      const p = repos.get('b-verify')!;
      for (const t of p.tags) {
        const r = p.repo.ref(t.tag);
        await cosignSign(keyCtx, 3, key, r);
        await cosignSign(keyCtx, 3, key, r, { form: 'sig' });
      }
    })());

  // cosign as a fresh runner runs it: a new HOME, config and caches every run (made and removed untimed).
  const cold = () => {
    let ctx: SigstoreContext | undefined;
    return {
      before: async () => {
        ctx = await createSigstoreContext(join(o.scratch, 'sigstore'));
        if (env.user) await registryLogin(ctx, env.variant.registryHost, env.user);
      },
      after: async () => {
        if (ctx) await removeSigstoreContext(ctx);
        ctx = undefined;
      },
      ctx: () => ctx!,
    };
  };
  const sign3 = cold();
  rows.push({
    id: 'cosign3-sign',
    label: 'cosign3 sign --key (cold)',
    note: 'cosign 3.1, its default bundle form, the same key file, a fresh HOME per run',
    command: 'cosign sign --key bench.key --use-signing-config=false --tlog-upload=false --allow-http-registry --yes <registry/repo:tag>',
    prepare: async () => {
      await cosignKey();
      await prepare('b-cosign3', false);
    },
    before: sign3.before,
    after: sign3.after,
    run: async (i) => {
      await cosignSign(sign3.ctx(), 3, key, ref('b-cosign3', i));
      return {};
    },
  });
  for (const version of [3, 2] as const) {
    const c = cold();
    rows.push({
      id: `cosign${version}-verify`,
      label: `cosign${version} verify --key (cold)`,
      note: `cosign ${version === 3 ? '3.1 (reads the bundle and the .sig)' : '2.5 (reads the .sig)'}, a fresh HOME per run`,
      command: 'cosign verify --key bench.pub --insecure-ignore-tlog=true --allow-http-registry <registry/repo:tag>',
      prepare: () => prepareVerifyRepository(),
      before: c.before,
      after: c.after,
      run: async (i) => {
        await cosignVerify(c.ctx(), version, key.publicKey, ref('b-verify', i));
        return {};
      },
    });
  }
  return { rows, skipped };
}
