// What the demo prints: numbered steps, commands as a person would type
// them, and the commands' own output indented under them. Long temp paths
// are shown as $DEMO so that the commands stay readable.

import { spawn } from 'node:child_process';

export interface ShownCommand {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** How to show the command, when not as file + args. */
  readonly display?: string;
  /** Environment assignments to show before it, e.g. a passphrase as ***. */
  readonly shownEnv?: Readonly<Record<string, string>>;
  readonly input?: string | Buffer;
}

export interface CommandOutput {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

export class DemoConsole {
  readonly #total: number;
  #step = 0;
  readonly #aliases: [string, string][] = [];

  constructor(total: number) {
    this.#total = total;
  }

  /** Shows `path` as `name` from now on. */
  alias(path: string, name: string): void {
    this.#aliases.push([path, name]);
  }

  short(text: string): string {
    let out = text;
    // Longest first, so that a path inside an aliased dir gets its own name.
    const aliases = [...this.#aliases].sort((a, b) => b[0].length - a[0].length);
    for (const [path, name] of aliases) out = out.split(path).join(name);
    return out;
  }

  title(text: string): void {
    console.log(`\n${bold(text)}\n${'='.repeat(text.length)}`);
  }

  step(text: string): void {
    this.#step += 1;
    console.log(`\n${bold(`[${this.#step}/${this.#total}] ${text}`)}`);
  }

  say(text: string): void {
    for (const line of text.split('\n')) console.log(`  ${this.short(line)}`);
  }

  /** Runs a command, echoing it and its output (both streams) as they come. */
  run(cmd: ShownCommand): Promise<CommandOutput> {
    const env = Object.entries(cmd.shownEnv ?? {}).map(([k, v]) => `${k}=${v} `).join('');
    const shown = cmd.display ?? [cmd.file, ...cmd.args].map(quote).join(' ');
    const line = `  $ ${env}${this.short(shown)}`;
    const flags = line.split(' --').length - 1;
    console.log(line.length > 100 && flags > 1 ? line.replace(/ --/g, ' \\\n      --') : line);
    return new Promise((resolve, reject) => {
      const child = spawn(cmd.file, cmd.args, { env: cmd.env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let pending = '';
      let blanks = 0;
      let printed = false;
      // Blank lines only between output lines, not leading or trailing ones.
      const print = (line: string) => {
        if (line.trim() === '') {
          if (printed) blanks += 1;
          return;
        }
        printed = true;
        for (; blanks > 0; blanks--) console.log('');
        console.log(dim(`    ${this.short(line)}`));
      };
      const echo = (chunk: Buffer) => {
        pending += chunk.toString('utf8');
        const lines = pending.split(/\r?\n|\r/);
        pending = lines.pop() ?? '';
        for (const line of lines) print(line);
      };
      child.stdout.on('data', (c: Buffer) => {
        out.push(c);
        echo(c);
      });
      child.stderr.on('data', (c: Buffer) => {
        err.push(c);
        echo(c);
      });
      child.on('error', reject);
      child.on('close', (code) => {
        print(pending);
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
      child.stdin.on('error', () => {});
      child.stdin.end(cmd.input ?? '');
    });
  }

  /** Like run, but a non-zero exit is an error. */
  async check(cmd: ShownCommand): Promise<CommandOutput> {
    const result = await this.run(cmd);
    if (result.code !== 0) throw new Error(`${cmd.display ?? cmd.file} exited with ${result.code}`);
    return result;
  }
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
