import type { CompiledMatcher } from '../../core/matcher';
import { checkQuotations, type QuoteReference } from '../../core/quotes';
import { markQuotations } from './mark-quotes';
import { forgetQuoteMark, registerQuoteMark, type QuoteMark } from './registry';
import { rereadRun, type TextRun } from '../dom/runs';
import { unwrapQuoteMarks } from './unmark';
import { UnitCollector, blockquoteUnits, runUnit, type QuoteUnit } from './units';

/** Work per task while reading the page for quotations. */
const SLICE_MS = 8;

export interface QuoteCheckerOptions {
  root: Element;
  matcher: Pick<CompiledMatcher, 'find'>;
  /** The dataset, or the part of it a content script gets from the background. */
  dataset: QuoteReference;
}

/**
 * Checks the page's quotations once, at start, and marks the attributed ones; `stop()`
 * removes every mark and restores the text nodes. It does not follow later page changes.
 *
 * With the name highlighter, each run is checked just before its names (`startAlongside` and
 * `checkRun`), and the checker is stopped after the highlighter: names are then highlighted
 * inside the quote marks, and each unwrap finds plain text neighbours. Without names, `start`
 * reads the whole page itself.
 */
export class QuoteChecker {
  private marks: QuoteMark[] = [];
  /** Every element made, in creation order, for an exact last-first unwrap. */
  private elements: HTMLElement[] = [];
  private running = false;
  private pageHasQ = true;

  constructor(private readonly options: QuoteCheckerOptions) {}

  /** Reads and marks the whole page in slices of a few milliseconds, one task after another. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const { matcher, dataset, root } = this.options;
    const units = new UnitCollector(root);
    const step = () => {
      if (!this.running) return;
      const deadline = performance.now() + SLICE_MS;
      do {
        for (const unit of units.next(SLICE_MS / 2)) {
          this.markUnit(unit, checkQuotations(unit.text, matcher, dataset, { quotations: unit.quotations }));
        }
      } while (!units.done && performance.now() < deadline);
      if (!units.done) setTimeout(step, 0);
    };
    step();
  }

  /**
   * For checking along with the name highlighter's first pass, instead of `start`: marks the
   * `<blockquote>` quotations at once (they borrow text from the paragraphs around them).
   * Each run then goes through `checkRun` just before its names are searched.
   */
  startAlongside(): void {
    if (this.running) return;
    this.running = true;
    const { matcher, dataset, root } = this.options;
    // Read once: asking again after every mark would make the browser look through the page again.
    this.pageHasQ = root.querySelector('q') !== null;
    for (const unit of blockquoteUnits(root)) this.markUnit(unit, checkQuotations(unit.text, matcher, dataset, { quotations: unit.quotations }));
  }

  /**
   * Marks the quotations of one run of the name highlighter's first pass, and returns the run
   * as it now is (its text nodes split around the quote marks).
   */
  checkRun(run: TextRun): TextRun {
    if (!this.running || run.block.closest('blockquote')) return run;
    const unit = runUnit(run.block, run.nodes, this.pageHasQ);
    if (!unit) return run;
    const { matcher, dataset } = this.options;
    if (!this.markUnit(unit, checkQuotations(unit.text, matcher, dataset, { quotations: unit.quotations }))) return run;
    // Quote marks are inline and not excluded: the run is the same text, in more nodes.
    return rereadRun(run, unit.text.length);
  }

  /** Marks a unit's checked quotations; true when any mark was made. */
  private markUnit(unit: QuoteUnit, checked: ReturnType<typeof checkQuotations>): boolean {
    let marked = false;
    for (const mark of markQuotations(unit, checked)) {
      registerQuoteMark(mark);
      this.marks.push(mark);
      this.elements.push(...mark.elements);
      marked = true;
    }
    return marked;
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    unwrapQuoteMarks(this.elements);
    this.marks.forEach(forgetQuoteMark);
    this.marks = [];
    this.elements = [];
  }

  /** The marked quotations still in the page, in document order. */
  current(): QuoteMark[] {
    this.marks = this.marks.filter((mark) => mark.elements.some((el) => el.isConnected));
    return [...this.marks].sort((a, b) => documentOrder(a.elements[0]!, b.elements[0]!));
  }
}

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
