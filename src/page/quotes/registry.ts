import type { CheckedQuotation } from '../../core/quotes';

/** One checked quotation in the page: its verdict and the mark elements (pieces) that show it. */
export interface QuoteMark {
  checked: CheckedQuotation;
  /** One element, or several when the quotation crosses inline elements or paragraphs. */
  elements: HTMLElement[];
}

/** Mark element -> its quotation, so the hover card can show the verdict without reading the DOM. */
const byElement = new WeakMap<Element, QuoteMark>();

export function registerQuoteMark(mark: QuoteMark): void {
  for (const element of mark.elements) byElement.set(element, mark);
}

export function forgetQuoteMark(mark: QuoteMark): void {
  for (const element of mark.elements) byElement.delete(element);
}

/** The quotation a quote mark element belongs to, if it is one of ours and still registered. */
export function quoteMarkOf(element: Element): QuoteMark | undefined {
  return byElement.get(element);
}
