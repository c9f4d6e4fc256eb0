/**
 * Word-level alignment of page words against recorded words: Levenshtein distance where a
 * gap token in the recorded words matches zero or one page word for free. In 'fragment'
 * mode the page words may align with any contiguous stretch of the recorded words.
 */
import type { Token } from './tokens';
import type { WordDiff } from './types';

export interface Alignment {
  /** Words added, removed or replaced (a replacement counts once). */
  cost: number;
  /** Page words that match recorded words (gap fills not counted). */
  same: number;
  diff: WordDiff[];
}

type Move = 'same' | 'sub' | 'add' | 'del' | 'gapFill' | 'gapSkip' | 'start';

export function align(page: readonly Token[], recorded: readonly Token[], mode: 'whole' | 'fragment'): Alignment {
  const n = page.length;
  const m = recorded.length;
  const fragment = mode === 'fragment';
  // cost[i][j]: page[0..i) against recorded[0..j)
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const move: Move[][] = Array.from({ length: n + 1 }, () => new Array<Move>(m + 1).fill('start'));
  cost[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    const r = recorded[j - 1]!;
    // In a fragment, recorded words before the start are free.
    cost[0]![j] = fragment ? 0 : cost[0]![j - 1]! + (r.gap ? 0 : 1);
    move[0]![j] = fragment ? 'start' : r.gap ? 'gapSkip' : 'del';
  }
  for (let i = 1; i <= n; i++) {
    cost[i]![0] = i;
    move[i]![0] = 'add';
    const p = page[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const r = recorded[j - 1]!;
      const row = cost[i]!;
      const up = cost[i - 1]!;
      let best = up[j]! + 1;
      let how: Move = 'add';
      if (r.gap) {
        if (up[j - 1]! < best) [best, how] = [up[j - 1]!, 'gapFill'];
        if (row[j - 1]! < best) [best, how] = [row[j - 1]!, 'gapSkip'];
      } else {
        const diag = up[j - 1]! + (p.key === r.key ? 0 : 1);
        if (diag < best || (diag === best && p.key === r.key)) [best, how] = [diag, p.key === r.key ? 'same' : 'sub'];
        if (row[j - 1]! + 1 < best) [best, how] = [row[j - 1]! + 1, 'del'];
      }
      row[j] = best;
      move[i]![j] = how;
    }
  }
  // In a fragment, recorded words after the end are free: pick the best end column.
  let endJ = m;
  if (fragment) {
    for (let j = 0; j <= m; j++) if (cost[n]![j]! < cost[n]![endJ]!) endJ = j;
  }
  const diff: WordDiff[] = [];
  let same = 0;
  let i = n;
  let j = endJ;
  while (i > 0 || j > 0) {
    const how = move[i]![j]!;
    if (how === 'start') break;
    const p = page[i - 1];
    const r = recorded[j - 1];
    switch (how) {
      case 'same':
        diff.push({ op: 'same', word: p!.word });
        same++;
        i--;
        j--;
        break;
      case 'sub':
        diff.push({ op: 'added', word: p!.word }, { op: 'removed', word: r!.word });
        i--;
        j--;
        break;
      case 'gapFill':
        diff.push({ op: 'same', word: p!.word, gap: true });
        i--;
        j--;
        break;
      case 'gapSkip':
        j--;
        break;
      case 'add':
        diff.push({ op: 'added', word: p!.word });
        i--;
        break;
      case 'del':
        diff.push({ op: 'removed', word: r!.word });
        j--;
        break;
    }
  }
  diff.reverse();
  return { cost: cost[n]![endJ]!, same, diff };
}
