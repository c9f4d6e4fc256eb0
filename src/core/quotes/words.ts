/**
 * Words as the quote modules count them: runs of letters and digits, joined by
 * apostrophes or hyphens inside a word ("there’s", "al-Assad" are one word each).
 */
export const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02BC\-\u2010\u2011][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

/** Whitespace as pages write it, NBSP and narrow NBSP included. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}
