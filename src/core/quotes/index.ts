/**
 * Quotations in page text: finding them, attributing them to a dataset speaker, and
 * comparing them with the recorded quotes. Pure functions; the DOM layer wires them in.
 */
export type { Attributed, AttributionHow, CheckedQuotation, Quotation, QuoteMarks, QuoteReference, QuoteVerdict, VerdictKind, WordDiff } from './types';
export { findQuotations, quotationFromElementText } from './detect';
export { attributeQuotations, SPEAKER_CATEGORIES, type EntityIndex } from './attribute';
export { compareQuotation, MIN_CLOSE_FRAGMENT_WORDS, MIN_PARTIAL_WORDS } from './compare';
export { verdictLabel } from './label';
export { checkQuotations, type CheckOptions } from './check';
