import { getSource, quotesBySpeaker, sources } from '../core/dataset';
import type { Entity, Quote } from '../core/dataset/schema';

/** The distinct publication dates of these sources, earliest first ("YYYY-MM-DD"); unknown sources are skipped. */
function sourceDates(sourceIds: Iterable<string>): string[] {
  const dates = new Set<string>();
  for (const id of sourceIds) {
    const date = getSource(id)?.date;
    if (date) dates.add(date);
  }
  return [...dates].sort();
}

/** When an entity's record is from: the dates of the sources of its facts (of its quotes, if it has no facts). */
export function entityRecordDates(entity: Entity): string[] {
  const fromFacts = sourceDates(entity.facts.map((fact) => fact.sourceId));
  return fromFacts.length ? fromFacts : sourceDates(quotesBySpeaker(entity.id).map((quote) => quote.sourceId));
}

/** When the quotes a quotation card compares with are from. */
export function quoteRecordDates(quotes: readonly (Quote | undefined)[]): string[] {
  return sourceDates(quotes.filter((quote): quote is Quote => quote !== undefined).map((quote) => quote.sourceId));
}

/** When the whole record is from: for a quotation none of whose words we hold. */
export function allRecordDates(): string[] {
  return sourceDates(Object.keys(sources));
}
