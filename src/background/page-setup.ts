import { dataset } from '../core/dataset';
import type { Dataset } from '../core/dataset/schema';
import type { PageSetup } from '../platform/messaging';
import { siteKeyForUrl } from '../core/settings/site';

/** What quote checking needs of a dataset, and nothing the cards alone need (roles, facts, aliases). */
export function quoteReferenceOf(data: Pick<Dataset, 'entities' | 'quotes'>): PageSetup['quoteReference'] {
  return {
    entities: data.entities.map(({ id, category, speaksThrough }) => (speaksThrough ? { id, category, speaksThrough } : { id, category })),
    quotes: data.quotes,
  };
}

let reference: PageSetup['quoteReference'] | null = null;

/**
 * The answer to a page's `get-page-setup`: its site key, the matcher compiled at build time
 * (passed in: it comes from a virtual module only the build resolves) and the quote
 * checker's reference data, derived once per background lifetime.
 */
export function pageSetupFor(url: string | undefined, matcher: PageSetup['matcher']): PageSetup {
  reference ??= quoteReferenceOf(dataset);
  return { site: siteKeyForUrl(url), matcher, quoteReference: reference };
}
