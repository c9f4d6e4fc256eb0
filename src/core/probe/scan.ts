/**
 * Looks for the probe's keys in page text. Pure and synchronous over one string, resumable by
 * offset, so the DOM side can cut a 1 MB text node into short slices.
 */
import { bloomHas } from './bloom';
import { acronymFilterKey, acronymParts, nextWordKey, pageWordKeys, PLACE_PREFIX, PREVIOUS_MARK, previousWordKey, WORD_SOURCE, wordBefore } from './words';

/** Flags of what a scan found: a name of a place, of anything else, or both. */
export const HIT_PLACE = 1;
export const HIT_OTHER = 2;

interface ScanResult {
  hits: number;
  /** Where the scan stopped: `text.length` when it read everything up to `until`. */
  end: number;
}

const keys: string[] = [];
const parts: string[] = [];

function classify(bits: Uint8Array, key: string): number {
  return (bloomHas(bits, key) ? HIT_OTHER : 0) | (bloomHas(bits, PLACE_PREFIX + key) ? HIT_PLACE : 0);
}

/**
 * Scans the words that start in `text[from, until)`. Stops early once something other than a
 * place was found: that alone decides that the page is loaded.
 */
const WORD_RE = new RegExp(WORD_SOURCE, 'gu');

export function scanText(bits: Uint8Array, text: string, from = 0, until = text.length, want = HIT_OTHER): ScanResult {
  const re = WORD_RE;
  re.lastIndex = from;
  let hits = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index >= until) return { hits, end: m.index };
    const word = m[0];
    keys.length = 0;
    pageWordKeys(word, keys);
    const next = m[1] === undefined ? '' : ` ${nextWordKey(m[1])}`;
    let before: string | null = null;
    for (const key of keys) {
      hits |= classify(bits, key);
      if (next) hits |= classify(bits, key + next);
      // A name that starts with a lower-case word is known by this word and the one before it.
      if (classify(bits, PREVIOUS_MARK + key)) {
        before ??= previousWordKey(wordBefore(text, m.index));
        hits |= classify(bits, before + PREVIOUS_MARK + key);
      }
    }
    acronymParts(word, parts);
    for (const part of parts) hits |= classify(bits, acronymFilterKey(part));
    if ((hits & want) === want) return { hits, end: re.lastIndex };
    // A zero-length match cannot happen (every alternative reads a letter), but never loop on one.
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return { hits, end: until };
}
