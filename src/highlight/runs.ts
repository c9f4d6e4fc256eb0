import { isBlockElement } from './blocks';
import { isExcludedElement } from './exclusions';

/**
 * A run is the text that mark.js should see as one string: the text nodes of one
 * block that are not inside a nested block. Names can cross inline elements
 * (`Mohammad <b>Alloush</b>`) but never block boundaries.
 */
export interface TextRun {
  /** The block element that owns the text. */
  block: Element;
  nodes: Text[];
  /**
   * True when the block holds no nested block with text of its own, so mark.js can
   * take the block as its context with `acrossElements`. Otherwise the run's text
   * nodes are given to mark.js one by one.
   */
  whole: boolean;
}

const HAS_LETTER = /\p{L}/u;

/**
 * Collects the runs under `root`, in document order, skipping excluded subtrees
 * entirely (a form or a code listing costs one check, not one per text node).
 */
export function collectRuns(root: Node): TextRun[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isExcludedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      // Whitespace-only nodes are kept: mark.js joins them into the text it searches.
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // The walker never returns `root` itself; a text root is handled here.
  if (root.nodeType === Node.TEXT_NODE) {
    const parent = root.parentElement;
    return parent && HAS_LETTER.test((root as Text).data)
      ? [{ block: blockOf(parent, new Map()), nodes: [root as Text], whole: false }]
      : [];
  }

  const blockCache = new Map<Element, Element>();
  const runsByBlock = new Map<Element, TextRun>();
  const containers = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = (node as Text).parentElement;
    if (!parent) continue;
    const block = blockOf(parent, blockCache);
    let run = runsByBlock.get(block);
    if (!run) {
      run = { block, nodes: [], whole: true };
      runsByBlock.set(block, run);
      markAncestorBlocksAsContainers(block, containers);
    }
    run.nodes.push(node as Text);
  }
  const runs: TextRun[] = [];
  for (const run of runsByBlock.values()) {
    run.whole = !containers.has(run.block);
    if (run.nodes.some((node) => HAS_LETTER.test(node.data))) runs.push(run);
  }
  return runs;
}

function blockOf(element: Element, cache: Map<Element, Element>): Element {
  const cached = cache.get(element);
  if (cached) return cached;
  let block: Element = element;
  while (!isBlockElement(block) && block.parentElement) block = block.parentElement;
  cache.set(element, block);
  return block;
}

function markAncestorBlocksAsContainers(block: Element, containers: Set<Element>): void {
  for (let el = block.parentElement; el; el = el.parentElement) {
    if (!isBlockElement(el)) continue;
    if (containers.has(el)) return;
    containers.add(el);
  }
}

/** The concatenated text mark.js will search for this run. */
export function runText(run: TextRun): string {
  let text = '';
  for (const node of run.nodes) text += node.data;
  return text;
}
