import { isBlockElement } from '../dom/blocks';
import { isOwnHighlight } from '../names/registry';
import { isExcludedElement, isInsideExcluded } from '../dom/exclusions';
import { RunCollector } from '../dom/runs';
import { findQuotations, quotationFromElementText, type Quotation } from '../../core/quotes';

/**
 * A piece of page text to check for quotations: the text nodes that mark.js will wrap,
 * the text that detection and attribution read, and the quotations found in it.
 */
export interface QuoteUnit {
  /** The text nodes whose concatenated data the mark ranges refer to. */
  nodes: Text[];
  /** The text that attribution reads (for a `<blockquote>`: with the text around it). */
  text: string;
  /** The quotations of `text`, in order. */
  quotations: Quotation[];
  /** Where a quotation's inner words stand in the nodes' concatenated text. */
  rangeOf(quotation: Quotation): { start: number; length: number };
}

/** How much of a neighbouring paragraph a `<blockquote>` borrows to find its speaker. */
const CONTEXT_CHARS = 400;
/** Characters that can open or close a quotation in running text. */
const QUOTE_CHARS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/u;

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

/** The `<blockquote>` quotations under `root`, each as one unit. */
export function blockquoteUnits(root: Element): QuoteUnit[] {
  return outermostBlockquotes(root).flatMap((blockquote) => blockquoteUnit(blockquote) ?? []);
}

function outermostBlockquotes(root: Element): Element[] {
  const all = root.matches('blockquote') ? [root] : [...root.querySelectorAll('blockquote')];
  return all.filter((el) => !isInsideExcluded(el) && (el === root || !el.parentElement?.closest('blockquote')));
}

/** The quotations of one run of text (a paragraph's text nodes, or part of them). */
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
  // A `<q>` is one quotation, whatever marks its text holds.
  const found = findQuotations(text).filter((f) => !elements.some((e) => f.start < e.end && e.start < f.end));
  const quotations = [...found, ...elements].sort((a, b) => a.start - b.start);
  if (!quotations.length) return null;
  return { nodes, text, quotations, rangeOf: (q) => ({ start: q.innerStart, length: q.innerEnd - q.innerStart }) };
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

function blockquoteUnit(blockquote: Element): QuoteUnit | null {
  const nodes = textNodesIn(blockquote);
  if (!nodes.length) return null;
  const raw = nodes.map((node) => node.data).join('');
  const inner = quotationFromElementText(raw);
  if (!inner) return null;

  // For reading, paragraphs of the blockquote are kept apart by a space.
  let spoken = '';
  let previousBlock: Element | null = null;
  for (const node of nodes) {
    const block = blockOf(node, blockquote);
    if (previousBlock && block !== previousBlock && spoken && !/\s$/u.test(spoken)) spoken += ' ';
    spoken += node.data;
    previousBlock = block;
  }
  const before = contextText(blockquote.previousElementSibling).slice(-CONTEXT_CHARS);
  const after = contextText(blockquote.nextElementSibling).slice(0, CONTEXT_CHARS);
  const head = before ? `${before} ` : '';
  const quotation = quotationFromElementText(spoken, head.length);
  if (!quotation) return null;
  return {
    nodes,
    text: `${head}${spoken}${after ? ` ${after}` : ''}`,
    quotations: [quotation],
    rangeOf: () => ({ start: inner.innerStart, length: inner.innerEnd - inner.innerStart }),
  };
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
  let el = node.parentElement ?? limit;
  while (el !== limit && !isBlockElement(el) && el.parentElement) el = el.parentElement;
  return el;
}

/** A neighbouring paragraph's text, whitespace collapsed; nothing from excluded or quoted elements. */
function contextText(element: Element | null): string {
  if (!element || isInsideExcluded(element) || element.matches('blockquote, script, style, template')) return '';
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
