import { WORD_CHARS } from '../text/units';

/**
 * Words as the quote modules count them: runs of letters and digits, joined by
 * apostrophes or hyphens inside a word ("there’s", "al-Assad" are one word each).
 */
export const WORD_RE = new RegExp(`[${WORD_CHARS}]+(?:['\\u2019\\u02BC\\-\\u2010\\u2011][${WORD_CHARS}]+)*`, 'gu');

export function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

const WORD_STICKY = new RegExp(WORD_RE.source, 'gu');

/** Whether `text` holds at least `min` words; reads no further than the `min`-th. */
export function hasWords(text: string, min: number): boolean {
  if (min <= 0) return true;
  WORD_STICKY.lastIndex = 0;
  let found = 0;
  while (WORD_STICKY.exec(text)) if (++found >= min) return true;
  return false;
}

const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, 'u');

/** Whether any word stands in text[from, to): reads only up to the first one. */
export function hasWordBetween(text: string, from: number, to: number): boolean {
  return to > from && WORD_CHAR.test(text.slice(from, to));
}

/** Whitespace as pages write it, NBSP and narrow NBSP included. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}
