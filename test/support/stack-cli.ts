// `npm run stack`: starts the test stack for a person, prints where it is and
// the environment to reach it, and stops it on Ctrl-C. Tests can reuse it with
// DCT_STACK_JSON=<dir>/stack.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCKER_CLI, startStack } from './stack.ts';
import { ADMIN, READER, SIGNER } from './token-server.ts';

const keepDir = process.argv.includes('--keep');
const stack = await startStack({ keepDir, log: (m) => console.error(`[stack] ${m}`) });
const { info } = stack;
const { open, token } = info.variants;

// A docker config and notary dir for the person, trusting the CA for both notary-servers.
const dockerConfig = join(info.dir, 'person', 'docker');
const notaryDir = join(info.dir, 'person', 'notary');
for (const v of [open, token]) {
  const tls = join(dockerConfig, 'tls', new URL(v.notaryUrl).host);
  await mkdir(tls, { recursive: true });
  await writeFile(join(tls, 'ca.crt'), info.caPem);
}
await mkdir(notaryDir, { recursive: true });

const lines = [
  `Stack running in ${info.dir}`,
  '',
  `  token server   ${info.tokenServer.realm}  (request log: ${info.tokenServer.url}/_requests)`,
  `  users          ${[ADMIN, SIGNER, READER].map((u) => `${u.username}/${u.password}`).join('  ')}`,
  `  dockerd        ${info.dockerHost}`,
  `  CA             ${info.caFile}`,
  '',
  '  variant  notary-server              registry',
  `  open     ${open.notaryUrl.padEnd(25)}  ${open.registryHost}   (no auth)`,
  `  token    ${token.notaryUrl.padEnd(25)}  ${token.registryHost}   (token auth)`,
  '',
  `Logs: ${join(info.dir, '*.log')}`,
  '',
  '# Tests against this stack:',
  `export DCT_STACK_JSON=${join(info.dir, 'stack.json')}`,
  '',
  `# docker (${DOCKER_CLI}, the first with docker trust) against the open variant:`,
  `export DOCKER_HOST=${info.dockerHost}`,
  `export DOCKER_CONFIG=${dockerConfig}`,
  `export DOCKER_CONTENT_TRUST_SERVER=${open.notaryUrl}`,
  'export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE=root-pass DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=repo-pass',
  `#   ${DOCKER_CLI} trust inspect ${open.registryHost}/demo/app`,
  `#   for the token variant: DOCKER_CONTENT_TRUST_SERVER=${token.notaryUrl}; docker login ${token.registryHost} -u signer`,
  '',
  '# notary CLI:',
  `#   notary -s ${open.notaryUrl} --tlscacert ${info.caFile} -d ${notaryDir} list ${open.registryHost}/demo/app`,
  `#   token variant: NOTARY_AUTH=$(printf signer:signer-pass | base64) notary -s ${token.notaryUrl} ...`,
  '',
  'Ctrl-C stops the stack.',
];
console.log(lines.join('\n'));

let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.error(`[stack] ${signal}: stopping`);
  stack.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGHUP', () => shutdown('SIGHUP'));
// Keep the process alive until a signal arrives.
setInterval(() => {}, 1 << 30);
