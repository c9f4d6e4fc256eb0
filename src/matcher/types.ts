import type { Category } from '../dataset/schema';

export interface MatchTarget {
  entityId: string;
  category: Category;
  /** The alias (as written in the data) the matched text stands for. */
  alias: string;
}

export interface Match extends MatchTarget {
  start: number;
  end: number;
  text: string;
}

export interface CompiledMatcher {
  /** One combined, trie-shaped pattern with flags 'gu' (the version that tolerates noise inside names). */
  readonly source: string;
  /** A fresh instance (lastIndex state!) of the pattern suited to `text`: the smaller one unless the text has noise. */
  createRegExp(text?: string): RegExp;
  /**
   * The matcher's own instance, lastIndex reset, for one synchronous pass. V8 keeps a
   * compiled pattern in a cache that garbage collection ages out; a fresh `RegExp` per
   * call can then pay the full compile (tens of ms for ours) again and again.
   */
  sharedRegExp(text?: string): RegExp;
  /** What a matched text (match[0] of the regex) refers to; null for a declared namesake or an ambiguous alias (never highlight those). */
  resolve(matchText: string): MatchTarget | null;
  /** All resolved matches in a string, in order, non-overlapping, leftmost-longest; namesakes consumed but not returned. */
  find(text: string): Match[];
}

/**
 * Everything a matcher needs at run time, as plain data: built once per dataset
 * (at build time for the extension) so that a page never pays for compiling.
 */
export interface MatcherData {
  /** The pattern for clean text. */
  source: string;
  /** The same pattern, tolerating combining marks and invisible characters inside names. */
  noisySource: string;
  /** fold key -> target (null: a namesake or an ambiguous alias). */
  names: [string, MatchTarget | null][];
  /** exact acronym letters -> target. */
  acronyms: [string, MatchTarget | null][];
}
