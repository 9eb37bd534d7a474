// Host aliases in /etc/hosts for the stack tests (which run as root): a name
// that resolves to 127.0.0.1 but is not loopback by name, so that proxy rules
// apply to it as they would to a real trust server. Each line carries a
// marker with the owning process, so that lines left by a killed run are
// swept by the next one. The file is rewritten in place: in containers it is
// often a bind mount that cannot be replaced by a rename.

import { readFile, writeFile } from 'node:fs/promises';

const HOSTS = '/etc/hosts';
const MARKER = /# dct-sign test (\d+)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function rewrite(edit: (lines: string[]) => string[]): Promise<void> {
  const text = await readFile(HOSTS, 'utf8');
  const lines = text.replace(/\n$/, '').split('\n');
  await writeFile(HOSTS, `${edit(lines).join('\n')}\n`);
}

/** Adds `name` → `ip` to /etc/hosts; the returned function removes it again. */
export async function addHostAlias(name: string, ip = '127.0.0.1'): Promise<() => Promise<void>> {
  if (process.getuid?.() !== 0) throw new Error(`adding ${name} to ${HOSTS} needs root`);
  const line = `${ip} ${name} # dct-sign test ${process.pid}`;
  await rewrite((lines) => [
    ...lines.filter((l) => {
      const owner = MARKER.exec(l)?.[1];
      return owner === undefined || alive(Number(owner));
    }),
    line,
  ]);
  return () => rewrite((lines) => lines.filter((l) => l !== line));
}
