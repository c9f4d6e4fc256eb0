import { dataset } from '../dataset';
import { createSearchIndex, searchIndex, type SearchIndex, type SearchOptions, type SearchResult } from './search';

export { createSearchIndex, searchIndex, typoAllowance, type SearchIndex, type SearchOptions, type SearchResult } from './search';
export { editDistance, prefixDistance } from './distance';

let defaultIndex: SearchIndex | null = null;

/** Searches the bundled dataset; the index is built on first use. */
export function searchEntities(query: string, options?: SearchOptions): SearchResult[] {
  defaultIndex ??= createSearchIndex(dataset.entities);
  return searchIndex(defaultIndex, query, options);
}
