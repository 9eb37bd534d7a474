// docker's orders for what trust inspect lists: natural order for tags and
// signers (fvbommel/sortorder, as docker uses it), Go's bytewise order for
// key IDs and digests, and the name of a tag no signer signed.

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
