// Running the task bundle as the agent does, for the stack tests:
// `node task/dist/index.js` with the inputs in INPUT_*, a docker-registry
// service connection in ENDPOINT_*, and nothing of ours in the environment
// but PATH; then reading what it printed: its completion, output variables,
// uploaded summaries, and the scan for secrets.

import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { BUNDLE } from './build-task.ts';
import { endpointEnv, inputEnv, visibleOutput, vsoCommands, type EndpointSpec, type VsoCommand } from './support.ts';

export interface TaskRun {
  readonly code: number | null;
  readonly output: string;
}

export interface TaskEnvironment {
  /** HOME and the agent's work folder. */
  readonly home: string;
  readonly agentTemp: string;
  readonly sources: string;
  readonly dockerHost: string;
  /** The docker-registry service connection; none, and the task runs without a login. */
  readonly connection?: EndpointSpec;
}

/** A Node 20 on the machine (Debian's), for the Node20_1 handler. */
export const NODE20 = ['/usr/bin/node', '/usr/local/bin/node'].find(
  (p) => existsSync(p) && /^v20\./.test(execFileSync(p, ['--version'], { encoding: 'utf8' })),
);

export function runTask(agent: TaskEnvironment, inputs: Readonly<Record<string, string>>, node = process.execPath): Promise<TaskRun> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(INPUT_|ENDPOINT_|SECRET_|SECUREFILE_|DOCKER_|NOTARY_|AGENT_|SYSTEM_|BUILD_|VSTS_)/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    PATH: `/usr/local/bin:${process.env.PATH ?? ''}`,
    HOME: agent.home,
    DOCKER_HOST: agent.dockerHost,
    AGENT_TEMPDIRECTORY: agent.agentTemp,
    AGENT_WORKFOLDER: agent.home,
    BUILD_SOURCESDIRECTORY: agent.sources,
    SYSTEM_DEFAULTWORKINGDIRECTORY: agent.sources,
    ...(agent.connection ? { INPUT_DOCKERREGISTRYSERVICECONNECTION: agent.connection.id, ...endpointEnv(agent.connection) } : {}),
    ...inputEnv(inputs),
  });
  return new Promise((resolve, reject) => {
    const child = spawn(node, [BUNDLE], { env, cwd: agent.sources, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

export const completion = (run: TaskRun): VsoCommand | undefined => vsoCommands(run.output).find((c) => c.command === 'task.complete');

export const outputVariable = (run: TaskRun, name: string): VsoCommand | undefined =>
  vsoCommands(run.output).find((c) => c.command === 'task.setvariable' && c.properties.variable === name);

/** The markdown of the summaries the run uploaded. */
export const summaries = (run: TaskRun): string[] =>
  vsoCommands(run.output)
    .filter((c) => c.command === 'task.uploadsummary')
    .map((c) => readFileSync(c.data, 'utf8'));

/** Fails when any of `secrets` shows in the log as the agent shows it (with the output variables) or in a summary. */
export function expectNoSecrets(run: TaskRun, secrets: readonly string[]): void {
  const shown = [visibleOutput(run.output), ...summaries(run)].join('\n');
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(0);
    expect(shown, `output shows a secret (${secret.length} characters)`).not.toContain(secret);
  }
}
