/**
 * Detection, attribution and comparison in one call: the attributed quotations of a text,
 * each with its verdict. Unattributed quotations are not checked and not returned.
 */
import type { Entity } from '../dataset/schema';
import type { CompiledMatcher } from '../matcher';
import { attributeQuotations } from './attribute';
import { compareQuotation } from './compare';
import { findQuotations } from './detect';
import type { CheckedQuotation, Quotation, QuoteReference } from './types';

type Categorised = Pick<Entity, 'id' | 'category'>;
const indexes = new WeakMap<readonly Categorised[], ReadonlyMap<string, Categorised>>();

function entityIndex(entities: readonly Categorised[]): ReadonlyMap<string, Categorised> {
  let index = indexes.get(entities);
  if (!index) {
    index = new Map(entities.map((e) => [e.id, e]));
    indexes.set(entities, index);
  }
  return index;
}

export interface CheckOptions {
  /** Quotations to check instead of those `findQuotations` finds (e.g. from `<q>` elements, with offsets into `text`). */
  quotations?: readonly Quotation[];
}

export function checkQuotations(
  text: string,
  matcher: Pick<CompiledMatcher, 'find'>,
  dataset: QuoteReference,
  options: CheckOptions = {},
): CheckedQuotation[] {
  const quotations = options.quotations ?? findQuotations(text);
  const checked: CheckedQuotation[] = [];
  for (const a of attributeQuotations(text, quotations, matcher, entityIndex(dataset.entities))) {
    if (a.speakerId === null || a.how === null) continue;
    checked.push({ ...a, speakerId: a.speakerId, how: a.how, verdict: compareQuotation(a.text, a.speakerId, dataset.quotes) });
  }
  return checked;
}
