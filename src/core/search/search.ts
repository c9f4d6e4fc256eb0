import type { Entity } from '../dataset/schema';
import { foldKey } from '../text/fold';
import { editDistance, prefixDistance } from './distance';
import { aliasText } from '../dataset/alias-input';

/**
 * Search over entity names and aliases as the user types. Pure: works on any
 * list of entities, so it is tested without the bundled dataset or a browser.
 *
 * Ranking, best first:
 *   1. the query is the entity's display name;
 *   2. the query is one of its aliases;
 *   3. a name or alias starts with the query;
 *   4. a word inside a name or alias starts with the query ("nusra" in "al-Nusra Front");
 *   5. a name, alias or trailing words of one are within a small edit distance
 *      ("asad" -> "Assad", "jafari" -> "Jaafari");
 *   6. the query, with a small typo, is the start of one (still typing).
 * Within a tier, a closer fit (shorter remainder, fewer edits) ranks higher.
 */

export interface SearchResult {
  entity: Entity;
  /** The name or alias that matched, as written in the dataset. */
  matchedAlias: string;
  score: number;
}

export interface SearchOptions {
  /** At most this many results (default 8). */
  limit?: number;
}

interface Candidate {
  entity: Entity;
  text: string;
  key: string;
  isName: boolean;
  /** The key from each word start onwards: "bashar al jaafari", "al jaafari", "jaafari". */
  tails: string[];
}

export interface SearchIndex {
  readonly candidates: readonly Candidate[];
}

const SCORE = {
  exactName: 1100,
  exactAlias: 1000,
  prefix: 800,
  wordPrefix: 700,
  fuzzy: 500,
  fuzzyPrefix: 300,
} as const;

/** Edits allowed for a query of this many letters: none below 4, one up to 7, two from 8. */
export function typoAllowance(query: string): number {
  const letters = query.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (letters < 4) return 0;
  if (letters <= 7) return 1;
  return 2;
}


function tailsOf(key: string): string[] {
  const tails = [key];
  for (let i = 0; i < key.length; i++) {
    if (key[i] === ' ' && i + 1 < key.length) tails.push(key.slice(i + 1));
  }
  return tails;
}

export function createSearchIndex(entities: readonly Entity[]): SearchIndex {
  const candidates: Candidate[] = [];
  for (const entity of entities) {
    const seen = new Set<string>();
    const add = (text: string, isName: boolean) => {
      const key = foldKey(text);
      if (!key || seen.has(key)) return;
      seen.add(key);
      candidates.push({ entity, text, key, isName, tails: tailsOf(key) });
    };
    add(entity.name, true);
    for (const alias of entity.aliases) add(aliasText(alias), false);
  }
  return { candidates };
}

/** How well a query key fits one name; 0 when it does not match at all. */
function scoreCandidate(query: string, allowance: number, candidate: Candidate): number {
  const { key, tails } = candidate;
  const closeness = (length: number) => Math.round((50 * query.length) / Math.max(length, query.length));
  if (key === query) return candidate.isName ? SCORE.exactName : SCORE.exactAlias;
  if (key.startsWith(query)) return SCORE.prefix + closeness(key.length);
  let best = 0;
  for (let i = 1; i < tails.length; i++) {
    const tail = tails[i]!;
    if (tail.startsWith(query)) best = Math.max(best, SCORE.wordPrefix + closeness(tail.length));
  }
  if (best > 0 || allowance === 0) return best;
  for (const tail of tails) {
    const distance = editDistance(query, tail, allowance);
    if (distance <= allowance) best = Math.max(best, SCORE.fuzzy - 60 * distance + closeness(tail.length));
  }
  if (best > 0) return best;
  for (const tail of tails) {
    // A typo within the first letters is too weak a signal: require a real stem.
    if (tail.length <= query.length) continue;
    const distance = prefixDistance(query, tail, allowance);
    if (distance <= allowance) best = Math.max(best, SCORE.fuzzyPrefix - 60 * distance + closeness(tail.length));
  }
  return best;
}

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const q = foldKey(query);
  if (!q) return [];
  const allowance = typoAllowance(q);
  const best = new Map<string, { result: SearchResult; isName: boolean }>();
  for (const candidate of index.candidates) {
    const score = scoreCandidate(q, allowance, candidate);
    if (score <= 0) continue;
    const previous = best.get(candidate.entity.id);
    const better =
      !previous ||
      score > previous.result.score ||
      (score === previous.result.score && candidate.isName && !previous.isName);
    if (better) {
      best.set(candidate.entity.id, {
        result: { entity: candidate.entity, matchedAlias: candidate.text, score },
        isName: candidate.isName,
      });
    }
  }
  const results = [...best.values()].map((entry) => entry.result);
  results.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name));
  return results.slice(0, options.limit ?? 8);
}
