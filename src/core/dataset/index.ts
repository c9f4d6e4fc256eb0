import rawDataset from '../../../data/astana-talks.json';
import rawCnnMeta from '../../../data/sources/cnn-2017-01-23-astana-talks.json';
import { foldKey, stripDiacritics } from '../text/fold';
import type { AliasInput, AliasKind, Category, Dataset, Entity, Quote, SourceMeta } from './schema';

/**
 * The runtime API over the bundled dataset. Pure and browser-safe: no source texts
 * (the extension does not need them), no Node APIs. The JSON shape is guaranteed by
 * validate.ts, which runs in the build (wxt.config.ts) and in the tests.
 */

export const dataset: Dataset = rawDataset as unknown as Dataset;

const SOURCE_METAS: SourceMeta[] = [rawCnnMeta as unknown as SourceMeta];

/** Source metadata by id. */
export const sources: Readonly<Record<string, SourceMeta>> = Object.freeze(
  Object.fromEntries(SOURCE_METAS.map((meta) => [meta.id, meta])),
);

export function aliasText(alias: AliasInput): string {
  return typeof alias === 'string' ? alias : alias.text;
}

export function aliasKind(alias: AliasInput): AliasKind {
  return typeof alias === 'string' ? 'name' : (alias.kind ?? 'name');
}

export function aliasIsAmbiguous(alias: AliasInput): boolean {
  return typeof alias !== 'string' && alias.ambiguous === true;
}

/** Key of an acronym: case kept, diacritics, dots and spaces dropped ("U. N." -> "UN"). */
function acronymKey(text: string): string {
  return stripDiacritics(text).replace(/[.\s]/g, '');
}

const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
const acronyms = new Map<string, Entity>();
const names = new Map<string, Entity>();

for (const entity of dataset.entities) {
  const entityAcronyms = new Set<string>();
  for (const alias of entity.aliases) {
    if (aliasIsAmbiguous(alias)) continue;
    const text = aliasText(alias);
    if (aliasKind(alias) === 'acronym') {
      const key = acronymKey(text);
      entityAcronyms.add(key);
      if (!acronyms.has(key)) acronyms.set(key, entity);
    } else {
      const key = foldKey(text);
      if (!names.has(key)) names.set(key, entity);
    }
  }
  // A display name that is one of the entity's acronyms ("ISIS") stays case-sensitive.
  if (!entityAcronyms.has(acronymKey(entity.name))) {
    const key = foldKey(entity.name);
    if (!names.has(key)) names.set(key, entity);
  }
}

export function getEntity(id: string): Entity | undefined {
  return byId.get(id);
}

export function listByCategory(category: Category): Entity[] {
  return dataset.entities.filter((e) => e.category === category);
}

/**
 * The entity one of whose names or aliases is `text`. Names compare with foldKey
 * (case, diacritics, hyphens, dots); acronyms are case-sensitive, dots aside
 * ("U.N." finds the United Nations, "isis" finds nothing). A trailing possessive is
 * ignored. Aliases marked ambiguous never resolve on their own.
 */
export function lookupAlias(text: string): Entity | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const direct = acronyms.get(acronymKey(trimmed)) ?? names.get(foldKey(trimmed));
  if (direct) return direct;
  const withoutPossessive = trimmed.replace(/['\u2019]s$|(?<=s)['\u2019]$/u, '');
  if (withoutPossessive !== trimmed) {
    return acronyms.get(acronymKey(withoutPossessive)) ?? names.get(foldKey(withoutPossessive)) ?? null;
  }
  return null;
}

export function quotesBySpeaker(id: string): Quote[] {
  return dataset.quotes.filter((q) => q.speakerId === id);
}

export function getSource(id: string): SourceMeta | undefined {
  return sources[id];
}
