/**
 * Quotations in page text: finding them, attributing them to a dataset speaker, and
 * comparing them with the recorded quotes. Pure functions; the DOM layer wires them in.
 */
export type { Attributed, AttributionHow, CheckedQuotation, MatchKind, Quotation, QuoteMarks, QuoteReference, QuoteVerdict, VerdictKind, WordDiff } from './types';
export { findQuotations, QuotationScanner, quotationFromElementText } from './detect';
export { attributeQuotations, SPEAKER_CATEGORIES, type EntityIndex } from './attribute';
export { compareQuotation, MIN_CLOSE_FRAGMENT_WORDS, MIN_PARTIAL_WORDS } from './compare';
export { verdictLabel, type VerdictMessage, type VerdictMessageKey } from './label';
export { checkQuotations, checkQuotationsWork, type CheckOptions } from './check';
export { meter, runFor, runToEnd, type Work } from './work';
