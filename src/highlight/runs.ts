import { isBlockElement } from './blocks';
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
 * Collects the runs under `root` in document order, skipping excluded subtrees
 * entirely (a form or a code listing costs one check, not one per text node).
 * `isExcluded` lets another reader of the page (quote checking) keep text that
 * the name highlighter skips, such as existing highlights.
 */
export function collectRuns(root: Node, isExcluded: (element: Element) => boolean = isExcludedElement): TextRun[] {
  if (root.nodeType === Node.TEXT_NODE) {
    const parent = root.parentElement;
    return parent && HAS_LETTER.test((root as Text).data) ? [{ block: blockOf(parent, new Map()), nodes: [root as Text] }] : [];
  }
  const doc = root.ownerDocument ?? (root as Document);
  let interrupted = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isExcluded(element) || element.tagName.toUpperCase() === 'BR') {
        interrupted = true;
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });

  const blockCache = new Map<Element, Element>();
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent) continue;
    const block = blockOf(parent, blockCache);
    if (!current || interrupted || current.block !== block) {
      current = { block, nodes: [] };
      runs.push(current);
      interrupted = false;
    }
    // Whitespace-only nodes stay: mark.js joins them into the text it searches.
    current.nodes.push(text);
  }
  return runs.filter((run) => run.nodes.some((node) => HAS_LETTER.test(node.data)));
}

function blockOf(element: Element, cache: Map<Element, Element>): Element {
  const cached = cache.get(element);
  if (cached) return cached;
  let block: Element = element;
  while (!isBlockElement(block) && block.parentElement) block = block.parentElement;
  cache.set(element, block);
  return block;
}

/** The concatenated text mark.js will search for this run. */
export function runText(run: TextRun): string {
  let text = '';
  for (const node of run.nodes) text += node.data;
  return text;
}
