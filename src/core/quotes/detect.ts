/**
 * Finding quotations in plain text: "straight", “curly” (and the ”…” style of sources that
 * use U+201D on both sides, and „German“), «guillemets» and »reversed guillemets«.
 * Inner quotations (‘…’, '…', or "…" inside «…») stay part of the outer one. Inch marks,
 * unpaired marks and one-word scare quotes are not quotations.
 */
import type { Quotation } from './types';
import { count } from './work';
import { hasWords, isSpace } from './words';
import { closesAt, LEFT_GUILLEMET, makeQuotation, MAX_QUOTATION_CHARS, MIN_WORDS, opensAt, tryOpen } from './marks';

/** Opening guillemets older than a quotation can be long are forgotten past this many. */
const STACK_KEEP = 4096;
/** Remembered guillemet matches past which those behind the scan are dropped. */
const MATCHES_KEEP = 8192;

/** A paragraph break: a newline followed, after spaces, by another. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;
/** Every character that can open a quotation. */
const OPENERS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
/** The marks that can close (or, standing where only an opener can, reopen) each kind. */
const STRAIGHT_CLOSERS = /"/g;
const CURLY_CLOSERS = /[\u201C\u201D]/g;
const GUILLEMETS = /[\u00AB\u00BB]/g;

/** Index of the first match of `re` in text[from, to), or Infinity. */
function searchFrom(re: RegExp, text: string, from: number, to = text.length): number {
  re.lastIndex = from;
  const m = re.exec(to < text.length ? text.slice(0, to) : text);
  const at = m ? m.index : Infinity;
  count((m ? at : Math.min(to, text.length)) - from);
  return at;
}

/** How far ahead a scan from an opening mark can matter: a quotation is never longer. */
const REACH = MAX_QUOTATION_CHARS + 1;

/**
 * "The first position after p, and within REACH of it, where X happens", remembered: every
 * later p up to the answer has the same answer, so questions that move forward read each
 * character about once. Nothing further than twice REACH ahead is read for one question.
 */
class NextAfter {
  private from = 0;
  private at = -1;
  /** When nothing was found: the end of what was read. */
  private readTo = -1;

  constructor(private readonly find: (from: number, to: number) => number) {}

  /** The position, or Infinity when there is none in (p, p + REACH]. */
  after(p: number): number {
    if (p >= this.from && p < this.at) return this.at === Infinity ? (p + REACH < this.readTo ? Infinity : this.ask(p)) : this.at;
    return this.ask(p);
  }

  private ask(p: number): number {
    this.from = p;
    this.readTo = p + 1 + 2 * REACH;
    this.at = this.find(p + 1, this.readTo);
    return this.at;
  }
}

/**
 * Finds quotations in one pass, resumably. An opening mark that is never closed (200,000 «
 * in a paragraph) must not make the scan read the rest of the text again from each of them:
 * what a scan from an opening mark meets does not depend on where it started, so the next
 * closing mark, the next paragraph break and, for guillemets, the matching mark (found with
 * a stack, as brackets are) are each looked up once and remembered. Within those rules it
 * finds exactly what reading from each opening mark in turn would.
 */
export class QuotationScanner {
  /** Where the next opening mark is looked for. */
  private i = 0;
  done = false;
  private readonly breaks: NextAfter;
  /** Paragraph breaks again, for the guillemet pass, which asks from its own positions. */
  private readonly guillemetBreaks: NextAfter;
  private readonly events: Record<'straight' | 'curly', NextAfter>;
  /** Guillemets read so far (all before this position) and the ones still open, per direction. */
  private guillemetsRead = 0;
  private lastGuillemet = -1;
  private readonly openLeft: number[] = [];
  private readonly openRight: number[] = [];
  /** Opening guillemet -> its matching mark, for openers at or after `i`. */
  private readonly matches = new Map<number, number>();

  constructor(private readonly text: string) {
    const breakAt = (from: number, to: number) => searchFrom(PARAGRAPH_BREAK, text, from, to);
    this.breaks = new NextAfter(breakAt);
    this.guillemetBreaks = new NextAfter(breakAt);
    this.events = {
      straight: new NextAfter((from, to) => this.nextEvent(STRAIGHT_CLOSERS, from, to)),
      curly: new NextAfter((from, to) => this.nextEvent(CURLY_CLOSERS, from, to)),
    };
  }

  /** The first mark in [from, to) that closes or reopens a quotation of its kind. */
  private nextEvent(closers: RegExp, from: number, to: number): number {
    for (let at = searchFrom(closers, this.text, from, to); at < Infinity; at = searchFrom(closers, this.text, at + 1, to)) {
      if (closesAt(this.text, at) || opensAt(this.text, at)) return at;
    }
    return Infinity;
  }

  /** Reads guillemets up to `end` (exclusive), matching each opener with its closer as brackets. */
  private readGuillemets(end: number): void {
    const { text } = this;
    while (this.guillemetsRead < end) {
      const at = searchFrom(GUILLEMETS, text, this.guillemetsRead, end);
      if (at >= end) {
        this.guillemetsRead = end;
        return;
      }
      this.guillemetsRead = at + 1;
      // A paragraph break closes nothing: what is open before it stays unmatched. Nor can
      // anything open further back than a quotation can be long.
      if (this.lastGuillemet >= 0 && (at - this.lastGuillemet > MAX_QUOTATION_CHARS || this.guillemetBreaks.after(this.lastGuillemet) < at)) {
        this.openLeft.length = 0;
        this.openRight.length = 0;
      }
      this.lastGuillemet = at;
      // « opens «…» and closes »…«; » the other way round.
      const [opens, closes] = text[at] === LEFT_GUILLEMET ? [this.openLeft, this.openRight] : [this.openRight, this.openLeft];
      const opener = closes.pop();
      if (opener !== undefined && at - opener <= MAX_QUOTATION_CHARS) this.matches.set(opener, at);
      opens.push(at);
      // Openers further back than a quotation can be long can never close: forget them.
      if (opens.length > 2 * STACK_KEEP) opens.splice(0, opens.length - STACK_KEEP);
    }
  }

  /** The closing guillemet of the opener at `at`, if it comes before `failAt`; otherwise -1. */
  private guillemetClose(at: number, failAt: number): number {
    this.readGuillemets(Math.min(failAt, this.text.length));
    const close = this.matches.get(at);
    this.matches.delete(at);
    if (this.matches.size > MATCHES_KEEP) {
      for (const opener of this.matches.keys()) if (opener < this.i) this.matches.delete(opener);
    }
    return close !== undefined && close < failAt ? close : -1;
  }

  /**
   * Scans on until `budget` opening marks were looked at, or the text ends; returns the
   * quotations completed meanwhile, in order.
   */
  next(budget = Infinity): Quotation[] {
    const { text } = this;
    const found: Quotation[] = [];
    let steps = 0;
    while (!this.done && steps < budget) {
      steps++;
      const o = searchFrom(OPENERS, text, this.i, this.i + 4 * REACH);
      if (o === Infinity) {
        this.i += 4 * REACH;
        if (this.i >= text.length) this.done = true;
        continue;
      }
      const open = tryOpen(text, o);
      if (!open) {
        this.i = o + 1;
        continue;
      }
      if (open.marks === 'guillemets') {
        const close = this.guillemetClose(o, Math.min(this.breaks.after(o), o + MAX_QUOTATION_CHARS + 1));
        const q = close >= 0 ? makeQuotation(text, open, close) : null;
        if (q) found.push(q);
        this.i = close >= 0 ? close + 1 : o + 1;
        continue;
      }
      // Straight and curly marks: the next mark of the kind closes the quotation, or, standing
      // where only an opening mark can, starts it again from there (the earlier one was stray).
      for (;;) {
        steps++;
        const failAt = Math.min(this.breaks.after(open.at), open.at + MAX_QUOTATION_CHARS + 1);
        const at = this.events[open.marks].after(open.at);
        if (at >= failAt || at >= text.length) {
          // Unclosed: the opening mark was stray. Look again just after it.
          this.i = open.at + 1;
          break;
        }
        if (closesAt(text, at)) {
          const q = makeQuotation(text, open, at);
          if (q) found.push(q);
          this.i = at + 1;
          break;
        }
        const again = tryOpen(text, at);
        if (!again) {
          this.i = at + 1;
          break;
        }
        open.at = at;
      }
    }
    return found;
  }
}

/** Every quotation of at least two words in `text`, in order, non-overlapping. */
export function findQuotations(text: string): Quotation[] {
  return new QuotationScanner(text).next();
}

const WRAPPING_MARKS: Record<string, string> = {
  '"': '"',
  '\u201C': '\u201D',
  '\u201D': '\u201D',
  '\u201E': '\u201C\u201D',
  '\u00AB': '\u00BB',
  '\u00BB': '\u00AB',
  "'": "'",
  '\u2018': '\u2019',
};

/**
 * The quotation that a `<q>` or `<blockquote>` element holds, for the DOM layer: it covers
 * the element's whole trimmed text (marks 'element'); quote marks wrapping all of it are not
 * part of the inner words. `offset` is where the element's text starts in a longer text the
 * caller builds for attribution (context before + element text + context after).
 * Null when the element holds fewer than two words.
 */
export function quotationFromElementText(text: string, offset = 0): Quotation | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  let innerStart = start;
  let innerEnd = end;
  const first = text[innerStart];
  const closers = first === undefined ? undefined : WRAPPING_MARKS[first];
  if (closers && innerEnd - innerStart >= 2 && closers.includes(text[innerEnd - 1]!)) {
    innerStart++;
    innerEnd--;
    while (innerStart < innerEnd && isSpace(text[innerStart])) innerStart++;
    while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
  }
  const inner = text.slice(innerStart, innerEnd);
  if (!hasWords(inner, MIN_WORDS)) return null;
  return {
    start: offset + start,
    end: offset + end,
    innerStart: offset + innerStart,
    innerEnd: offset + innerEnd,
    text: inner,
    marks: 'element',
  };
}
