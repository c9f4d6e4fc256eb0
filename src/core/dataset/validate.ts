import * as v from 'valibot';
import { foldKey } from '../text/fold';
import {
  DatasetSchema,
  SourceMetaSchema,
  type AliasInput,
  type Category,
  type Dataset,
  type Source,
  type SourceMeta,
} from './schema';

/**
 * Build-time and test-time checks of the dataset. Pure: the caller reads the files
 * (see load-from-disk.ts) and passes their contents in.
 */

export type EntryKind = 'entity' | 'quote' | 'source';

export interface DatasetError {
  /** File the problem is in, relative to the project root ("data/astana-talks.json"). */
  file: string;
  /**
   * The entity, quote or source id the problem belongs to, or a position such as
   * `entities[3]` when the entry has no valid id, or `dataset` for the top level.
   */
  entry: string;
  /** What `entry` is, when it is an id; used to print `entity "mohammad-alloush"`. */
  entryKind?: EntryKind;
  /** Path inside the entry, e.g. `facts[1].evidence`. */
  field: string;
  message: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };
export type SourceMetaValidation = { ok: true; meta: SourceMeta } | { ok: false; errors: DatasetError[] };

/** Entities the extension relies on: they must exist with this category. */
export const REQUIRED_ENTITIES: Readonly<Record<string, Category>> = Object.freeze({
  'bashar-al-assad': 'person',
  'bashar-al-jaafari': 'person',
  'mohammad-alloush': 'person',
  'mehmet-simsek': 'person',
  'jaish-al-islam': 'group',
  'ahrar-al-sham': 'group',
  isis: 'group',
  'jabhat-fateh-al-sham': 'group',
  'syrian-democratic-council': 'group',
  'united-nations': 'organization',
  tass: 'organization',
  afp: 'organization',
  tbs: 'organization',
  'world-economic-forum': 'organization',
  astana: 'place',
  kazakhstan: 'place',
  syria: 'place',
  geneva: 'place',
  switzerland: 'place',
  aleppo: 'place',
  'wadi-barada': 'place',
  damascus: 'place',
  davos: 'place',
  moscow: 'place',
  ankara: 'place',
  russia: 'place',
  turkey: 'place',
  iran: 'place',
  'united-states': 'place',
  'astana-talks': 'event',
  'geneva-talks': 'event',
});

/** Minimum number of facts per entity, by category. */
export const MIN_FACTS: Readonly<Record<Category, number>> = Object.freeze({
  person: 3,
  group: 1,
  organization: 1,
  place: 1,
  event: 1,
});

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collapses every run of whitespace to one space; nothing else is changed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when `excerpt` occurs in `sourceText`, comparing with whitespace runs normalised on both sides. */
export function containsVerbatim(sourceText: string, excerpt: string): boolean {
  const needle = normalizeWhitespace(excerpt);
  return needle.length > 0 && normalizeWhitespace(sourceText).includes(needle);
}

export function aliasTextOf(alias: AliasInput): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function isAmbiguous(alias: AliasInput): boolean {
  return typeof alias !== 'string' && alias.ambiguous === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathToString(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

function issueKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key = (item as { key: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
}

/** Which entry a valibot issue belongs to, and the field path inside it. */
function locateIssue(
  data: unknown,
  keys: (string | number)[],
): { entry: string; entryKind?: EntryKind; field: string } {
  const [top, index, ...rest] = keys;
  if ((top === 'entities' || top === 'quotes') && typeof index === 'number') {
    const list = isRecord(data) ? data[top] : undefined;
    const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
    const id = isRecord(item) ? item.id : undefined;
    const field = rest.length > 0 ? pathToString(rest) : '(entry)';
    if (typeof id === 'string' && ID_RE.test(id) && !(rest.length === 1 && rest[0] === 'id')) {
      return { entry: id, entryKind: top === 'entities' ? 'entity' : 'quote', field };
    }
    return { entry: `${top}[${index}]`, field };
  }
  return { entry: 'dataset', field: keys.length > 0 ? pathToString(keys) : '(root)' };
}

function schemaErrors(file: string, data: unknown, issues: readonly v.BaseIssue<unknown>[]): DatasetError[] {
  return issues.map((issue) => ({ file, ...locateIssue(data, issueKeys(issue)), message: issue.message }));
}

/** Checks one `data/sources/*.json` metadata file. */
export function validateSourceMeta(input: { file: string; data: unknown }): SourceMetaValidation {
  const { file, data } = input;
  const result = v.safeParse(SourceMetaSchema, data);
  if (result.success) return { ok: true, meta: result.output };
  const id = isRecord(data) && typeof data.id === 'string' && ID_RE.test(data.id) ? data.id : undefined;
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const keys = issueKeys(issue);
      return {
        file,
        entry: id ?? 'source',
        ...(id ? { entryKind: 'source' as const } : {}),
        field: keys.length > 0 ? pathToString(keys) : '(root)',
        message: issue.message,
      };
    }),
  };
}

/**
 * Runs the schema, then the checks a schema cannot express: unique ids, resolvable
 * references, evidence found verbatim in its source, the required entities, alias
 * ownership and the minimum number of facts.
 */
export function validateDataset(input: {
  file: string;
  data: unknown;
  sources: Source[];
  sourcesDir?: string;
}): DatasetValidation {
  const { file, data, sources } = input;
  const sourcesDir = (input.sourcesDir ?? 'data/sources').replace(/\/+$/, '');
  const errors: DatasetError[] = [];

  // Source metadata first: a broken source makes every evidence check meaningless.
  const sourceById = new Map<string, Source>();
  for (const source of sources) {
    const { text, ...meta } = source;
    const metaFile = `${sourcesDir}/${source.id}.json`;
    const metaResult = validateSourceMeta({ file: metaFile, data: meta });
    if (!metaResult.ok) errors.push(...metaResult.errors);
    if (sourceById.has(source.id)) {
      errors.push({ file: metaFile, entry: source.id, entryKind: 'source', field: 'id', message: 'duplicate source id' });
    }
    if (typeof text !== 'string' || text.trim() === '') {
      errors.push({
        file: `${sourcesDir}/${source.textFile}`,
        entry: source.id,
        entryKind: 'source',
        field: 'textFile',
        message: 'source text is missing or empty',
      });
    }
    sourceById.set(source.id, source);
  }

  const parsed = v.safeParse(DatasetSchema, data);
  if (!parsed.success) {
    errors.push(...schemaErrors(file, data, parsed.issues));
    return { ok: false, errors };
  }
  const dataset = parsed.output;
  const err = (entry: string, entryKind: EntryKind | undefined, field: string, message: string): void => {
    errors.push({ file, entry, ...(entryKind ? { entryKind } : {}), field, message });
  };

  const checkSourced = (
    entry: string,
    kind: EntryKind,
    prefix: string,
    item: { sourceId: string; evidence: string },
  ): Source | undefined => {
    const source = sourceById.get(item.sourceId);
    if (!source) {
      err(entry, kind, `${prefix}sourceId`, `unknown source "${item.sourceId}" (no ${sourcesDir}/${item.sourceId}.json)`);
      return undefined;
    }
    if (!containsVerbatim(source.text, item.evidence)) {
      err(entry, kind, `${prefix}evidence`, `not found verbatim in source "${source.id}"`);
    }
    return source;
  };

  // Ids: entities, facts and quotes share one namespace so that any id names one thing.
  const seenIds = new Map<string, string>();
  const claimId = (id: string, where: string, entry: string, kind: EntryKind, field: string): void => {
    const first = seenIds.get(id);
    if (first) err(entry, kind, field, `duplicate id "${id}" (already used by ${first})`);
    else seenIds.set(id, where);
  };

  const entityIds = new Set<string>();
  dataset.entities.forEach((entity, i) => {
    const entry = entity.id;
    claimId(entity.id, `entities[${i}]`, entry, 'entity', 'id');
    entityIds.add(entity.id);

    entity.facts.forEach((fact, j) => {
      claimId(fact.id, `fact "${fact.id}" of entity "${entity.id}"`, entry, 'entity', `facts[${j}].id`);
      checkSourced(entry, 'entity', `facts[${j}].`, fact);
    });

    const min = MIN_FACTS[entity.category];
    if (entity.facts.length < min) {
      err(entry, 'entity', 'facts', `a ${entity.category} needs at least ${min} fact(s), has ${entity.facts.length}`);
    }

    entity.aliases.forEach((alias, j) => {
      const text = aliasTextOf(alias);
      if (!/\p{Lu}/u.test(text)) {
        err(entry, 'entity', `aliases[${j}]`, `alias "${text}" has no capital letter (lower-case common words are not allowed)`);
      }
      if (foldKey(text) === '') err(entry, 'entity', `aliases[${j}]`, `alias "${text}" is empty once folded`);
    });

    const ownKeys = new Set([entity.name, ...entity.aliases.map(aliasTextOf)].map(foldKey));
    (entity.namesakes ?? []).forEach((namesake, j) => {
      if (ownKeys.has(foldKey(namesake))) {
        err(entry, 'entity', `namesakes[${j}]`, `namesake "${namesake}" is also a name or alias of this entity`);
      }
    });
  });

  // Required entities.
  for (const [id, category] of Object.entries(REQUIRED_ENTITIES)) {
    const entity = dataset.entities.find((e) => e.id === id);
    if (!entity) err(id, 'entity', 'id', `required entity is missing (expected category "${category}")`);
    else if (entity.category !== category) {
      err(id, 'entity', 'category', `must be "${category}" for this required entity, found "${entity.category}"`);
    }
  }

  // Alias ownership: one folded key, one entity, unless every claim is marked ambiguous.
  interface Claim {
    entityId: string;
    field: string;
    text: string;
    ambiguous: boolean;
  }
  const claims = new Map<string, Claim[]>();
  for (const entity of dataset.entities) {
    const mine: Claim[] = [
      { entityId: entity.id, field: 'name', text: entity.name, ambiguous: false },
      ...entity.aliases.map((alias, j) => ({
        entityId: entity.id,
        field: `aliases[${j}]`,
        text: aliasTextOf(alias),
        ambiguous: isAmbiguous(alias),
      })),
    ];
    for (const claim of mine) {
      const key = foldKey(claim.text);
      const list = claims.get(key) ?? [];
      list.push(claim);
      claims.set(key, list);
    }
  }
  for (const [key, list] of claims) {
    const owners = new Set(list.map((c) => c.entityId));
    if (owners.size < 2) continue;
    const clash = list.filter((c) => !c.ambiguous);
    for (const claim of clash) {
      const others = [...owners].filter((o) => o !== claim.entityId).map((o) => `"${o}"`);
      err(
        claim.entityId,
        'entity',
        claim.field,
        `alias "${claim.text}" (key "${key}") is also claimed by entity ${others.join(', ')}; mark it ambiguous on every entity or remove it`,
      );
    }
  }

  // Quotes.
  dataset.quotes.forEach((quote, i) => {
    const entry = quote.id;
    claimId(quote.id, `quotes[${i}]`, entry, 'quote', 'id');
    if (!entityIds.has(quote.speakerId)) err(entry, 'quote', 'speakerId', `unknown entity "${quote.speakerId}"`);
    const source = checkSourced(entry, 'quote', '', quote);
    if (source && quote.kind === 'direct' && !containsVerbatim(source.text, quote.text)) {
      err(entry, 'quote', 'text', `a direct quote must appear verbatim in source "${source.id}"`);
    }
    if (source && quote.date && quote.date > source.date) {
      err(entry, 'quote', 'date', `${quote.date} is after the publication date ${source.date} of source "${source.id}"`);
    }
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset };
}

function entryLabel(error: DatasetError): string {
  return error.entryKind ? `${error.entryKind} "${error.entry}"` : error.entry;
}

/** One line per error: `file: entity "id": field: message`. */
export function formatDatasetErrors(errors: readonly DatasetError[]): string {
  return errors.map((e) => `${e.file}: ${entryLabel(e)}: ${e.field}: ${e.message}`).join('\n');
}
