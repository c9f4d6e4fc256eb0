/**
 * Quote words as compared: no case, punctuation, quote marks or diacritics; ’ and ' the same;
 * "cease-fire" and "ceasefire" the same. In a recorded quote, a run of two or more spaces
 * between words marks a word the source copy lost (its hyphenated words were stripped):
 * such a gap becomes a wildcard token that stands for zero or one word.
 */
import { lostWordOffsets } from '../dataset/quote-gaps';
import { foldText } from '../text/fold';
import { WORD_RE } from './words';

export interface Token {
  /** The comparison key ('' for a gap). */
  key: string;
  /** The word as written ('' for a gap). */
  word: string;
  gap?: true;
}

/** The extension's one fold (src/core/text), without what is not a letter, digit or apostrophe. */
function wordKey(word: string): string {
  return foldText(word).replace(/[^\p{L}\p{N}']/gu, '');
}

/** The words of a quotation found on a page. */
export function pageTokens(text: string): Token[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ key: wordKey(m[0]), word: m[0] }));
}

/**
 * The words of a recorded quote, with a gap token wherever the source copy lost a word: where it
 * left a run of spaces, and after each of `gapsAfter` (the dataset's record of gaps the source
 * closed up without a trace).
 */
export function recordedTokens(text: string, gapsAfter: readonly string[] = []): Token[] {
  const tokens: Token[] = [];
  const declared = lostWordOffsets(text, gapsAfter);
  let last = -1;
  for (const m of text.matchAll(WORD_RE)) {
    if (last >= 0) {
      const between = text.slice(last, m.index);
      // Two spaces after a full stop are typography, not a lost word.
      const spaced = /[^\S\n]{2,}/u.test(between) && !/[.!?]/u.test(between);
      if (spaced || declared.some((at) => at >= last && at <= m.index)) tokens.push({ key: '', word: '', gap: true });
    }
    tokens.push({ key: wordKey(m[0]), word: m[0] });
    last = m.index + m[0].length;
  }
  return tokens;
}

export function wordCount(tokens: readonly Token[]): number {
  return tokens.filter((t) => !t.gap).length;
}
