import type { CheckedQuotation } from '../../core/quotes';
import { QUOTE_ATTR, QUOTE_CLASS, QUOTE_TAG } from './contract';
import type { QuoteMark } from './registry';
import type { UnitReading } from './units';

/** One stretch of one text node to wrap. */
interface Piece {
  node: Text;
  start: number;
  end: number;
  mark: QuoteMark;
}

/**
 * Wraps the inner words of each checked quotation in quote marks (`rangeOf` says where they
 * stand in the concatenated text of `nodes`), and returns one QuoteMark per quotation that
 * got at least one element. A quotation that crosses inline elements gets one element per
 * text node it covers.
 *
 * Not mark.js: its `markRanges` rebuilds the unit's whole text and walks all its nodes for
 * every range, and splits nodes front to back (each split copies the rest of the node), so a
 * paragraph of 20,000 quotations cost it minutes and crashed the tab. Here the pieces are
 * found in one pass over the nodes and wrapped last first, so each split copies only the text
 * up to the piece after it. Like mark.js, every element keeps a text node (possibly empty) on
 * both sides, which is what restores the text nodes exactly later (unmark.ts).
 */
export function markQuotations(
  nodes: readonly Text[],
  checked: readonly CheckedQuotation[],
  rangeOf: UnitReading['rangeOf'],
): QuoteMark[] {
  if (!checked.length) return [];
  const ranges = checked
    .map((c) => ({ ...rangeOf(c), mark: { checked: c, elements: [] } as QuoteMark }))
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let nodeIndex = 0;
  let nodeStart = 0;
  let last = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, last);
    const end = range.start + range.length;
    if (end <= start) continue; // overlapping ranges: the first one wins
    last = end;
    // Nodes before the range: skipped once for all ranges.
    while (nodeIndex < nodes.length && nodeStart + nodes[nodeIndex]!.data.length <= start) {
      nodeStart += nodes[nodeIndex]!.data.length;
      nodeIndex++;
    }
    for (let i = nodeIndex, at = nodeStart; i < nodes.length && at < end; at += nodes[i]!.data.length, i++) {
      const node = nodes[i]!;
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + node.data.length) - at;
      // Whitespace alone is not worth an element (mark.js leaves it out too).
      if (to > from && /\S/u.test(node.data.slice(from, to))) pieces.push({ node, start: from, end: to, mark: range.mark });
    }
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { node, start, end, mark } = pieces[i]!;
    const inner = node.splitText(start);
    inner.splitText(end - start);
    const element = node.ownerDocument.createElement(QUOTE_TAG);
    element.className = QUOTE_CLASS;
    element.setAttribute(QUOTE_ATTR, mark.checked.verdict.verdict);
    inner.parentNode!.insertBefore(element, inner);
    element.appendChild(inner);
    mark.elements.push(element);
  }
  const marks: QuoteMark[] = [];
  for (const range of ranges) {
    if (!range.mark.elements.length) continue;
    // Wrapped last first: put the pieces back in document order.
    range.mark.elements.reverse();
    marks.push(range.mark);
  }
  return marks;
}
