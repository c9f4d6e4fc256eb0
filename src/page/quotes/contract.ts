/**
 * The DOM contract of quote marks (see README "DOM contract"): every checked quotation is
 * wrapped in `<mark data-astana-quote="exact|partial|close|misattributed|unknown">`, split
 * into pieces where it crosses inline elements. Nothing else about a quotation goes into the
 * page.
 */
import { MARKJS_EXCLUDE } from '../dom/exclusions';

export const QUOTE_ATTR = 'data-astana-quote';
export const QUOTE_TAG = 'mark';
export const QUOTE_CLASS = 'astana-quote';
export const QUOTE_SELECTOR = `${QUOTE_TAG}[${QUOTE_ATTR}]`;

/**
 * What mark.js must never wrap for a quotation: the name highlighter's exclusions (which do not
 * list the name highlights: a name inside a quotation is part of the quoted words).
 * The name highlighter's exclusion of attribute-only marks does not apply to quotations.
 */
export const QUOTE_EXCLUDE: string[] = MARKJS_EXCLUDE.filter((selector) => !selector.startsWith('[data-astana-entity]'));
