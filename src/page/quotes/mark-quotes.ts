import { Mark, type MarkRange } from '../names/markjs';
import type { CheckedQuotation } from '../../core/quotes';
import { QUOTE_ATTR, QUOTE_CLASS, QUOTE_EXCLUDE, QUOTE_TAG } from './contract';
import type { QuoteMark } from './registry';
import type { QuoteUnit } from './units';

interface QuoteRange extends MarkRange {
  checked: CheckedQuotation;
}

/**
 * Wraps the inner words of each checked quotation of a unit in quote marks with mark.js
 * `markRanges` (ranges cross inline elements by themselves), and returns one QuoteMark per
 * quotation that got at least one element.
 */
export function markQuotations(unit: QuoteUnit, checked: readonly CheckedQuotation[]): QuoteMark[] {
  if (!checked.length) return [];
  const ranges: QuoteRange[] = checked.map((c) => ({ ...unit.rangeOf(c), checked: c }));
  const marks = new Map<CheckedQuotation, QuoteMark>();
  new Mark(unit.nodes).markRanges(ranges, {
    element: QUOTE_TAG,
    className: QUOTE_CLASS,
    exclude: QUOTE_EXCLUDE,
    each(element, range) {
      const { checked: quotation } = range as QuoteRange;
      const el = element as HTMLElement;
      el.removeAttribute('data-markjs');
      el.setAttribute(QUOTE_ATTR, quotation.verdict.verdict);
      const mark = marks.get(quotation);
      if (mark) mark.elements.push(el);
      else marks.set(quotation, { checked: quotation, elements: [el] });
    },
  });
  return [...marks.values()];
}
