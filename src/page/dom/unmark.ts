import { HIGHLIGHT_SELECTOR } from '../../platform/dom-contract';
import { forgetMention, isOwnHighlight, mentionOf } from '../names/registry';

/**
 * Removes highlights and restores the text nodes exactly as they were.
 *
 * mark.js's own `unmark()` calls `normalize()` on the parent, which also merges
 * text nodes the page had kept apart (and that a framework may hold references
 * to). Instead, each highlight is folded back into the two text nodes that
 * mark.js split off around it: mark.js always leaves a (possibly empty) text
 * node on both sides. Highlights are undone last-first, so a node split twice
 * is rebuilt in the right order.
 */
export function unwrapHighlights(highlights: Iterable<Element>): void {
  // Only what the extension made: a page's own <mark data-astana-entity> is the page's.
  const list = [...highlights].filter(isOwnHighlight);
  for (let i = list.length - 1; i >= 0; i--) {
    const element = list[i]!;
    const mention = mentionOf(element);
    if (mention) forgetMention(mention);
    unwrapTextMark(element);
  }
}

/** Removes the extension's highlights under `root`, restoring its text nodes. */
export function unwrapAllIn(root: ParentNode): void {
  unwrapHighlights(root.querySelectorAll(HIGHLIGHT_SELECTOR));
}

/** Folds one mark that holds only text back into the text nodes on both sides of it. */
export function unwrapTextMark(highlight: Element): void {
  const parent = highlight.parentNode;
  if (!parent) return;
  const text = highlight.textContent ?? '';
  const before = highlight.previousSibling;
  const after = highlight.nextSibling;
  if (before instanceof Text && after instanceof Text) {
    before.data += text + after.data;
    after.remove();
    highlight.remove();
    return;
  }
  // The page rearranged the nodes around the highlight: keep its text in place.
  parent.replaceChild(highlight.ownerDocument.createTextNode(text), highlight);
}
