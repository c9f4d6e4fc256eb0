import type { CompiledMatcher } from '../../core/matcher';
import { checkQuotationsWork, runFor, type CheckedQuotation, type QuoteReference, type Work } from '../../core/quotes';
import { markQuotations } from './mark-quotes';
import { forgetQuoteMark, registerQuoteMark, type QuoteMark } from './registry';
import { rereadRun, type TextRun } from '../dom/runs';
import { SliceScheduler } from '../dom/scheduler';
import type { RunHooks } from '../names/highlighter';
import { unwrapQuoteMarks } from './unmark';
import { onEnd } from '../lifetime';
import { documentOrder } from '../dom/document-order';
import { UnitCollector, blockquoteUnit, outermostBlockquoteOf, runUnit, type QuoteUnit, type UnitReading } from './units';

/** What a unit's check found: the quotations to mark, and where they stand in its nodes. */
interface Found {
  checked: CheckedQuotation[];
  rangeOf: UnitReading['rangeOf'];
}

/**
 * Quotations one page gets marks for at most. Far above any article (the demo page has 6);
 * a page that repeats an attributed quotation 20,000 times gets its first 1,000 marked, and
 * memory, the popup's list and the work done stay bounded.
 */
export const MAX_QUOTE_MARKS = 1000;
/** Quote work per call from the name highlighter, or per job when checking alone. */
const SLICE_MS = 6;
/** Time for one slice of reading the page's text when checking alone. */
const COLLECT_SLICE_MS = 4;
const NOTIFY_DELAY_MS = 250;

export interface QuoteCheckerOptions {
  root: Element;
  /** Every mark is removed, and the page's text nodes restored, when this is aborted. */
  signal: AbortSignal;
  matcher: Pick<CompiledMatcher, 'find'>;
  /** The dataset, or the part of it a content script gets from the background. */
  dataset: QuoteReference;
  /** Called, a few times a second at most, when quotations were marked or their marks removed. */
  onMarksChanged?(): void;
}

/** A unit being checked: its readings tried in turn, each a piece of work run a slice at a time. */
class PendingUnit {
  private reading = 0;
  private work: Work<CheckedQuotation[]> | null = null;

  constructor(
    readonly unit: QuoteUnit,
    private readonly options: QuoteCheckerOptions,
    private readonly limit: number,
  ) {}

  /** Goes on until `deadline`; what to mark when done, or null when there is more to do. */
  advance(deadline: number): Found | null {
    const { matcher, dataset } = this.options;
    for (;;) {
      const reading = this.unit.readings[this.reading];
      if (!reading) return { checked: [], rangeOf: () => ({ start: 0, length: 0 }) };
      this.work ??= checkQuotationsWork(reading.text, matcher, dataset, { ...reading.options, limit: this.limit });
      const done = runFor(this.work, () => performance.now() >= deadline);
      if (!done) return null;
      const accepted = reading.accept ? done.value.filter(reading.accept) : done.value;
      if (accepted.length || this.reading === this.unit.readings.length - 1) return { checked: accepted, rangeOf: reading.rangeOf };
      this.reading++;
      this.work = null;
      if (performance.now() >= deadline) return null;
    }
  }
}

/** The state of a `<blockquote>`: being checked, or done (with the lengths its text nodes had before marking). */
type BlockquoteState = { pending: PendingUnit; lengths: Map<Text, number> } | { done: true; lengths: Map<Text, number> };

/**
 * Checks the page's quotations and marks the attributed ones, until its `signal` is aborted:
 * then every mark is removed and the text nodes are restored.
 *
 * With the name highlighter (`startAlongside`, then the highlighter gets `hooks`), each run is
 * checked in the highlighter's own slices, just before its names, first pass and page changes
 * alike: names are then highlighted inside the quote marks, and a quotation added to a live
 * page is checked along with its names. A run whose check takes longer than a slice (a
 * paragraph of 20,000 quotations) is checked over as many slices as it needs, its names
 * waiting for it. Without names, `start` reads the whole page itself, once.
 */
export class QuoteChecker {
  private marks: QuoteMark[] = [];
  /** Every element made, in creation order, for an exact last-first unwrap. */
  private elements: HTMLElement[] = [];
  /** The `<blockquote>` each mark was made in, if any. */
  private readonly blockquoteOfMark = new Map<QuoteMark, Element>();
  private started = false;
  private pageHasQ = true;
  /** Runs being checked, by their first text node. */
  private pending = new WeakMap<Text, PendingUnit>();
  private blockquotes = new WeakMap<Element, BlockquoteState>();
  private notifyPending = false;

  /** What the name highlighter calls (see RunHooks). */
  readonly hooks: RunHooks = {
    beforeRun: (run) => this.checkRun(run),
    blocksChanged: (blocks) => this.blocksChanged(blocks),
  };

  constructor(private readonly options: QuoteCheckerOptions) {
    onEnd(options.signal, () => this.removeAllMarks());
  }

  private get running(): boolean {
    return this.started && !this.options.signal.aborted;
  }

  /** Reads and marks the whole page in slices of a few milliseconds, one task after another. */
  start(): void {
    if (this.started || this.options.signal.aborted) return;
    this.started = true;
    const scheduler = new SliceScheduler(this.options.signal, SLICE_MS);
    const units = new UnitCollector(this.options.root);
    const job = (pending: PendingUnit) => () => {
      if (!this.running) return;
      const checked = pending.advance(performance.now() + SLICE_MS);
      if (checked) this.markUnit(pending.unit, checked);
      else scheduler.add([job(pending)], true);
    };
    const collect = () => {
      if (!this.running) return;
      for (const unit of units.next(COLLECT_SLICE_MS)) {
        if (this.marks.length < MAX_QUOTE_MARKS) scheduler.add([job(this.pendingFor(unit))], true);
      }
      if (!units.done) scheduler.add([collect], true);
    };
    scheduler.add([collect], true);
  }

  /** For checking along with the name highlighter, instead of `start`: give the highlighter `hooks`. */
  startAlongside(): void {
    if (this.started || this.options.signal.aborted) return;
    this.started = true;
    // Read once: asking again after every mark would make the browser look through the page again.
    this.pageHasQ = this.options.root.querySelector('q') !== null;
  }

  /**
   * Checks one run of the name highlighter (a slice of work at a time), marks its quotations,
   * and returns the run as it now is (its text nodes split around the quote marks); null while
   * the check needs more slices.
   */
  checkRun(run: TextRun): TextRun | null {
    if (!this.running) return run;
    const blockquote = outermostBlockquoteOf(run.block);
    if (blockquote) return this.checkBlockquoteRun(run, blockquote);
    const first = run.nodes[0]!;
    let pending = this.pending.get(first);
    if (!pending) {
      if (this.marks.length >= MAX_QUOTE_MARKS) return run;
      const unit = runUnit(run.block, run.nodes, this.pageHasQ);
      if (!unit) return run;
      pending = this.pendingFor(unit);
    }
    const checked = pending.advance(performance.now() + SLICE_MS);
    if (!checked) {
      this.pending.set(first, pending);
      return null;
    }
    this.pending.delete(first);
    if (!this.markUnit(pending.unit, checked).length) return run;
    // Quote marks are inline and not excluded: the run is the same text, in more nodes.
    return rereadRun(run, pending.unit.nodesText.length);
  }

  /** A run inside a `<blockquote>`: the blockquote is checked as one unit, and its runs wait for it. */
  private checkBlockquoteRun(run: TextRun, blockquote: Element): TextRun | null {
    let state = this.blockquotes.get(blockquote);
    if (!state) {
      const unit = this.marks.length < MAX_QUOTE_MARKS ? blockquoteUnit(blockquote) : null;
      const lengths = new Map(unit?.nodes.map((node) => [node, node.data.length]));
      state = unit ? { pending: this.pendingFor(unit), lengths } : { done: true, lengths };
      this.blockquotes.set(blockquote, state);
    }
    if ('pending' in state) {
      const checked = state.pending.advance(performance.now() + SLICE_MS);
      if (!checked) return null;
      for (const mark of this.markUnit(state.pending.unit, checked)) this.blockquoteOfMark.set(mark, blockquote);
      state = { done: true, lengths: state.lengths };
      this.blockquotes.set(blockquote, state);
    }
    // The run's nodes may have been split by the blockquote's marks: read it again, as long as it was.
    let length = 0;
    for (const node of run.nodes) length += state.lengths.get(node) ?? node.data.length;
    return rereadRun(run, length);
  }

  /** Page changes: marks in the changed blocks go, and those blocks are checked afresh as their runs come. */
  private blocksChanged(blocks: Element[]): void {
    if (!this.running) return;
    const inChanged = (element: Element) => blocks.some((block) => block.contains(element) || element.contains(block));
    const stale = new Set<QuoteMark>();
    for (const mark of this.marks) {
      const blockquote = this.blockquoteOfMark.get(mark);
      const connected = mark.elements.filter((el) => el.isConnected);
      if (!connected.length || (blockquote ? inChanged(blockquote) : connected.some(inChanged))) stale.add(mark);
    }
    // Runs half checked may be in the changed blocks: those that come again start afresh.
    this.pending = new WeakMap();
    for (const block of blocks) {
      const blockquote = outermostBlockquoteOf(block);
      if (blockquote) this.blockquotes.delete(blockquote);
      for (const inner of block.querySelectorAll('blockquote')) this.blockquotes.delete(inner);
    }
    if (stale.size) this.removeMarks(stale);
  }

  private removeMarks(stale: Set<QuoteMark>): void {
    const elements = new Set<Element>();
    for (const mark of stale) {
      for (const el of mark.elements) elements.add(el);
      forgetQuoteMark(mark);
      this.blockquoteOfMark.delete(mark);
    }
    unwrapQuoteMarks(this.elements.filter((el) => elements.has(el)));
    this.elements = this.elements.filter((el) => !elements.has(el));
    this.marks = this.marks.filter((mark) => !stale.has(mark));
    this.notify();
  }

  private pendingFor(unit: QuoteUnit): PendingUnit {
    return new PendingUnit(unit, this.options, MAX_QUOTE_MARKS - this.marks.length);
  }

  /**
   * Marks a unit's checked quotations, if its text is still what was checked (the page may
   * have changed it meanwhile: then a page change comes, and the block is checked again).
   * Returns the marks made.
   */
  private markUnit(unit: QuoteUnit, { checked, rangeOf }: Found): QuoteMark[] {
    const room = MAX_QUOTE_MARKS - this.marks.length;
    if (!checked.length || room <= 0 || !unchanged(unit)) return [];
    const made = markQuotations(unit.nodes, checked.slice(0, room), rangeOf);
    for (const mark of made) {
      registerQuoteMark(mark);
      this.marks.push(mark);
      this.elements.push(...mark.elements);
    }
    if (made.length) this.notify();
    return made;
  }

  private removeAllMarks(): void {
    if (!this.started) return;
    unwrapQuoteMarks(this.elements);
    this.marks.forEach(forgetQuoteMark);
    this.marks = [];
    this.elements = [];
    this.blockquoteOfMark.clear();
    this.pending = new WeakMap();
    this.blockquotes = new WeakMap();
  }

  /** The marked quotations still in the page, in document order. */
  current(): QuoteMark[] {
    this.marks = this.marks.filter((mark) => mark.elements.some((el) => el.isConnected));
    return [...this.marks].sort((a, b) => documentOrder(a.elements[0]!, b.elements[0]!));
  }

  private notify(): void {
    if (this.notifyPending || !this.options.onMarksChanged) return;
    this.notifyPending = true;
    setTimeout(() => {
      this.notifyPending = false;
      if (this.running) this.options.onMarksChanged?.();
    }, NOTIFY_DELAY_MS);
  }
}

/** Whether the unit's text nodes are all still in the page and hold the text that was checked. */
function unchanged(unit: QuoteUnit): boolean {
  let text = '';
  for (const node of unit.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === unit.nodesText;
}
