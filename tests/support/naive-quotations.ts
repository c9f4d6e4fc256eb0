/**
 * The quotation finder as it was before it became one pass: reads on from every opening mark
 * in turn, and from the next one whenever a mark stays unclosed. Quadratic on unclosed marks,
 * which is why it was replaced; kept here as the oracle the one-pass scanner must agree with.
 */
import type { Quotation, QuoteMarks } from '../../src/core/quotes';

const MAX_QUOTATION_CHARS = 4000;
const MIN_WORDS = 2;
const OPEN_CURLY = new Set(['\u201C', '\u201E', '\u201F']);
const RIGHT_CURLY = '\u201D';
const LEFT_GUILLEMET = '\u00AB';
const RIGHT_GUILLEMET = '\u00BB';
const BEFORE_OPEN = /[([{\u2014\u2013\-/:'\u2018\u2019"\u201C\u201D\u00AB\u00BB]/u;
const AFTER_CLOSE = /[.,;:!?)\]}\u2014\u2013\-\u2026'\u2018\u2019"\u201C\u201D\u00AB\u00BB]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02BC\-\u2010\u2011][\p{L}\p{N}\p{M}]+)*/gu;
const countWords = (text: string) => text.match(WORD_RE)?.length ?? 0;
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

interface Open {
  marks: Exclude<QuoteMarks, 'element'>;
  at: number;
  opener: string;
  closer: string;
  depth: number;
}

function opensAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || BEFORE_OPEN.test(prev);
}

function closesAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || isSpace(next) || AFTER_CLOSE.test(next);
}

/** A blank line (paragraph break) at i: a newline followed, after spaces, by another. */
function paragraphBreakAt(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n') return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

function tryOpen(text: string, i: number): Open | null {
  const c = text[i]!;
  if (c === '"') {
    if (/\p{N}/u.test(text[i - 1] ?? '')) return null; // 15" screen: an inch mark
    return opensAt(text, i) ? { marks: 'straight', at: i, opener: c, closer: c, depth: 1 } : null;
  }
  if (OPEN_CURLY.has(c)) {
    return isSpace(text[i + 1]) || text[i + 1] === undefined
      ? null
      : { marks: 'curly', at: i, opener: c, closer: RIGHT_CURLY, depth: 1 };
  }
  if (c === RIGHT_CURLY) {
    return opensAt(text, i) ? { marks: 'curly', at: i, opener: c, closer: RIGHT_CURLY, depth: 1 } : null;
  }
  if (c === LEFT_GUILLEMET) {
    // French puts a space inside: « comme ceci ».
    return text[i + 1] === undefined ? null : { marks: 'guillemets', at: i, opener: c, closer: RIGHT_GUILLEMET, depth: 1 };
  }
  if (c === RIGHT_GUILLEMET) {
    return opensAt(text, i) ? { marks: 'guillemets', at: i, opener: c, closer: LEFT_GUILLEMET, depth: 1 } : null;
  }
  return null;
}

type Step = 'close' | 'reopen' | 'none';

function stepInside(text: string, i: number, open: Open): Step {
  const c = text[i]!;
  switch (open.marks) {
    case 'straight':
      if (c !== '"') return 'none';
      if (closesAt(text, i)) return 'close';
      return opensAt(text, i) ? 'reopen' : 'none';
    case 'curly': {
      // “…” and ”…”; „…“ and „…” (German, Polish); some sources even close with “.
      const isCloser = c === RIGHT_CURLY || c === '\u201C';
      if (!isCloser) return 'none';
      if (closesAt(text, i)) return 'close';
      // An opening mark where none can be: the earlier one was stray.
      return opensAt(text, i) ? 'reopen' : 'none';
    }
    case 'guillemets':
      if (c === open.opener) open.depth++;
      else if (c === open.closer) open.depth--;
      return open.depth === 0 ? 'close' : 'none';
  }
}

function makeQuotation(text: string, open: Open, closeAt: number): Quotation | null {
  let innerStart = open.at + 1;
  let innerEnd = closeAt;
  while (innerStart < innerEnd && isSpace(text[innerStart])) innerStart++;
  while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
  const inner = text.slice(innerStart, innerEnd);
  if (countWords(inner) < MIN_WORDS) return null;
  return { start: open.at, end: closeAt + 1, innerStart, innerEnd, text: inner, marks: open.marks };
}

/** Every quotation of at least two words in `text`, in order, non-overlapping. */
export function naiveFindQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open: Open | null = null;
  let i = 0;
  while (i < text.length) {
    if (open === null) {
      open = tryOpen(text, i);
      i++;
      continue;
    }
    if (paragraphBreakAt(text, i) || i - open.at > MAX_QUOTATION_CHARS) {
      // Unclosed: the opening mark was stray. Look again just after it.
      i = open.at + 1;
      open = null;
      continue;
    }
    const step = stepInside(text, i, open);
    if (step === 'close') {
      const q = makeQuotation(text, open, i);
      if (q) found.push(q);
      open = null;
    } else if (step === 'reopen') {
      open = tryOpen(text, i);
    }
    i++;
    if (i >= text.length && open !== null) {
      i = open.at + 1;
      open = null;
    }
  }
  return found;
}
