// Shared helpers for the CLI's stack tests: the bundle built from the work
// tree and run as a user runs it (`node index.js ...`, a fresh process with
// only the environment it is given), a record of every run with the secrets
// it was given, and the keys docker wrote.

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.ts';
import type { PeerContext } from '../support/peers.ts';

export interface CliRun {
  readonly args: readonly string[];
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export class CliBundle {
  /** Every run, for the secret scan at the end. */
  readonly runs: CliRun[] = [];
  /** Every secret any run was given. */
  readonly secrets = new Set<string>();
  #dir: string | undefined;
  #index: string | undefined;

  /** `index`: a bundle that is already built (dist/cli/index.js); otherwise build() one. */
  constructor(index?: string) {
    this.#index = index;
  }

  async build(): Promise<void> {
    this.#dir = await mkdtemp(join(tmpdir(), 'dct-sign-cli-bundle-'));
    this.#index = await buildCli({ outDir: this.#dir });
  }

  async remove(): Promise<void> {
    if (this.#dir) await rm(this.#dir, { recursive: true, force: true });
  }

  /** The base64 lines of a PEM key and the whole file base64-encoded; returns them. */
  addPem(pem: string): string[] {
    const pieces = [...pem.split('\n').filter((line) => /^[A-Za-z0-9+/=]{16,}$/.test(line)), Buffer.from(pem).toString('base64')];
    for (const piece of pieces) this.secrets.add(piece);
    return pieces;
  }

  run(args: readonly string[], env: NodeJS.ProcessEnv, input = ''): Promise<CliRun> {
    const index = this.#index;
    if (!index) throw new Error('build() the bundle first');
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [index, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        const run = { args, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
        this.runs.push(run);
        resolve(run);
      });
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    });
  }

  /** Throws naming the first run that printed a secret; `allowed` exempts output a run was asked to print. */
  scan(allowed: (run: CliRun, secret: string) => boolean = () => false): void {
    for (const run of this.runs) {
      for (const secret of this.secrets) {
        if ((run.stdout + run.stderr).includes(secret) && !allowed(run, secret)) {
          throw new Error(`the run of ${run.args.slice(0, 2).join(' ')} printed a secret (${secret.slice(0, 4)}…)`);
        }
      }
    }
  }
}

/** The private key file docker wrote for `role` (its `role:` header), optionally of one repository. */
export async function dockerKeyFile(ctx: PeerContext, role: string, gun?: string): Promise<string> {
  const dir = join(ctx.dockerTrustDir, 'private');
  for (const name of await readdir(dir)) {
    const pem = await readFile(join(dir, name), 'utf8');
    if (new RegExp(`^role: ${role}$`, 'm').test(pem) && (gun === undefined || pem.includes(`gun: ${gun}`))) return join(dir, name);
  }
  throw new Error(`no docker key for ${role} in ${dir}`);
}
