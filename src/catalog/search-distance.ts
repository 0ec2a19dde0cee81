/**
 * Damerau–Levenshtein distance (insertions, deletions, substitutions, swaps of two neighbours;
 * "optimal string alignment") between a and b, or max + 1 as soon as it is known to exceed max.
 */
export function distance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  let before: number[] = [];
  let prev: number[] = [];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[n], max + 1);
}

/**
 * Typos tolerated between a query word and an indexed word of these lengths: none under 4 letters,
 * 2 when both are long (7+ letters and one 8+: "pasport" → "passeport"), 1 otherwise.
 */
export function typosAllowed(a: number, b: number): number {
  const lo = Math.min(a, b);
  return lo < 4 ? 0 : lo > 6 && Math.max(a, b) > 7 ? 2 : 1;
}
