/**
 * Word-level alignment of page words against recorded words: Levenshtein distance where a
 * gap token in the recorded words matches zero or one page word for free. In 'fragment'
 * mode the page words may align with any contiguous stretch of the recorded words.
 */
import type { Token } from './tokens';
import type { WordDiff } from './types';

interface Alignment {
  /** Words added, removed or replaced (a replacement counts once). */
  cost: number;
  /** Page words that match recorded words (gap fills not counted). */
  same: number;
  diff: WordDiff[];
}

const SAME = 1;
const SUB = 2;
const ADD = 3;
const DEL = 4;
const GAP_FILL = 5;
const GAP_SKIP = 6;
const START = 0;

export function align(page: readonly Token[], recorded: readonly Token[], mode: 'whole' | 'fragment'): Alignment {
  const n = page.length;
  const m = recorded.length;
  const fragment = mode === 'fragment';
  // cost[i * w + j]: page[0..i) against recorded[0..j). Flat typed arrays: every quotation on
  // a page is aligned with several recorded quotes, twice, and nested arrays cost more to build
  // than the alignment itself.
  const w = m + 1;
  const cost = new Float64Array((n + 1) * w).fill(Infinity);
  const move = new Uint8Array((n + 1) * w);
  cost[0] = 0;
  for (let j = 1; j <= m; j++) {
    const r = recorded[j - 1]!;
    // In a fragment, recorded words before the start are free.
    cost[j] = fragment ? 0 : cost[j - 1]! + (r.gap ? 0 : 1);
    move[j] = fragment ? START : r.gap ? GAP_SKIP : DEL;
  }
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const up = row - w;
    cost[row] = i;
    move[row] = ADD;
    const p = page[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const r = recorded[j - 1]!;
      let best = cost[up + j]! + 1;
      let how = ADD;
      if (r.gap) {
        if (cost[up + j - 1]! < best) { best = cost[up + j - 1]!; how = GAP_FILL; }
        if (cost[row + j - 1]! < best) { best = cost[row + j - 1]!; how = GAP_SKIP; }
      } else {
        const equal = p.key === r.key;
        const diag = cost[up + j - 1]! + (equal ? 0 : 1);
        if (diag < best || (diag === best && equal)) { best = diag; how = equal ? SAME : SUB; }
        if (cost[row + j - 1]! + 1 < best) { best = cost[row + j - 1]! + 1; how = DEL; }
      }
      cost[row + j] = best;
      move[row + j] = how;
    }
  }
  // In a fragment, recorded words after the end are free: pick the best end column.
  let endJ = m;
  const last = n * w;
  if (fragment) {
    for (let j = 0; j <= m; j++) if (cost[last + j]! < cost[last + endJ]!) endJ = j;
  }
  const diff: WordDiff[] = [];
  let same = 0;
  let i = n;
  let j = endJ;
  while (i > 0 || j > 0) {
    const how = move[i * w + j]!;
    if (how === START) break;
    const p = page[i - 1];
    const r = recorded[j - 1];
    switch (how) {
      case SAME:
        diff.push({ op: 'same', word: p!.word });
        same++;
        i--;
        j--;
        break;
      case SUB:
        diff.push({ op: 'added', word: p!.word }, { op: 'removed', word: r!.word });
        i--;
        j--;
        break;
      case GAP_FILL:
        diff.push({ op: 'same', word: p!.word, gap: true });
        i--;
        j--;
        break;
      case GAP_SKIP:
        j--;
        break;
      case ADD:
        diff.push({ op: 'added', word: p!.word });
        i--;
        break;
      case DEL:
        diff.push({ op: 'removed', word: r!.word });
        j--;
        break;
    }
  }
  diff.reverse();
  return { cost: cost[last + endJ]!, same, diff };
}
