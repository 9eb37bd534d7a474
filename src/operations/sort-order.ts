// docker's orders for what trust inspect lists: natural order for tags and
// signers (fvbommel/sortorder, as docker uses it), Go's bytewise order for
// key IDs and digests, and the name of a tag no signer signed. And the one
// order every command prints roles and a tag's signers in (roleCompare).

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

/** targets, then targets/releases, then every other role. */
function roleRank(role: string): number {
  if (role === 'targets') return 0;
  return role === 'targets/releases' ? 1 : 2;
}

/**
 * The one order roles and a tag's signers are printed in, by every command
 * (sign's SIGNED IN and `roles`, verify's signers, inspect --pretty's
 * SIGNERS): targets, targets/releases, then the delegations in Go's bytewise
 * order, as `docker trust inspect --pretty` lists a tag's signers
 * (sort.Strings). Works on role names (`targets/ci`) and signer names (`ci`).
 */
export function roleCompare(a: string, b: string): number {
  return roleRank(a) - roleRank(b) || byteCompare(a, b);
}
