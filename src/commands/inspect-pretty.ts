// `docker trust inspect --pretty` as text, from inspect's result, with
// docker's layout: its tabwriter settings (minimum width 10, padding 3),
// natural sort order for tags and signers, signer keys cut to 12 characters
// and administrative keys sorted on one tab-separated line per role.

import type { InspectResult, RepositoryTrust } from '../operations/inspect.ts';
import { byteCompare, naturalCompare, REPO_ADMIN, roleCompare } from '../operations/sort-order.ts';

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
      const signers = admin ? [`(${REPO_ADMIN})`] : [...row.Signers].sort(roleCompare);
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
