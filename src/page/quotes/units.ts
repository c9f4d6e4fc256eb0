import { enclosingBlock } from '../dom/blocks';
import { isOwnHighlight } from '../names/registry';
import { isExcludedElement, isInsideExcluded } from '../dom/exclusions';
import { RunCollector } from '../dom/runs';
import { quotationFromElementText, type CheckedQuotation, type CheckOptions, type Quotation } from '../../core/quotes';

/** One way to read a unit: the text and options the checker gets, and how its offsets map to the nodes. */
export interface UnitReading {
  /** The text the checker reads: the unit's own text, with some of the text around it. */
  text: string;
  options: CheckOptions;
  /** Where a quotation's inner words stand in the nodes' concatenated text. */
  rangeOf(quotation: Quotation): { start: number; length: number };
  /** Which checked quotations this reading may mark; all when absent. */
  accept?(checked: CheckedQuotation): boolean;
}

/**
 * A piece of page text to check for quotations: the text nodes that the quote marks wrap, and
 * the readings to try in turn; the first whose accepted quotations are not empty is marked.
 */
export interface QuoteUnit {
  /** The text nodes whose concatenated data the mark ranges refer to. */
  nodes: Text[];
  /** Their concatenated data when the unit was read: marks are only made in the same text. */
  nodesText: string;
  readings: UnitReading[];
  /** The `<blockquote>` the unit is, if it is one. */
  blockquote?: Element;
}

/** How much of a neighbouring paragraph a unit borrows to find its speaker. */
const CONTEXT_CHARS = 400;
/** Characters that can open or close a quotation in running text. */
const QUOTE_CHARS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/u;
/** Elements of a `<blockquote>` that say who is quoted rather than what was said. */
const BYLINE_SELECTOR = 'footer, cite, figcaption';

/**
 * The units under `root`: each `<blockquote>` as one quotation, and every text run (the
 * name highlighter's runs, name highlights included) with its “…” quotations and `<q>` elements.
 */
export function collectUnits(root: Element): QuoteUnit[] {
  const collector = new UnitCollector(root);
  const units: QuoteUnit[] = [];
  while (!collector.done) units.push(...collector.next(Infinity));
  return units;
}

/** The same units, a slice of the page at a time, so a long page is never read in one task. */
export class UnitCollector {
  private readonly runs: RunCollector;
  private blockquotes: Element[] | null;
  done = false;

  private readonly pageHasQ: boolean;

  constructor(root: Element) {
    this.blockquotes = outermostBlockquotes(root);
    this.pageHasQ = root.querySelector('q') !== null;
    this.runs = new RunCollector(root, isExcludedForQuotes);
  }

  next(budgetMs: number): QuoteUnit[] {
    const units: QuoteUnit[] = [];
    if (this.blockquotes) {
      for (const blockquote of this.blockquotes) {
        const unit = blockquoteUnit(blockquote);
        if (unit) units.push(unit);
      }
      this.blockquotes = null;
    }
    const { runs, done } = this.runs.next(budgetMs);
    for (const run of runs) {
      if (run.block.closest('blockquote')) continue;
      const unit = runUnit(run.block, run.nodes, this.pageHasQ);
      if (unit) units.push(unit);
    }
    this.done = done;
    return units;
  }
}

/** The name highlighter's exclusions, except its own highlights: a name inside a quotation is quoted text. */
function isExcludedForQuotes(element: Element): boolean {
  return !isOwnHighlight(element) && isExcludedElement(element);
}

function outermostBlockquotes(root: Element): Element[] {
  const all = root.matches('blockquote') ? [root] : [...root.querySelectorAll('blockquote')];
  return all.filter((el) => !isInsideExcluded(el) && (el === root || !el.parentElement?.closest('blockquote')));
}

/** The outermost `<blockquote>` holding `element`, if any. */
export function outermostBlockquoteOf(element: Element): Element | null {
  let found: Element | null = null;
  for (let el: Element | null = element; el; el = el.parentElement) if (el.localName === 'blockquote') found = el;
  return found;
}

/**
 * The quotations of one run of text (a paragraph's text nodes, or part of them). When the run
 * opens its paragraph, the end of the paragraph before is read with it, as context: “…,” he
 * said at the start of a paragraph speaks of the speaker named at the end of the last one.
 */
export function runUnit(block: Element, nodes: Text[], pageHasQ = true): QuoteUnit | null {
  const offsets: number[] = [];
  let text = '';
  for (const node of nodes) {
    offsets.push(text.length);
    text += node.data;
  }
  // Most pages have no `<q>`, and then no run needs an ancestor walk per node.
  const elements = pageHasQ ? qElementQuotations(block, nodes, offsets, text) : [];
  if (!elements.length && !QUOTE_CHARS.test(text)) return null;
  const before = opensBlock(block, nodes[0]!) ? paragraphBefore(block) : '';
  const head = before ? `${before}\n\n` : '';
  return {
    nodes,
    nodesText: text,
    readings: [
      {
        text: head + text,
        options: { from: head.length, elements: head ? elements.map((q) => shift(q, head.length)) : elements },
        rangeOf: (q) => ({ start: q.innerStart - head.length, length: q.innerEnd - q.innerStart }),
      },
    ],
  };
}

const shift = (q: Quotation, by: number): Quotation => ({
  ...q,
  start: q.start + by,
  end: q.end + by,
  innerStart: q.innerStart + by,
  innerEnd: q.innerEnd + by,
});

/** Whether no text of `block` comes before `node` (a run after a `<br>` does not open its paragraph). */
function opensBlock(block: Element, node: Text): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  for (let steps = 0, previous = walker.previousNode(); previous; previous = walker.previousNode()) {
    if (/\S/u.test((previous as Text).data)) return false;
    // Whitespace between inline elements is all there is before a paragraph's first word.
    if (++steps > 64) return false;
  }
  return true;
}

/** The end of the paragraph before `block` (its previous sibling with text), whitespace collapsed. */
function paragraphBefore(block: Element): string {
  let sibling = block.previousElementSibling;
  for (let tries = 0; sibling && tries < 3; tries++, sibling = sibling.previousElementSibling) {
    const text = edgeText(sibling, 'end');
    if (text) return text;
  }
  return '';
}

/**
 * Up to CONTEXT_CHARS of an element's text at its start or end, whitespace collapsed; nothing
 * from excluded elements or quotations set apart as blocks. Reads only as many text nodes as
 * that takes, however large the element.
 */
function edgeText(element: Element | null, edge: 'start' | 'end'): string {
  if (!element || isInsideExcluded(element) || element.matches('blockquote, script, style, template')) return '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType !== Node.ELEMENT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : isExcludedForQuotes(node as Element) || (node as Element).localName === 'blockquote'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  const parts: string[] = [];
  let length = 0;
  let node = edge === 'end' ? walker.lastChild() : walker.firstChild();
  // lastChild() gives the last top-level node; the last text node is at the end of its subtree.
  while (node && node.nodeType === Node.ELEMENT_NODE) node = edge === 'end' ? walker.lastChild() : walker.firstChild();
  for (; node && length < CONTEXT_CHARS; node = edge === 'end' ? walker.previousNode() : walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  if (edge === 'end') parts.reverse();
  const text = parts.join('').replace(/\s+/gu, ' ').trim();
  return edge === 'end' ? text.slice(-CONTEXT_CHARS) : text.slice(0, CONTEXT_CHARS);
}

/** The quotations of the `<q>` elements (outermost ones) that the nodes belong to. */
function qElementQuotations(block: Element, nodes: Text[], offsets: number[], text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let i = 0;
  while (i < nodes.length) {
    const q = outermostQ(nodes[i]!, block);
    if (!q) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < nodes.length && q.contains(nodes[j + 1]!)) j++;
    const start = offsets[i]!;
    const end = offsets[j]! + nodes[j]!.data.length;
    const quotation = quotationFromElementText(text.slice(start, end), start);
    if (quotation) quotations.push(quotation);
    i = j + 1;
  }
  return quotations;
}

function outermostQ(node: Node, block: Element): Element | null {
  let found: Element | null = null;
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (el.localName === 'q') found = el;
  }
  return found;
}

/**
 * A `<blockquote>`, read two ways. When its text holds quotation marks whose attribution is
 * inside it too (`“…,” Alloush told AFP.`), only those quoted words are compared and marked.
 * Otherwise the whole of it is the quotation, its footer or cite (a byline, "— Mohammad
 * Alloush") aside, with the paragraphs around it for context ("Alloush told AFP:").
 */
export function blockquoteUnit(blockquote: Element): QuoteUnit | null {
  const nodes = textNodesIn(blockquote);
  if (!nodes.length) return null;
  const raw = nodes.map((node) => node.data).join('');

  // For reading, the blockquote's paragraphs are kept apart by a space; `toRaw` maps back.
  let spoken = '';
  const inserted: number[] = [];
  let quotedEnd = -1;
  let previousBlock: Element | null = null;
  for (const node of nodes) {
    const block = blockOf(node, blockquote);
    if (quotedEnd < 0 && node.parentElement?.closest(BYLINE_SELECTOR) && blockquote.contains(node.parentElement.closest(BYLINE_SELECTOR))) {
      quotedEnd = spoken.length;
    }
    if (previousBlock && block !== previousBlock && spoken && !/\s$/u.test(spoken)) {
      inserted.push(spoken.length);
      spoken += ' ';
    }
    spoken += node.data;
    previousBlock = block;
  }
  if (quotedEnd < 0) quotedEnd = spoken.length;
  const toRaw = (offset: number) => {
    let before = 0;
    while (before < inserted.length && inserted[before]! < offset) before++;
    return offset - before;
  };

  const before = edgeText(blockquote.previousElementSibling, 'end');
  const after = edgeText(blockquote.nextElementSibling, 'start');
  const head = before ? `${before} ` : '';
  const tail = after ? ` ${after}` : '';
  const readings: UnitReading[] = [];

  const quoted = spoken.slice(0, quotedEnd);
  const byline = spoken.slice(quotedEnd).replace(/\s+/gu, ' ').trim();
  const rest = byline ? ` ${/^[\u2014\u2013\u2015-]/u.test(byline) ? '' : '\u2014 '}${byline}` : '';
  if (QUOTE_CHARS.test(spoken)) {
    // Quoted words inside: marked alone, when the blockquote itself says whose they are.
    const own = { from: head.length, to: head.length + spoken.length };
    readings.push({
      text: `${head}${spoken}${tail}`,
      options: own,
      rangeOf: (q) => {
        const start = toRaw(q.innerStart - head.length);
        return { start, length: toRaw(q.innerEnd - head.length) - start };
      },
      accept: (c) => c.speakerStart !== undefined && c.speakerStart >= own.from && c.speakerStart < own.to,
    });
  }
  const whole = quotationFromElementText(quoted, head.length);
  if (whole) {
    const start = toRaw(whole.innerStart - head.length);
    const range = { start, length: toRaw(whole.innerEnd - head.length) - start };
    readings.push({ text: `${head}${quoted}${rest}${tail}`, options: { quotations: [whole] }, rangeOf: () => range });
  }
  if (!readings.length || raw.length === 0) return null;
  return { nodes, nodesText: raw, readings, blockquote };
}

function textNodesIn(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? isExcludedForQuotes(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function blockOf(node: Node, limit: Element): Element {
  return enclosingBlock(node.parentElement ?? limit, limit);
}
