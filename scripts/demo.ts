// `npm run demo`: the job dct-sign exists for, end to end on this machine.
// A local stack (notary-server, registry, dockerd) stands in for a registry
// with content trust; an admin sets up the repository once with docker
// trust, then a CI job pushes and signs two tags with the dct-sign bundle
// and only the signer's key file, docker shows the result, and a deploy job
// verifies the tags and gets them pinned by digest.

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createPeerContext, makeImage } from '../test/support/peers.ts';
import { DOCKER_CLI, startStack, type Stack } from '../test/support/stack.ts';
import { buildCli, DIST_CLI, REPO_ROOT } from './build-cli.ts';
import { DemoConsole } from './demo-console.ts';

const SIGNER = 'ci';
const PASSPHRASES = { root: 'demo-root-passphrase', repository: 'demo-repository-passphrase' };
const out = new DemoConsole(7);

/** The private key file docker wrote for a signer (its `role:` header names it). */
async function dockerKeyFile(trustDir: string, role: string): Promise<string> {
  const dir = join(trustDir, 'private');
  for (const name of await readdir(dir)) {
    if (new RegExp(`^role: ${role}$`, 'm').test(await readFile(join(dir, name), 'utf8'))) return join(dir, name);
  }
  throw new Error(`docker wrote no key for ${role} in ${dir}`);
}

async function main(): Promise<void> {
  out.title('dct-sign demo: push and sign an image with Docker Content Trust');
  out.say(
    'An admin sets up a repository once with docker trust; then a CI job pushes and\n' +
      'signs tags with dct-sign, the signer key file and its passphrase, nothing else.',
  );

  if (!existsSync(DIST_CLI)) {
    out.say(`\n${relative(REPO_ROOT, DIST_CLI)} is missing; building it first.`);
    await buildCli({ log: (m) => out.say(m) });
  }
  const cli = relative(process.cwd(), DIST_CLI) || DIST_CLI;

  out.step('Starting a local stack: notary-server, registry and dockerd (may install Debian packages)');
  stack = await startStack({ log: (m) => out.say(`stack: ${m}`) });
  const { info } = stack;
  const variant = info.variants.open;
  out.say(`DEMO=${info.dir}`);
  out.alias(info.dir, '$DEMO');
  out.say(`notary-server  ${variant.notaryUrl}   (TLS from the demo CA $DEMO/${relative(info.dir, info.caFile)})`);
  out.say(`registry       ${variant.registryHost}        (no login needed)`);
  out.say(`dockerd        ${info.dockerHost}`);
  out.say(`docker CLI     ${DOCKER_CLI}   (the first with \`docker trust\`; DCT_TEST_DOCKER picks another)`);

  const ctx = await createPeerContext(info, variant, { passphrases: PASSPHRASES });
  const repo = `${variant.registryHost}/demo/app`;
  const dockerEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: ctx.dir,
    DOCKER_HOST: info.dockerHost,
    DOCKER_CONFIG: ctx.dockerConfig,
    DOCKER_CLI_HINTS: 'false',
  };
  const docker = (args: string[], extra: NodeJS.ProcessEnv = {}, shownEnv: Record<string, string> = {}) =>
    out.check({ file: DOCKER_CLI, args, env: { ...dockerEnv, ...extra }, display: ['docker', ...args].join(' '), shownEnv });

  out.step('Building a demo image');
  await makeImage(ctx, `${repo}:1.0`);
  out.say(`$ docker import - ${repo}:1.0      (one small file, new content each run)`);
  await docker(['tag', `${repo}:1.0`, `${repo}:latest`]);
  await docker(['image', 'ls', repo]);

  out.step('Once per repository, an admin adds the CI signer with docker trust');
  out.say(`docker keeps its keys and the notary CA under DOCKER_CONFIG=$DEMO/${relative(info.dir, ctx.dockerConfig)}`);
  out.alias(ctx.dockerConfig, '$DOCKER_CONFIG');
  const keysDir = join(ctx.dir, 'keys');
  await mkdir(keysDir, { recursive: true });
  const trustEnv = {
    DOCKER_CONTENT_TRUST_SERVER: variant.notaryUrl,
    DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: PASSPHRASES.root,
    DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASES.repository,
  };
  const shownTrustEnv = {
    DOCKER_CONTENT_TRUST_SERVER: variant.notaryUrl,
    DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: '***',
    DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: '***',
  };
  await docker(['trust', 'key', 'generate', SIGNER, '--dir', keysDir], trustEnv, { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: '***' });
  await docker(['trust', 'signer', 'add', '--key', join(keysDir, `${SIGNER}.pub`), SIGNER, repo], trustEnv, shownTrustEnv);
  const keyFile = await dockerKeyFile(ctx.dockerTrustDir, SIGNER);
  out.say(`The signer's private key is ${keyFile}.`);
  out.say('A CI system keeps that file and its passphrase as secrets; the root key stays with the admin.');
  out.say('The admin notes the root key ID docker shows, for CI to pin the root with (--trust-pin):');
  const admin = await docker(['trust', 'inspect', '--pretty', repo], { DOCKER_CONTENT_TRUST_SERVER: variant.notaryUrl }, {
    DOCKER_CONTENT_TRUST_SERVER: variant.notaryUrl,
  });
  const rootKeyId = /Root Key:\s+([0-9a-f]{64})/.exec(admin.stdout)?.[1];
  if (!rootKeyId) throw new Error('docker trust inspect --pretty showed no root key ID');
  out.say(`ROOT_KEY_ID=${rootKeyId}`);
  // Pinned, a fresh CI machine does not trust the root on first use (and does not warn that it does).
  const pin = ['--trust-pin', rootKeyId];
  const shownPin = ['--trust-pin', '"$ROOT_KEY_ID"'];

  out.step('The CI job: push and sign both tags with dct-sign');
  out.say('No docker trust, no notary CLI: dct-sign runs docker push, then signs through the notary API.');
  const job = await out.run({
    file: process.execPath,
    args: [
      DIST_CLI,
      'sign',
      '--signer-key-file',
      keyFile,
      '--trust-server',
      variant.notaryUrl,
      '--trust-server-ca',
      info.caFile,
      ...pin,
      `${repo}:1.0`,
      `${repo}:latest`,
    ],
    display: ['node', cli, 'sign', '--signer-key-file', keyFile, '--trust-server', variant.notaryUrl, '--trust-server-ca', info.caFile, ...shownPin, `${repo}:1.0`, `${repo}:latest`].join(' '),
    env: {
      // The demo's docker CLI first, for dct-sign's `docker push`.
      PATH: `${dirname(DOCKER_CLI)}:${process.env.PATH ?? ''}`,
      HOME: ctx.dir,
      DOCKER_HOST: info.dockerHost,
      DOCKER_CONFIG: ctx.dockerConfig,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASES.repository,
    },
    shownEnv: { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: '***' },
  });
  if (job.code !== 0) throw new Error(`dct-sign exited with ${job.code}`);

  out.step('What docker sees: the tags, their digests and who signed them');
  await docker(['trust', 'inspect', '--pretty', repo], { DOCKER_CONTENT_TRUST_SERVER: variant.notaryUrl }, {
    DOCKER_CONTENT_TRUST_SERVER: variant.notaryUrl,
  });

  out.step('A deploy job: verify the tags with dct-sign and pull them pinned by digest');
  out.say('Docker no longer enforces content trust on pull; dct-sign verify is the gate, and needs no key.');
  const trustFlags = ['--trust-server', variant.notaryUrl, '--trust-server-ca', info.caFile];
  const verify = await out.run({
    file: process.execPath,
    args: [DIST_CLI, 'verify', '--required-signers', SIGNER, ...trustFlags, ...pin, `${repo}:1.0`, `${repo}:latest`],
    display: ['node', cli, 'verify', '--required-signers', SIGNER, ...trustFlags, ...shownPin, `${repo}:1.0`, `${repo}:latest`].join(' '),
    env: { PATH: process.env.PATH, HOME: ctx.dir, DOCKER_CONFIG: ctx.dockerConfig },
  });
  if (verify.code !== 0) throw new Error(`dct-sign verify exited with ${verify.code}`);
  const pinned = /\S+@sha256:[0-9a-f]{64}/.exec(verify.stdout)?.[0];
  if (!pinned) throw new Error('dct-sign verify printed no pinned reference');
  await docker(['pull', pinned]);

  out.step('Stopping the stack');
  await stack.stop();
  stack = undefined;
  out.say('Stopped, and its temp dir removed.');
  console.log(`\nDone: ${repo}:1.0 and :latest were pushed and signed by "${SIGNER}" with dct-sign.`);
  console.log(`Run \`node ${cli} --help\` for the commands, and \`node ${cli} help sign\` for every option of one.`);
}

let stack: Stack | undefined;
let stopping = false;
process.on('SIGINT', () => {
  if (stopping) return;
  stopping = true;
  console.error('\nInterrupted: stopping the stack.');
  void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
});

try {
  await main();
} catch (err) {
  console.error(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  if (stack && !stopping) {
    console.error('Stopping the stack.');
    await stack.stop().catch((e: unknown) => console.error(e));
  }
}
