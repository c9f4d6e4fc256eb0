/**
 * Splits text into sentences and paragraphs for attribution. A quotation is one unit:
 * the full stops inside it ("… its allies. We wish …") never end the surrounding sentence.
 */
import type { Quotation } from './types';
import { count } from './work';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line separated) the sentence belongs to. */
  paragraph: number;
}

/** Words after which a full stop is usually not the end of a sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr gen lt col maj sgt capt cmdr adm prof sen rep gov pres st jr sr mt ft no vs approx dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/**
 * End punctuation, closing marks/brackets, then space before a capital, digit or opening mark.
 * Only from the start of a run of end punctuation: from inside a run of 200,000 dots the
 * pattern would read the rest of the run again at every dot.
 */
const BOUNDARY_RE = /(?<![.!?\u2026])([.!?\u2026]+)["'\u2019\u201D\u00BB)\]]*(?=\s+["'\u2018\u201C\u201D\u201E\u00AB\u00BB([]?[\p{Lu}\p{N}])/gu;
const PARAGRAPH_RE = /\n[^\S\n]*\n\s*/g;

function isAbbreviation(text: string, dotAt: number): boolean {
  if (text[dotAt] !== '.') return false;
  const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, dotAt - 12), dotAt))?.[0];
  if (!word) return false;
  if (word.length === 1) return true; // initials and "U.S."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Whether `text` holds sentence-ending punctuation, not counting the dots of abbreviations ("Mr. Alloush", "U.N."). */
export function endsASentence(text: string): boolean {
  for (const m of text.matchAll(/[.!?\u2026;]/gu)) if (!isAbbreviation(text, m.index)) return true;
  return false;
}

/**
 * The index of the quotation of `quotations` (sorted, non-overlapping) that starts last at or
 * before `pos`, or -1: a binary search, as every lookup of a position among quotations is,
 * since one paragraph may hold 20,000 of them.
 */
export function quotationBefore(quotations: readonly Quotation[], pos: number): number {
  let lo = 0;
  let hi = quotations.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  count(32 - Math.clz32(quotations.length));
  return found;
}

export function splitSentences(text: string, quotations: readonly Quotation[]): Sentence[] {
  const inside = (pos: number) => {
    const q = quotations[quotationBefore(quotations, pos)];
    return q !== undefined && pos > q.start && pos < q.end;
  };
  const endsQuotation = (pos: number) => quotations[quotationBefore(quotations, pos - 1)]?.end === pos;
  count(text.length);
  const cuts: { at: number; paragraph: boolean }[] = [];
  for (const m of text.matchAll(PARAGRAPH_RE)) {
    if (!inside(m.index)) cuts.push({ at: m.index, paragraph: true });
  }
  for (const m of text.matchAll(BOUNDARY_RE)) {
    const at = m.index + m[0].length;
    const lastDot = m.index + m[1]!.length - 1;
    if (inside(at) || (inside(m.index) && !endsQuotation(at))) continue;
    if (m[1] === '.' && isAbbreviation(text, lastDot)) continue;
    cuts.push({ at, paragraph: false });
  }
  cuts.sort((a, b) => a.at - b.at);

  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, paragraph });
  };
  for (const cut of cuts) {
    if (cut.at < start) continue;
    push(cut.at);
    start = cut.at;
    if (cut.paragraph) paragraph++;
  }
  push(text.length);
  return sentences;
}

/** Index of the sentence holding `pos` (or the last one starting before it). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
