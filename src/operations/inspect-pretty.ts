// `docker trust inspect --pretty` as text, from inspect's result, with
// docker's layout: its tabwriter settings (minimum width 10, padding 3),
// natural sort order for tags and signers, signer keys cut to 12 characters
// and administrative keys sorted on one tab-separated line per role.

import type { InspectResult, RepositoryTrust } from './inspect.ts';

/** docker's name for a tag signed only into targets or targets/releases. */
export const REPO_ADMIN = 'Repo Admin';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * fvbommel/sortorder.NaturalLess: digit runs compare as numbers (fewer
 * leading zeros first on a tie), everything else bytewise.
 */
export function naturalLess(a: string, b: string): boolean {
  const s1 = Buffer.from(a);
  const s2 = Buffer.from(b);
  let i = 0;
  let j = 0;
  while (i < s1.length && j < s2.length) {
    const c1 = s1[i]!;
    const c2 = s2[j]!;
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < s1.length && s1[i] === 0x30) i++;
    while (j < s2.length && s2[j] === 0x30) j++;
    const n1 = i;
    const n2 = j;
    while (i < s1.length && isDigit(s1[i]!)) i++;
    while (j < s2.length && isDigit(s2[j]!)) j++;
    if (i - n1 !== j - n2) return i - n1 < j - n2;
    const r1 = s1.subarray(n1, i).toString('latin1');
    const r2 = s2.subarray(n2, j).toString('latin1');
    if (r1 !== r2) return r1 < r2;
    if (n1 !== n2) return n1 < n2;
  }
  return s1.length < s2.length;
}

export function naturalCompare(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}

/** Go's bytewise string order. */
export function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** docker's formatter table: every cell but the last padded to its column's width. */
function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 10, [...cell].length + 3);
    });
  }
  return rows
    .map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!, ' ') : cell)).join(''))
    .map((line) => `${line}\n`)
    .join('');
}

/** formatter.TruncateID. */
function truncateId(id: string): string {
  const colon = id.indexOf(':');
  return (colon >= 0 ? id.slice(colon + 1) : id).slice(0, 12);
}

function formatRepository(repo: RepositoryTrust): string {
  const remote = repo.Name;
  let out = '';
  if (repo.SignedTags.length > 0) {
    out += `\nSignatures for ${remote}\n\n`;
    const rows = repo.SignedTags.map((row) => {
      const admin = row.Signers.length === 1 && row.Signers[0] === REPO_ADMIN;
      const signers = admin ? [`(${REPO_ADMIN})`] : [...row.Signers].sort(byteCompare);
      return [row.SignedTag, row.Digest, signers.join(', ')];
    });
    out += table([['SIGNED TAG', 'DIGEST', 'SIGNERS'], ...rows]);
  } else {
    out += `\nNo signatures for ${remote}\n\n`;
  }
  if (repo.Signers.length > 0) {
    out += `\nList of signers and their keys for ${remote}\n\n`;
    const signers = [...repo.Signers].sort((a, b) => naturalCompare(a.Name, b.Name));
    const rows = signers.map((s) => [
      s.Name,
      (s.Keys ?? [])
        .map((k) => k.ID)
        .sort(byteCompare)
        .map(truncateId)
        .join(', '),
    ]);
    out += table([['SIGNER', 'KEYS'], ...rows]);
  }
  out += `\nAdministrative keys for ${remote}\n\n`;
  // docker sorts the roles by TUF name, descending: targets before root.
  const label = { Repository: 'Repository Key', Root: 'Root Key' } as const;
  for (const name of ['Repository', 'Root'] as const) {
    const role = repo.AdministrativeKeys.find((r) => r.Name === name);
    if (!role) continue;
    const ids = (role.Keys ?? []).map((k) => k.ID).sort(byteCompare);
    out += `  ${label[name]}:\t${ids.join(', ')}\n`;
  }
  return out;
}

/** The text `docker trust inspect --pretty` prints for the same references. */
export function formatInspectPretty(result: InspectResult): string {
  return result.repositories.map(formatRepository).join('\n\n');
}
