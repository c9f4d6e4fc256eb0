/**
 * Quote marks: the DOM layer of quote checking. Finds the page's quotations, checks the
 * attributed ones against the recorded quotes (src/quotes) and marks them in the page.
 */
export { QUOTE_ATTR, QUOTE_CLASS, QUOTE_EXCLUDE, QUOTE_SELECTOR, QUOTE_TAG } from './contract';
export { MAX_QUOTE_MARKS, QuoteChecker, type QuoteCheckerOptions } from './quote-checker';
export { quoteMarkOf, type QuoteMark } from './registry';
export { revealQuote } from '../reveal/reveal-quote';
export { unwrapQuoteMarks } from './unmark';
export { collectUnits, type QuoteUnit } from './units';
