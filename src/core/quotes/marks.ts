/**
 * What the quotation finder (./detect.ts) takes for quotation marks: where a mark may open or
 * close a quotation, which kind it opens, and when the words between two marks are a quotation.
 * The scanning itself, in one pass, is detect.ts's.
 */
import type { Quotation, QuoteMarks } from './types';
import { count } from './work';
import { hasWords, isSpace } from './words';

/** A quotation longer than this is taken for a stray mark that pairs with a far one. */
export const MAX_QUOTATION_CHARS = 4000;
export const MIN_WORDS = 2;

const OPEN_CURLY = new Set(['\u201C', '\u201E', '\u201F']); // “ „ ‟
export const RIGHT_CURLY = '\u201D'; // ”
export const LEFT_GUILLEMET = '\u00AB'; // «
export const RIGHT_GUILLEMET = '\u00BB'; // »
/** What may stand right before an opening mark besides whitespace. */
const BEFORE_OPEN = /[([{\u2014\u2013\-/:'\u2018\u2019"\u201C\u201D\u00AB\u00BB]/u;
/** What may stand right after a closing mark besides whitespace. */
const AFTER_CLOSE = /[.,;:!?)\]}\u2014\u2013\-\u2026'\u2018\u2019"\u201C\u201D\u00AB\u00BB]/u;

export interface Open {
  marks: Exclude<QuoteMarks, 'element'>;
  at: number;
}

export function opensAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || BEFORE_OPEN.test(prev);
}

export function closesAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || isSpace(next) || AFTER_CLOSE.test(next);
}

export function tryOpen(text: string, i: number): Open | null {
  const c = text[i]!;
  if (c === '"') {
    if (/\p{N}/u.test(text[i - 1] ?? '')) return null; // 15" screen: an inch mark
    return opensAt(text, i) ? { marks: 'straight', at: i } : null;
  }
  if (OPEN_CURLY.has(c)) {
    return isSpace(text[i + 1]) || text[i + 1] === undefined ? null : { marks: 'curly', at: i };
  }
  if (c === RIGHT_CURLY) {
    return opensAt(text, i) ? { marks: 'curly', at: i } : null;
  }
  if (c === LEFT_GUILLEMET) {
    // French puts a space inside: « comme ceci ».
    return text[i + 1] === undefined ? null : { marks: 'guillemets', at: i };
  }
  if (c === RIGHT_GUILLEMET) {
    return opensAt(text, i) ? { marks: 'guillemets', at: i } : null;
  }
  return null;
}

export function makeQuotation(text: string, open: Open, closeAt: number): Quotation | null {
  let innerStart = open.at + 1;
  let innerEnd = closeAt;
  while (innerStart < innerEnd && isSpace(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
  const inner = text.slice(innerStart, innerEnd);
  count(inner.length);
  if (!hasWords(inner, MIN_WORDS)) return null;
  return { start: open.at, end: closeAt + 1, innerStart, innerEnd, text: inner, marks: open.marks };
}
