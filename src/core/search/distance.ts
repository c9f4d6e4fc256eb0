/**
 * Optimal-string-alignment distance (Damerau-Levenshtein where a transposition
 * counts as one edit and no substring is edited twice), with an early exit:
 * returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = distanceRows(a, b, max);
  const last = rows[a.length]![b.length]!;
  return last > max ? max + 1 : last;
}

/**
 * The smallest distance between `a` and any prefix of `b`: how far "jafar" is from
 * being the start of "jaafari". Lets a query with a typo match while it is still
 * being typed.
 */
export function prefixDistance(a: string, b: string, max = Infinity): number {
  if (b.startsWith(a)) return 0;
  const rows = distanceRows(a, b, max);
  const lastRow = rows[a.length]!;
  let best = Infinity;
  for (const value of lastRow) best = Math.min(best, value);
  return best > max ? max + 1 : best;
}

function distanceRows(a: string, b: string, max: number): number[][] {
  const m = a.length;
  const n = b.length;
  const d: number[][] = [];
  for (let i = 0; i <= m; i++) {
    const row = new Array<number>(n + 1);
    row[0] = i;
    d.push(row);
  }
  const first = d[0]!;
  for (let j = 0; j <= n; j++) first[j] = j;
  for (let i = 1; i <= m; i++) {
    const row = d[i]!;
    const prev = d[i - 1]!;
    let rowMin = row[0]!;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum: stop filling once it is hopeless.
    if (rowMin > max) {
      for (let k = i + 1; k <= m; k++) d[k]!.fill(max + 1);
      break;
    }
  }
  return d;
}
