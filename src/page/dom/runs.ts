import { enclosingBlock } from './blocks';
import { isExcludedElement } from './exclusions';

/**
 * A run is the text that mark.js should see as one string: consecutive text
 * nodes of one block with nothing in between that breaks a name. Names can
 * cross inline elements (`Mohammad <b>Alloush</b>`), but a nested block, an
 * excluded element (code, a form field, an existing highlight) or a <br> ends
 * the run: joining the text on both sides would invent words that no reader
 * sees ("B<code>x</code>ashar" is not "Bashar").
 */
export interface TextRun {
  /** The block element that owns the text, for viewport ordering. */
  block: Element;
  nodes: Text[];
}

const HAS_LETTER = /\p{L}/u;

/**
 * Collects the runs under `root` in document order, skipping the text of excluded
 * elements (one check per parent element, remembered).
 * `isExcluded` lets another reader of the page (quote checking) keep text that
 * the name highlighter skips, such as existing highlights. The walk is resumable:
 * `next(budgetMs)` walks until the budget is spent and returns the runs completed
 * so far, so that reading a page of 80,000 text nodes never holds the main thread
 * in one piece.
 */
export class RunCollector {
  private readonly walker: TreeWalker | null;
  private readonly blockCache = new Map<Element, Element>();
  private readonly excludedCache = new Map<Element, boolean>();
  /** The last text node put in a run. */
  private previous: Text | null = null;
  private current: TextRun | null = null;
  private interrupted = false;
  private single: Text | null = null;
  done = false;

  constructor(
    private readonly root: Node,
    private readonly isExcluded: (element: Element) => boolean = isExcludedElement,
  ) {
    if (root.nodeType === Node.TEXT_NODE) {
      this.single = root as Text;
      this.walker = null;
      return;
    }
    const doc = root.ownerDocument ?? (root as Document);
    // Text nodes only, with no filter: a filter is a call into this script for every element
    // of the page, and each element it sees gets a wrapper in the content script's world.
    // Exclusions are decided per parent element (cached), breaks between two text nodes by
    // looking at the few nodes between them.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** Text nodes under an excluded element (below the root) are not read, and end the run they interrupt. */
  private isInExcluded(parent: Element): boolean {
    const cached = this.excludedCache.get(parent);
    if (cached !== undefined) return cached;
    const excluded =
      parent !== this.root &&
      (this.isExcluded(parent) || (parent.parentElement !== null && this.isInExcluded(parent.parentElement)));
    this.excludedCache.set(parent, excluded);
    return excluded;
  }

  next(budgetMs: number): { runs: TextRun[]; done: boolean } {
    if (this.done) return { runs: [], done: true };
    if (this.single) {
      this.done = true;
      const parent = this.single.parentElement;
      const runs = parent ? [{ block: blockOf(parent, this.blockCache), nodes: [this.single] }] : [];
      return { runs: runs.filter(hasLetters), done: true };
    }
    const walker = this.walker!;
    // The page may have removed the node the walk stopped at; what it added is the observer's.
    if (walker.currentNode !== this.root && !this.root.contains(walker.currentNode)) return this.finish([]);
    const deadline = budgetMs === Infinity ? Infinity : performance.now() + budgetMs;
    const completed: TextRun[] = [];
    let steps = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent) continue;
      if (this.isInExcluded(parent)) {
        this.interrupted = true;
        continue;
      }
      const block = blockOf(parent, this.blockCache);
      const previous = this.previous;
      this.previous = text;
      if (
        this.current?.block === block &&
        !this.interrupted &&
        previous &&
        (breaksBetween(previous, text, this.isExcluded) || wordsMeetAcross(previous, text))
      ) {
        this.interrupted = true;
      }
      if (!this.current || this.interrupted || this.current.block !== block) {
        if (this.current) completed.push(this.current);
        this.current = { block, nodes: [] };
        this.interrupted = false;
      }
      // Whitespace-only nodes stay: mark.js joins them into the text it searches.
      this.current.nodes.push(text);
      // Reading the clock is cheap next to walking a changed page: look every 8 nodes.
      if ((++steps & 7) === 0 && performance.now() >= deadline) {
        return { runs: completed.filter(hasLetters), done: false };
      }
    }
    return this.finish(completed);
  }

  private finish(completed: TextRun[]): { runs: TextRun[]; done: boolean } {
    if (this.current) completed.push(this.current);
    this.current = null;
    this.done = true;
    return { runs: completed.filter(hasLetters), done: true };
  }
}

/**
 * Whether a `<br>` or an excluded element without text (a form field, an iframe) stands
 * between two text nodes that follow each other in the walk: the nodes between them, in
 * reverse document order, are only elements that hold no text, and the second node's own
 * ancestors.
 */
function breaksBetween(previous: Text, text: Text, isExcluded: (element: Element) => boolean): boolean {
  // The page may have moved the previous node since it was read; then nothing is known to lie between.
  if (!previous.isConnected || !(previous.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
  for (let node = previousInDocument(text); node && node !== previous; node = previousInDocument(node)) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    // The second node's own ancestors come up too; none of them is excluded, or it would have been skipped.
    const element = node as Element;
    if (element.localName === 'br' || element.localName === 'BR' || isExcluded(element)) return true;
  }
  return false;
}

const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;

/**
 * Two separate inline elements side by side, their letters touching (`<a>World</a><a>Assad</a>`,
 * tag lists and menus that CSS spaces apart): each holds its own word, so the run ends between
 * them. A name split inside one element (`Moham<b>mad</b>`) or a drop cap keeps its run: there
 * one element holds the other.
 */
function wordsMeetAcross(previous: Text, text: Text): boolean {
  const before = previous.parentElement;
  const after = text.parentElement;
  if (!before || !after || before === after || before.contains(after) || after.contains(before)) return false;
  return LETTER_AT_END.test(previous.data) && LETTER_AT_START.test(text.data);
}

function previousInDocument(node: Node): Node | null {
  let previous = node.previousSibling;
  if (!previous) return node.parentNode;
  while (previous.lastChild) previous = previous.lastChild;
  return previous;
}

function hasLetters(run: TextRun): boolean {
  return run.nodes.some((node) => HAS_LETTER.test(node.data));
}

function blockOf(element: Element, cache: Map<Element, Element>): Element {
  const cached = cache.get(element);
  if (cached) return cached;
  const block = enclosingBlock(element);
  cache.set(element, block);
  return block;
}

/**
 * The run's text nodes again, after another reader split them (quote marks wrap parts of
 * them): the nodes from the same first node on that hold the same `length` of text. Reads
 * only the run itself, never the rest of its block.
 */
export function rereadRun(run: TextRun, length: number): TextRun {
  const first = run.nodes[0]!;
  const walker = first.ownerDocument.createTreeWalker(run.block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType !== Node.ELEMENT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : isExcludedElement(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  walker.currentNode = first;
  const nodes: Text[] = [first];
  let total = first.data.length;
  for (let node = walker.nextNode(); node && total < length; node = walker.nextNode()) {
    nodes.push(node as Text);
    total += (node as Text).data.length;
  }
  return { block: run.block, nodes };
}

/** The concatenated text mark.js will search for this run. */
export function runText(run: TextRun): string {
  let text = '';
  for (const node of run.nodes) text += node.data;
  return text;
}
