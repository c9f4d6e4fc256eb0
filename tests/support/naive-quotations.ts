/**
 * The quotation finder as it was before it became one pass: reads on from every opening mark
 * in turn, and from the next one whenever a mark stays unclosed. Quadratic on unclosed marks,
 * which is why it was replaced; kept here as the oracle the one-pass scanner must agree with.
 */
import type { Quotation } from '../../src/core/quotes';
import {
  closesAt,
  LEFT_GUILLEMET,
  makeQuotation,
  MAX_QUOTATION_CHARS,
  opensAt,
  RIGHT_CURLY,
  RIGHT_GUILLEMET,
  tryOpen as markOpensAt,
  type Open as MarkOpen,
} from '../../src/core/quotes/marks';

// The rules of what a quotation mark is are shared; the scan below is what differs.
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

interface Open extends MarkOpen {
  opener: string;
  closer: string;
  depth: number;
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
  const open = markOpensAt(text, i);
  if (!open) return null;
  const opener = text[i]!;
  const closer = open.marks === 'straight' ? opener : open.marks === 'curly' ? RIGHT_CURLY : opener === LEFT_GUILLEMET ? RIGHT_GUILLEMET : LEFT_GUILLEMET;
  return { ...open, opener, closer, depth: 1 };
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
