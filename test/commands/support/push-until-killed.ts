// A run of a pushing command with a login whose "docker push" never ends, for
// the test that interrupts it: it prints the DOCKER_CONFIG the push got, then
// waits to be killed. Argument: the run's temp directory.

import { execute } from '../../../src/commands/run.ts';
import { defineCommand, type InputValues, type RunContext } from '../../../src/commands/spec.ts';
import type { CommandRunner } from '../../../src/operations/command-runner.ts';
import { parseReference } from '../../../src/registry/reference.ts';

const values: InputValues = {
  string: () => undefined,
  list: (name) => (name === 'tags' ? ['registry.example.com/app:1'] : []),
  boolean: () => false,
  key: () => undefined,
  login: () => ({ username: 'ci', password: 'registry-pass' }),
  parsed: <T>(name: string) => (name === 'tags' ? [parseReference('registry.example.com/app:1')] : undefined) as T,
};

// A docker push that has started and will not finish.
const runner: CommandRunner = {
  run: (_command, _args, options) => {
    process.stdout.write(`pushing with DOCKER_CONFIG=${options?.env?.DOCKER_CONFIG ?? ''}\n`);
    // The timer stands for the docker child that keeps a real run alive.
    return new Promise(() => setInterval(() => {}, 60_000));
  },
};

const spec = defineCommand<RunContext, unknown>({
  name: 'push-until-killed',
  summary: '',
  help: { usage: '', about: '', examples: '', exitCodes: [] },
  inputs: [],
  pushes: () => true,
  options: (_, ctx) => ctx,
  operation: async () => async (ctx: RunContext) => ctx.runner.run('docker', ['push', 'registry.example.com/app:1'], { env: ctx.env }),
  outputs: [],
  json: { help: 'JSON', value: (r) => r },
  text: () => '',
  done: () => '',
});

const silent = { debug: () => {}, info: () => {}, warning: () => {} };
await execute(spec, values, {
  logger: silent,
  runner,
  env: {},
  workDirectory: process.cwd(),
  tempDirectory: process.argv[2]!,
  maskKey: () => {},
  maskSecret: () => {},
});
