import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEBIAN_DOCKER_CLI,
  dockerCliCandidates,
  findDockerCli,
  hasDockerTrust,
  NoDockerTrustError,
  PREFERRED_DOCKER_CLI,
} from './docker-cli.ts';

// What docker 20.10 and 28 print for `docker trust --help`.
const TRUST_HELP = 'Usage:  docker trust COMMAND\\n\\nManage trust on Docker images\\n';
// A CLI without `trust` may print its top-level help, and exit 0.
const ROOT_HELP = 'Usage:  docker [OPTIONS] COMMAND\\n\\nA self-sufficient runtime for containers\\n';

let dir: string;

async function fakeDocker(name: string, trustHelp: string, version: string): Promise<string> {
  const file = join(dir, name, 'docker');
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(
    file,
    `#!/bin/sh\nif [ "$1" = --version ]; then echo "Docker version ${version}, build abc"; exit 0; fi\n` +
      `if [ "$1" = trust ]; then printf '${trustHelp}'; exit 0; fi\nexit 1\n`,
  );
  await chmod(file, 0o755);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docker-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('#hasDockerTrust', () => {
  describe('when `docker trust --help` prints trust usage', () => {
    it('says yes', async () => {
      expect(hasDockerTrust(await fakeDocker('with-trust', TRUST_HELP, '20.10.24+dfsg1'))).toBe(true);
    });
  });

  describe('when the CLI has no trust command but exits 0 with its top-level help', () => {
    it('says no', async () => {
      expect(hasDockerTrust(await fakeDocker('no-trust', ROOT_HELP, '29.0.0'))).toBe(false);
    });
  });

  describe('when the file does not exist', () => {
    it('says no', () => {
      expect(hasDockerTrust(join(dir, 'missing', 'docker'))).toBe(false);
    });
  });

  describe.skipIf(!existsSync(DEBIAN_DOCKER_CLI))("when it is docker.io's /usr/bin/docker", () => {
    it('says yes', () => {
      expect(hasDockerTrust(DEBIAN_DOCKER_CLI)).toBe(true);
    });
  });
});

describe('#dockerCliCandidates', () => {
  describe('when PATH has a docker', () => {
    it('puts it between /usr/local/bin/docker and /usr/bin/docker', async () => {
      const file = await fakeDocker('on-path', TRUST_HELP, '20.10.24');
      expect(dockerCliCandidates({ PATH: `${join(dir, 'empty')}:${join(dir, 'on-path')}` })).toEqual([
        PREFERRED_DOCKER_CLI,
        file,
        DEBIAN_DOCKER_CLI,
      ]);
    });
  });

  describe('when PATH has none', () => {
    it('tries the two fixed places', () => {
      expect(dockerCliCandidates({ PATH: join(dir, 'empty') })).toEqual([PREFERRED_DOCKER_CLI, DEBIAN_DOCKER_CLI]);
    });
  });
});

describe('#findDockerCli', () => {
  describe('when DCT_TEST_DOCKER names a CLI with docker trust', () => {
    it('uses it, with its version', async () => {
      const file = await fakeDocker('forced', TRUST_HELP, '20.10.24+dfsg1');
      expect(findDockerCli({ PATH: '', DCT_TEST_DOCKER: file })).toEqual({ path: file, version: '20.10.24+dfsg1', major: 20 });
    });
  });

  describe('when DCT_TEST_DOCKER names a CLI without docker trust', () => {
    it('refuses it rather than trying another', async () => {
      const file = await fakeDocker('forced-no-trust', ROOT_HELP, '29.0.0');
      expect(() => findDockerCli({ PATH: '', DCT_TEST_DOCKER: file })).toThrow(NoDockerTrustError);
    });
  });

  describe.skipIf(!existsSync(DEBIAN_DOCKER_CLI))('when DCT_TEST_DOCKER is /usr/bin/docker', () => {
    it('finds the docker.io CLI', () => {
      expect(findDockerCli({ PATH: '', DCT_TEST_DOCKER: DEBIAN_DOCKER_CLI }).path).toBe(DEBIAN_DOCKER_CLI);
    });
  });
});

describe('DOCKER_CLI of the stack support', () => {
  describe.skipIf(!existsSync(DEBIAN_DOCKER_CLI))('when DCT_TEST_DOCKER=/usr/bin/docker', () => {
    afterAll(() => {
      vi.unstubAllEnvs();
    });

    it('is /usr/bin/docker, not /usr/local/bin/docker', async () => {
      vi.stubEnv('DCT_TEST_DOCKER', DEBIAN_DOCKER_CLI);
      vi.resetModules();
      const { DOCKER_CLI } = await import('./stack.ts');
      expect(DOCKER_CLI).toBe(DEBIAN_DOCKER_CLI);
    });
  });
});
