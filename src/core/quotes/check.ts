/**
 * Detection, attribution and comparison together: the attributed quotations of a text, each
 * with its verdict. Unattributed quotations are not checked and not returned.
 *
 * A text of any length is read as a stream: quotations are found a few hundred marks at a
 * time, attributed a window of text at a time (a stretch of quotations plus the text around
 * them that attribution may read: the sentences before and after), and compared one by one,
 * with a yield between each piece (see work.ts). So a paragraph of 20,000 quotations costs
 * the same per quotation as one of two, and the page can spread it over many tasks.
 */
import type { Entity } from '../dataset/schema';
import type { CompiledMatcher, Match } from '../matcher';
import { attributeQuotations } from './attribute';
import { compareQuotation } from './compare';
import { QuotationScanner } from './detect';
import type { CheckedQuotation, Quotation, QuoteReference } from './types';
import { count, runToEnd, type Work } from './work';

type Categorised = Pick<Entity, 'id' | 'category' | 'speaksThrough'>;
const indexes = new WeakMap<readonly Categorised[], ReadonlyMap<string, Categorised>>();

function entityIndex(entities: readonly Categorised[]): ReadonlyMap<string, Categorised> {
  let index = indexes.get(entities);
  if (!index) {
    index = new Map(entities.map((e) => [e.id, e]));
    indexes.set(entities, index);
  }
  return index;
}

/** A text up to this long is attributed as a whole, as one window. */
const WHOLE_TEXT_CHARS = 8192;
/** Quotations attributed together span at most this much text... */
const CHUNK_CHARS = 4096;
/** ...and are at most this many. */
const CHUNK_QUOTATIONS = 64;
/**
 * Text read on both sides of a chunk: more than attribution ever looks at (the two sentences
 * before a pronoun, at most 1,000 characters; the sentence after a quotation).
 */
const CONTEXT_CHARS = 1200;
/** Opening marks the scanner looks at between two yields. */
const SCAN_BUDGET = 256;
/** Comparisons between two yields. */
const COMPARE_BUDGET = 8;

export interface CheckOptions {
  /** Quotations to check instead of those found by their marks (offsets into `text`, in order). */
  quotations?: readonly Quotation[];
  /**
   * Quotations the page's elements delimit (`<q>`), in order: checked along with those found
   * by their marks, which are dropped where they overlap one.
   */
  elements?: readonly Quotation[];
  /** Text before this offset is context only (the end of the paragraph before): its quotations are not checked. */
  from?: number;
  /** Text from this offset on is context only (the paragraph after). */
  to?: number;
  /** Stop after this many checked quotations. */
  limit?: number;
}

/** The quotations of a text in order: element quotations merged with those found by their marks. */
class QuotationQueue {
  /** Known quotations; those before `base` were dropped. */
  readonly known: Quotation[] = [];
  done = false;
  private readonly scanner: QuotationScanner | null;
  private readonly elements: readonly Quotation[];
  private nextElement = 0;

  constructor(text: string, options: CheckOptions) {
    this.scanner = options.quotations ? null : new QuotationScanner(text);
    this.elements = options.quotations ?? options.elements ?? [];
  }

  /** Reads on until more than `n` quotations are known and one starts at or after `pos`, or the text ends; yields between scans. */
  *fill(n: number, pos: number): Work<void> {
    while (!this.done && (this.known.length <= n || this.known[this.known.length - 1]!.start < pos)) {
      if (!this.scanner) {
        this.known.push(...this.elements);
        this.done = true;
        return;
      }
      for (const q of this.scanner.next(SCAN_BUDGET)) this.add(q);
      if (this.scanner.done) {
        while (this.nextElement < this.elements.length) this.known.push(this.elements[this.nextElement++]!);
        this.done = true;
        return;
      }
      yield;
    }
  }

  private add(q: Quotation): void {
    const { elements } = this;
    while (this.nextElement < elements.length && elements[this.nextElement]!.end <= q.start) {
      this.known.push(elements[this.nextElement++]!);
    }
    // A `<q>` is one quotation, whatever marks its text holds.
    for (let i = this.nextElement; i < elements.length && elements[i]!.start < q.end; i++) {
      if (elements[i]!.end > q.start) return;
    }
    this.known.push(q);
  }

  /** Forgets the first `n` quotations. */
  drop(n: number): void {
    this.known.splice(0, n);
  }
}

/**
 * The names a window's attribution may use: those between its quotations (a name inside a
 * quotation is never its speaker). The matcher reads only that text, often a third of it.
 */
function namesOutside(matcher: Pick<CompiledMatcher, 'find'>, quotations: readonly Quotation[]): Pick<CompiledMatcher, 'find'> {
  return {
    find(text) {
      const found: Match[] = [];
      const add = (from: number, to: number) => {
        if (to <= from) return;
        count(to - from);
        for (const m of matcher.find(text.slice(from, to))) found.push({ ...m, start: m.start + from, end: m.end + from });
      };
      let from = 0;
      for (const q of quotations) {
        add(from, q.start);
        from = Math.max(from, q.end);
      }
      add(from, text.length);
      return found;
    },
  };
}

const shift = (q: Quotation, by: number): Quotation => ({
  ...q,
  start: q.start - by,
  end: q.end - by,
  innerStart: q.innerStart - by,
  innerEnd: q.innerEnd - by,
});

/**
 * The checked quotations of `text`, as resumable work. `matcher` finds the names, `dataset`
 * gives the speakers' categories and the recorded quotes.
 */
export function* checkQuotationsWork(
  text: string,
  matcher: Pick<CompiledMatcher, 'find'>,
  dataset: QuoteReference,
  options: CheckOptions = {},
): Work<CheckedQuotation[]> {
  const index = entityIndex(dataset.entities);
  const from = options.from ?? 0;
  const to = options.to ?? Infinity;
  const limit = options.limit ?? Infinity;
  const queue = new QuotationQueue(text, options);
  const { known } = queue;
  const whole = text.length <= WHOLE_TEXT_CHARS;
  const checked: CheckedQuotation[] = [];
  let head = 0;
  let compared = 0;
  while (checked.length < limit) {
    yield* queue.fill(head, 0);
    const first = known[head];
    if (!first) break;
    yield* queue.fill(head, whole ? Infinity : first.start + CHUNK_CHARS + CONTEXT_CHARS);
    // The chunk: quotations from `head` on, within CHUNK_CHARS of the first.
    let end = head + 1;
    if (whole) end = known.length;
    else while (end < known.length && end - head < CHUNK_QUOTATIONS && known[end]!.start < first.start + CHUNK_CHARS) end++;
    const last = known[end - 1]!;
    if (last.start < from) {
      head = end;
      continue;
    }

    // The window: the chunk and the text around it, never cutting a quotation in two.
    let windowStart = whole ? 0 : Math.max(0, first.start - CONTEXT_CHARS);
    let lo = head;
    while (lo > 0 && known[lo - 1]!.end > windowStart) {
      lo--;
      windowStart = Math.min(windowStart, known[lo]!.start);
    }
    let windowEnd = whole ? text.length : Math.min(text.length, last.end + CONTEXT_CHARS);
    let hi = end;
    while (hi < known.length && known[hi]!.start < windowEnd) {
      windowEnd = Math.max(windowEnd, known[hi]!.end);
      hi++;
    }
    const windowText = windowStart === 0 && windowEnd === text.length ? text : text.slice(windowStart, windowEnd);
    count(hi - lo);
    const inWindow = windowStart === 0 ? known.slice(lo, hi) : known.slice(lo, hi).map((q) => shift(q, windowStart));
    const attributed = attributeQuotations(windowText, inWindow, namesOutside(matcher, inWindow), index);
    yield;

    for (let i = head; i < end && checked.length < limit; i++) {
      const q = known[i]!;
      const a = attributed[i - lo]!;
      if (q.start < from || q.start >= to || a.speakerId === null || a.how === null) continue;
      checked.push({
        ...q,
        speakerId: a.speakerId,
        how: a.how,
        ...(a.speakerStart !== undefined && { speakerStart: a.speakerStart + windowStart, speakerEnd: a.speakerEnd! + windowStart }),
        verdict: compareQuotation(q.text, a.speakerId, dataset.quotes),
      });
      if (++compared % COMPARE_BUDGET === 0) yield;
    }
    head = end;
    // Quotations no later window can reach are forgotten: memory follows the window, not the text.
    if (head > 4 * CHUNK_QUOTATIONS) {
      let stale = 0;
      const floor = (known[head]?.start ?? Infinity) - 2 * CONTEXT_CHARS;
      while (stale < head && known[stale]!.end < floor) stale++;
      queue.drop(stale);
      head -= stale;
    }
  }
  return checked;
}

/** The checked quotations of `text`, at once. */
export function checkQuotations(
  text: string,
  matcher: Pick<CompiledMatcher, 'find'>,
  dataset: QuoteReference,
  options: CheckOptions = {},
): CheckedQuotation[] {
  return runToEnd(checkQuotationsWork(text, matcher, dataset, options));
}
