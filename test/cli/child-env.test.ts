// The children a real sign starts (a docker credential helper, docker push)
// get none of the secrets the environment holds: a fake helper and a fake
// docker on PATH write down the environment they got. The trust server is a
// fake that has no trust data, so that sign, given the keys to create it,
// gets as far as the push, which fails.

import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, runCli } from '../../src/cli/cli.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { FakeTrustServer } from '../support/fake-trust-server.ts';

const REF = 'example.com/test/repo:1';
const SIGNER_KEY = fixture(FIXTURE_KEYS.dockerAlice.file);

/** Secrets as a CI job's environment holds them; each value is unique, to find it anywhere. */
const SECRETS: Readonly<Record<string, string>> = {
  DCT_SIGNER_KEY: SIGNER_KEY,
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: FIXTURE_KEYS.notaryTargets.passphrase,
  NOTARY_TARGETS_PASSPHRASE: 'notary-targets-pp-3f1',
  NOTARY_DELEGATION_PASSPHRASE: 'notary-delegation-pp-8c2',
  DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: FIXTURE_KEYS.notaryRoot.passphrase,
  NOTARY_ROOT_PASSPHRASE: 'notary-root-pp-5d9',
};

/** What shows a secret in a dump: a passphrase whole, a key by its first base64 line. */
const trace = (value: string) => (value.includes('\n') ? value.split('\n')[1]! : value);

/** A script that writes its environment to DUMP_DIR/<name>.env, prints `said` to stderr and exits 1. */
const dumper = (name: string, said: string) => `#!/bin/sh\nenv > "$DUMP_DIR/${name}.env"\necho "${said}" >&2\nexit 1\n`;

describe('#runCli', () => {
  let dir: string;
  let server: FakeTrustServer;
  let run: { code: number; stderr: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-child-env-'));
    server = await FakeTrustServer.start('example.com/test/repo', new Map());
    await writeFile(join(dir, 'config.json'), JSON.stringify({ credsStore: 'dump' }));
    await writeFile(join(dir, 'docker-credential-dump'), dumper('helper', 'credentials not found in native keychain'));
    await writeFile(join(dir, 'docker'), dumper('docker', 'denied: requested access to the resource is denied'));
    await chmod(join(dir, 'docker-credential-dump'), 0o755);
    await chmod(join(dir, 'docker'), 0o755);
    let stderr = '';
    const code = await runCli(
      [
        'sign',
        '--signer-key-passphrase',
        FIXTURE_KEYS.dockerAlice.passphrase,
        '--signer-name',
        'ci',
        '--root-key-file',
        await keyFile(dir, 'root.key', FIXTURE_KEYS.notaryRoot.file),
        '--repository-key-file',
        await keyFile(dir, 'targets.key', FIXTURE_KEYS.notaryTargets.file),
        '--trust-server',
        server.url,
        REF,
      ],
      {
        stdout: () => {},
        stderr: (text) => (stderr += text),
        env: { PATH: `${dir}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: dir, DOCKER_CONFIG: dir, DUMP_DIR: dir, ...SECRETS },
        readStdin: async () => '',
      },
    );
    run = { code, stderr };
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('when the environment holds secrets', () => {
    it('runs the credential helper and docker push for real', () => {
      expect(run.code).toBe(EXIT_FAILED);
      expect(run.stderr).toContain(`docker push ${REF} failed`);
    });

    it.each(['helper', 'docker'])('gives the %s none of them, by name or by value', async (child) => {
      const env = await readFile(join(dir, `${child}.env`), 'utf8');
      const names = env.split('\n').map((line) => line.split('=')[0]);
      expect(names.filter((name) => name !== undefined && name in SECRETS)).toEqual([]);
      for (const value of Object.values(SECRETS)) expect(env).not.toContain(trace(value));
      expect(names).toEqual(expect.arrayContaining(['PATH', 'DOCKER_CONFIG']));
    });
  });
});

async function keyFile(dir: string, name: string, source: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, fixture(source));
  return path;
}
