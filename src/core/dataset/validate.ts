import * as v from 'valibot';
import { foldKey, stripDiacritics } from '../text/fold';
import { mergeAliasFiles, type AliasFileInput, type AliasOrigin } from './aliases';
import {
  AliasFileSchema,
  DatasetSchema,
  SourceMetaSchema,
  type AliasFile,
  type AliasKind,
  type Category,
  type Dataset,
  type Entity,
  type RestoredName,
  type Source,
  type SourceMeta,
} from './schema';
import { aliasKind, aliasText } from './alias-input';

/**
 * Build-time and test-time checks of the dataset. Pure: the caller reads the files
 * (see src/build/load-dataset.ts) and passes their contents in.
 */

/**
 * What `entry` is: an entity, quote or source id, or, in an alias file, the entity id of an
 * `aliases` or `namesakes` list (printed `aliases["bashar-al-assad"]`).
 */
type EntryKind = 'entity' | 'quote' | 'source' | 'aliases' | 'namesakes';

export interface DatasetError {
  /** File the problem is in, relative to the project root ("data/astana-talks.json"). */
  file: string;
  /**
   * The entity, quote or source id the problem belongs to, or a position such as
   * `entities[3]` when the entry has no valid id, `dataset` for the top level, or ''
   * for the top level of an alias file.
   */
  entry: string;
  /** What `entry` is, when it is an id; used to print `entity "mohammad-alloush"`. */
  entryKind?: EntryKind;
  /** Path inside the entry, e.g. `facts[1].evidence[0]`; in an alias file `[2].text`. */
  field: string;
  message: string;
}

type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };
type SourceMetaValidation = { ok: true; meta: SourceMeta } | { ok: false; errors: DatasetError[] };
/** On errors, `aliasFile` is still given when the file has the right shape, so that it can be merged and checked further. */
type AliasFileValidation =
  | { ok: true; aliasFile: AliasFile }
  | { ok: false; errors: DatasetError[]; aliasFile?: AliasFile };

/** Entities the extension relies on: they must exist with this category. */
const REQUIRED_ENTITIES: Readonly<Record<string, Category>> = Object.freeze({
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
  'russian-government': 'organization',
  'us-government': 'organization',
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
const MIN_FACTS: Readonly<Record<Category, number>> = Object.freeze({
  person: 3,
  group: 1,
  organization: 1,
  place: 1,
  event: 1,
});

/** Who may be a quote's speaker. A place never is: "Moscow said" is an organisation's words (see `speaksThrough`). */
export const SPEAKER_CATEGORIES: readonly Category[] = ['person', 'group', 'organization'];

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



const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `excerpt` contains the name as whole words, compared after the project's fold
 * (case, diacritics, hyphens and dots aside: "Simsek" names "Mehmet Şimşek"'s alias "Şimşek").
 * An acronym keeps its case ("US" is not "us"), dots and spaces between its letters aside.
 */
export function excerptNames(excerpt: string, name: string, kind: AliasKind = 'name'): boolean {
  if (kind === 'acronym') {
    const letters = [...stripDiacritics(name).replace(/[.\s]/g, '')];
    if (letters.length === 0) return false;
    const pattern = letters.map(escapeRegExp).join('\\.?\\s?');
    return new RegExp(`${NOT_WORD_BEFORE}${pattern}\\.?${NOT_WORD_AFTER}`, 'u').test(stripDiacritics(excerpt));
  }
  const key = foldKey(name);
  if (key === '') return false;
  return new RegExp(`${NOT_WORD_BEFORE}${escapeRegExp(key)}${NOT_WORD_AFTER}`, 'u').test(foldKey(excerpt));
}

/** A run of two or more whitespace characters: where a stripped hyphenated word stood. */
const GAP_RE = /\s{2,}/;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = MONTHS.join('|');
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})\\b`, 'giu');
const DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\b`, 'giu');

/** The years and calendar days a text gives, keyed ("y2017", "m1d23"), with the words as written. */
function datesIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(YEAR_RE)) found.set(`y${m[1]}`, m[0]);
  for (const m of text.matchAll(MONTH_DAY_RE)) found.set(`m${MONTHS.indexOf(m[1]!.toLowerCase()) + 1}d${Number(m[2])}`, m[0]);
  for (const m of text.matchAll(DAY_MONTH_RE)) found.set(`m${MONTHS.indexOf(m[2]!.toLowerCase()) + 1}d${Number(m[1])}`, m[0]);
  return found;
}

/** Dates `text` gives that neither its excerpts nor the source's publication date (an ISO date) give. */
function inventedDates(text: string, excerpts: readonly string[], sourceDate: string): string[] {
  const allowed = new Set(datesIn(excerpts.join(' ')).keys());
  const [year, month, day] = sourceDate.split('-').map(Number);
  allowed.add(`y${year}`);
  allowed.add(`m${month}d${day}`);
  return [...datesIn(text)].filter(([key]) => !allowed.has(key)).map(([, written]) => written);
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

/** The issue's message; a required key that is absent reads "is missing" rather than valibot's "Invalid key: …". */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  return issue.received === 'undefined' && /^"[^"]*"$/.test(issue.expected ?? '') ? 'is missing' : issue.message;
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
  return issues.map((issue) => ({ file, ...locateIssue(data, issueKeys(issue)), message: issueMessage(issue) }));
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
        message: issueMessage(issue),
      };
    }),
  };
}

/**
 * The checks every alias must pass, wherever it is listed. In a script with case, an alias
 * needs a capital: a lower-case one would match common words ("regime", "gobierno ruso").
 * Scripts without case (Arabic, Chinese) have no capitals to ask for.
 */
function aliasProblems(text: string): string[] {
  const problems: string[] = [];
  if (/\p{Ll}/u.test(text) && !/\p{Lu}/u.test(text)) {
    problems.push(`alias "${text}" has no capital letter (lower-case common words are not allowed)`);
  }
  if (foldKey(text) === '') problems.push(`alias "${text}" is empty once folded`);
  return problems;
}

/**
 * Checks one `data/aliases/<lang>.json`: its shape (`text` not empty, `kind` one of the alias
 * kinds, `seenIn` an array), that `language` is the file's name, that every entity id exists
 * and that every alias passes the dataset's alias rules. `entityIds`: the dataset's entities.
 */
function validateAliasFile(input: { file: string; data: unknown; entityIds: ReadonlySet<string> }): AliasFileValidation {
  const { file, data, entityIds } = input;
  const result = v.safeParse(AliasFileSchema, data);
  if (!result.success) {
    return {
      ok: false,
      errors: result.issues.map((issue) => {
        const [section, entityId, ...rest] = issueKeys(issue);
        if ((section === 'aliases' || section === 'namesakes') && typeof entityId === 'string') {
          return { file, entry: entityId, entryKind: section, field: pathToString(rest), message: issueMessage(issue) };
        }
        const keys = [section, entityId, ...rest].filter((k) => k !== undefined);
        return { file, entry: '', field: keys.length > 0 ? pathToString(keys) : '(root)', message: issueMessage(issue) };
      }),
    };
  }
  const aliasFile = result.output;
  const errors: DatasetError[] = [];
  const name = /([^/\\]+)\.json$/.exec(file)?.[1];
  if (name !== undefined && aliasFile.language !== name) {
    errors.push({ file, entry: '', field: 'language', message: `"${aliasFile.language}" must match the file name "${name}.json"` });
  }
  for (const section of ['aliases', 'namesakes'] as const) {
    for (const [entityId, list] of Object.entries(aliasFile[section] ?? {})) {
      if (!entityIds.has(entityId)) {
        errors.push({ file, entry: entityId, entryKind: section, field: '', message: `unknown entity "${entityId}"` });
        continue;
      }
      if (section !== 'aliases') continue;
      list.forEach((entry, i) => {
        for (const message of aliasProblems(entry.text)) {
          errors.push({ file, entry: entityId, entryKind: 'aliases', field: `[${i}].text`, message });
        }
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors, aliasFile } : { ok: true, aliasFile };
}

interface NamedForm {
  text: string;
  kind: AliasKind;
}

/** The entity's display name and aliases as listed in the dataset file. */
function ownForms(entity: Entity): NamedForm[] {
  return [{ text: entity.name, kind: 'name' }, ...entity.aliases.map((a) => ({ text: aliasText(a), kind: aliasKind(a) }))];
}

/**
 * Runs the schema, then the checks a schema cannot express: unique ids, resolvable
 * references, every excerpt found verbatim in its source and naming its subject, restored
 * names, role sources, speakers, the required entities, alias ownership and the minimum
 * number of facts. Then validates and merges the alias files (`data/aliases/*.json`) and
 * checks the merged aliases; the dataset returned is the merged one.
 */
export function validateDataset(input: {
  file: string;
  data: unknown;
  sources: Source[];
  sourcesDir?: string;
  /** The alias files as read (path and parsed JSON); none when the folder is missing. */
  aliasFiles?: readonly { file: string; data: unknown }[];
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

  const entityById = new Map<string, Entity>();
  for (const entity of dataset.entities) if (!entityById.has(entity.id)) entityById.set(entity.id, entity);

  /** Every name or alias of any entity, folded: what a restored name must be. */
  const knownNames = new Set(dataset.entities.flatMap((e) => ownForms(e).map((f) => foldKey(f.text))));

  /** The forms that name an entity in an excerpt: its own, and for an organisation those of the places it speaks through. */
  const namingForms = (entity: Entity): NamedForm[] => [
    ...ownForms(entity),
    ...(entity.category === 'organization' ? (entity.speaksThrough ?? []) : []).flatMap((id) => {
      const place = entityById.get(id);
      return place ? ownForms(place) : [];
    }),
  ];

  /** Checks the restored name of a fact or quote; true when it is valid and restores a name of `subject`. */
  const checkRestoredName = (
    entry: string,
    kind: EntryKind,
    prefix: string,
    restored: RestoredName,
    evidence: readonly string[],
    source: Source | undefined,
    subject: Entity | undefined,
  ): boolean => {
    let ok = true;
    if (source && source.strippedNames !== true) {
      err(
        entry,
        kind,
        `${prefix}restoredName`,
        `source "${source.id}" is not marked "strippedNames": true; only a copy that lost its hyphenated words can need a restored name`,
      );
      ok = false;
    }
    if (!evidence.some((excerpt) => excerpt.includes(restored.reads))) {
      err(entry, kind, `${prefix}restoredName.reads`, `"${restored.reads}" does not occur exactly so in any excerpt`);
      ok = false;
    } else if (!GAP_RE.test(restored.reads)) {
      err(entry, kind, `${prefix}restoredName.reads`, `"${restored.reads}" has no gap (a run of two or more spaces) where a stripped word stood`);
      ok = false;
    }
    const nameKey = foldKey(restored.name);
    if (!knownNames.has(nameKey)) {
      err(entry, kind, `${prefix}restoredName.name`, `"${restored.name}" is not the name or an alias of any entity`);
      return false;
    }
    const nameWords = new Set(nameKey.split(' '));
    if (!foldKey(restored.reads).split(' ').some((word) => nameWords.has(word))) {
      err(entry, kind, `${prefix}restoredName.reads`, `"${restored.reads}" shares no word with the restored name "${restored.name}"`);
      ok = false;
    }
    return ok && subject !== undefined && ownForms(subject).some((f) => foldKey(f.text) === nameKey);
  };

  /** Source, excerpts, dates and restored name of a fact or quote, and that its excerpts name `subject`. */
  const checkSourced = (
    entry: string,
    kind: EntryKind,
    prefix: string,
    item: { sourceId: string; evidence: readonly string[]; text: string; restoredName?: RestoredName | undefined },
    subject: Entity | undefined,
    subjectRole: 'subject' | 'speaker',
  ): Source | undefined => {
    const source = sourceById.get(item.sourceId);
    if (!source) {
      err(entry, kind, `${prefix}sourceId`, `unknown source "${item.sourceId}" (no ${sourcesDir}/${item.sourceId}.json)`);
    } else {
      item.evidence.forEach((excerpt, k) => {
        if (!containsVerbatim(source.text, excerpt)) {
          err(entry, kind, `${prefix}evidence[${k}]`, `not found verbatim in source "${source.id}"`);
        }
        if (k > 0 && normalizeWhitespace(excerpt) === normalizeWhitespace(item.evidence[0]!)) {
          err(entry, kind, `${prefix}evidence[${k}]`, 'repeats evidence[0]');
        }
      });
      for (const written of inventedDates(item.text, item.evidence, source.date)) {
        err(
          entry,
          kind,
          `${prefix}text`,
          `gives the date "${written}", which no excerpt gives and which is not the publication date of source "${source.id}"`,
        );
      }
    }
    const restored = item.restoredName
      ? checkRestoredName(entry, kind, prefix, item.restoredName, item.evidence, source, subject)
      : false;
    if (subject && !restored) {
      const forms = namingForms(subject);
      const named = item.evidence.some((excerpt) => forms.some((f) => excerptNames(excerpt, f.text, f.kind)));
      if (!named) {
        err(
          entry,
          kind,
          `${prefix}evidence`,
          `no excerpt names ${subjectRole === 'speaker' ? 'the speaker ' : ''}"${subject.name}" (nor any alias); add an excerpt that names it, or a restoredName`,
        );
      }
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

  /** Place id -> the organisation that speaks through it. */
  const speakerOfPlace = new Map<string, string>();

  dataset.entities.forEach((entity, i) => {
    const entry = entity.id;
    claimId(entity.id, `entities[${i}]`, entry, 'entity', 'id');

    entity.facts.forEach((fact, j) => {
      claimId(fact.id, `fact "${fact.id}" of entity "${entity.id}"`, entry, 'entity', `facts[${j}].id`);
      checkSourced(entry, 'entity', `facts[${j}].`, fact, entity, 'subject');
    });

    const min = MIN_FACTS[entity.category];
    if (entity.facts.length < min) {
      err(entry, 'entity', 'facts', `a ${entity.category} needs at least ${min} fact(s), has ${entity.facts.length}`);
    }

    const roleFact = entity.facts.find((f) => f.id === entity.roleFactId);
    if (!roleFact) {
      err(entry, 'entity', 'roleFactId', `"${entity.roleFactId}" is not one of this entity's facts`);
    } else {
      const source = sourceById.get(roleFact.sourceId);
      for (const written of source ? inventedDates(entity.role, roleFact.evidence, source.date) : []) {
        err(entry, 'entity', 'role', `gives the date "${written}", which the excerpts of fact "${roleFact.id}" do not give`);
      }
    }

    entity.aliases.forEach((alias, j) => {
      for (const message of aliasProblems(aliasText(alias))) err(entry, 'entity', `aliases[${j}]`, message);
    });

    if (entity.speaksThrough !== undefined && entity.category !== 'organization') {
      err(entry, 'entity', 'speaksThrough', `only an organization speaks through places; this entity is a ${entity.category}`);
    }
    (entity.speaksThrough ?? []).forEach((placeId, k) => {
      const place = entityById.get(placeId);
      if (!place) err(entry, 'entity', `speaksThrough[${k}]`, `unknown entity "${placeId}"`);
      else if (place.category !== 'place') err(entry, 'entity', `speaksThrough[${k}]`, `"${placeId}" is a ${place.category}, not a place`);
      else if (speakerOfPlace.has(placeId) && speakerOfPlace.get(placeId) !== entity.id) {
        err(entry, 'entity', `speaksThrough[${k}]`, `place "${placeId}" already speaks for organization "${speakerOfPlace.get(placeId)}"`);
      } else speakerOfPlace.set(placeId, entity.id);
    });
  });

  // Required entities.
  for (const [id, category] of Object.entries(REQUIRED_ENTITIES)) {
    const entity = entityById.get(id);
    if (!entity) err(id, 'entity', 'id', `required entity is missing (expected category "${category}")`);
    else if (entity.category !== category) {
      err(id, 'entity', 'category', `must be "${category}" for this required entity, found "${entity.category}"`);
    }
  }

  // Quotes.
  dataset.quotes.forEach((quote, i) => {
    const entry = quote.id;
    claimId(quote.id, `quotes[${i}]`, entry, 'quote', 'id');
    let speaker: Entity | undefined;
    if (quote.speakerId !== undefined) {
      speaker = entityById.get(quote.speakerId);
      if (!speaker) err(entry, 'quote', 'speakerId', `unknown entity "${quote.speakerId}"`);
      else if (!SPEAKER_CATEGORIES.includes(speaker.category)) {
        const through = speakerOfPlace.get(speaker.id);
        err(
          entry,
          'quote',
          'speakerId',
          `"${speaker.id}" is a ${speaker.category}; a speaker must be a person, group or organization` +
            (through ? ` (the words of "${speaker.name}" are those of organization "${through}")` : ''),
        );
        speaker = undefined;
      }
    }
    const source = checkSourced(entry, 'quote', '', quote, speaker, 'speaker');
    if (source && quote.kind === 'direct' && !quote.evidence.some((excerpt) => containsVerbatim(excerpt, quote.text))) {
      err(entry, 'quote', 'text', 'a direct quote must appear verbatim in one of its excerpts');
    }
    quote.gapsAfter?.forEach((before, j) => {
      if (occurrences(quote.text, before) !== 1) {
        err(entry, 'quote', `gapsAfter[${j}]`, `"${before}" must occur exactly once in the quote's text, right before the lost words`);
      }
    });
    if (source && quote.date && quote.date > source.date) {
      err(entry, 'quote', 'date', `${quote.date} is after the publication date ${source.date} of source "${source.id}"`);
    }
    if (quote.when !== undefined && !quote.evidence.some((excerpt) => foldKey(excerpt).includes(foldKey(quote.when!)))) {
      err(entry, 'quote', 'when', `"${quote.when}" is not in any excerpt; give the source's own words for the time`);
    }
  });

  // Alias files: validated one by one, then merged, then checked together with the dataset's aliases.
  const entityIds = new Set(entityById.keys());
  const aliasInputs: AliasFileInput[] = [];
  for (const aliasFile of input.aliasFiles ?? []) {
    const result = validateAliasFile({ file: aliasFile.file, data: aliasFile.data, entityIds });
    if (!result.ok) errors.push(...result.errors);
    // A file of the right shape is merged even with errors, so that one run reports every problem.
    if (result.aliasFile) aliasInputs.push({ file: aliasFile.file, data: result.aliasFile });
  }
  const merged = mergeAliasFiles(dataset, aliasInputs);
  for (const conflict of merged.conflicts) {
    errors.push({
      file: conflict.origin.file,
      entry: conflict.entityId,
      entryKind: conflict.section,
      field: `[${conflict.origin.index}].kind`,
      message: conflict.message,
    });
  }
  checkMergedAliases(file, merged.dataset, merged.aliasOrigins, merged.namesakeOrigins, errors);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: merged.dataset };
}

/**
 * Alias ownership over the merged aliases: one folded key, one entity; and no namesake that
 * is also a name or alias of its own entity. A problem an alias file brings in is reported
 * in that file (`data/aliases/fr.json: aliases["moscow"][0].text: …`); one between two
 * entries of the dataset file, in the dataset file.
 */
function checkMergedAliases(
  datasetFile: string,
  dataset: Dataset,
  aliasOrigins: ReadonlyMap<string, readonly (AliasOrigin | null)[]>,
  namesakeOrigins: ReadonlyMap<string, readonly (AliasOrigin | null)[]>,
  errors: DatasetError[],
): void {
  interface Claim {
    entityId: string;
    text: string;
    origin: AliasOrigin | null;
    /** Field in the dataset file, for a claim of the dataset file. */
    field: string;
  }
  const report = (claim: Claim, section: 'aliases' | 'namesakes', message: string): void => {
    if (claim.origin) {
      errors.push({
        file: claim.origin.file,
        entry: claim.entityId,
        entryKind: section,
        field: section === 'aliases' ? `[${claim.origin.index}].text` : `[${claim.origin.index}]`,
        message,
      });
    } else {
      errors.push({ file: datasetFile, entry: claim.entityId, entryKind: 'entity', field: claim.field, message });
    }
  };
  const where = (claim: Claim) => (claim.origin ? claim.origin.file : datasetFile);

  const claims = new Map<string, Claim[]>();
  for (const entity of dataset.entities) {
    const origins = aliasOrigins.get(entity.id) ?? [];
    const mine: Claim[] = [
      { entityId: entity.id, text: entity.name, origin: null, field: 'name' },
      ...entity.aliases.map((alias, j) => ({
        entityId: entity.id,
        text: aliasText(alias),
        origin: origins[j] ?? null,
        field: `aliases[${j}]`,
      })),
    ];
    const ownKeys = new Map<string, Claim>();
    for (const claim of mine) {
      const key = foldKey(claim.text);
      if (!ownKeys.has(key)) ownKeys.set(key, claim);
      const list = claims.get(key) ?? [];
      list.push(claim);
      claims.set(key, list);
    }

    const namesakeFrom = namesakeOrigins.get(entity.id) ?? [];
    (entity.namesakes ?? []).forEach((namesake, j) => {
      const own = ownKeys.get(foldKey(namesake));
      if (!own) return;
      const claim: Claim = { entityId: entity.id, text: namesake, origin: namesakeFrom[j] ?? null, field: `namesakes[${j}]` };
      const message = `namesake "${namesake}" is also a name or alias of this entity`;
      if (claim.origin || !own.origin) report(claim, 'namesakes', claim.origin ? `${message} (in ${where(own)})` : message);
      else report(own, 'aliases', `alias "${own.text}" is also a namesake of this entity (in ${datasetFile})`);
    });
  }

  for (const [key, list] of claims) {
    const owners = new Set(list.map((c) => c.entityId));
    if (owners.size < 2) continue;
    const datasetOwners = new Set(list.filter((c) => !c.origin).map((c) => c.entityId));
    for (const claim of list) {
      // A clash among the dataset file's own entries is the dataset's; one an alias file brings in is that file's.
      if (!claim.origin && datasetOwners.size < 2) continue;
      const others = list
        .filter((c) => c.entityId !== claim.entityId && (claim.origin || !c.origin))
        .map((c) => `"${c.entityId}"${c.origin || claim.origin ? ` (${where(c)})` : ''}`);
      const unique = [...new Set(others)];
      report(
        claim,
        'aliases',
        `alias "${claim.text}" (key "${key}") is also claimed by entity ${unique.join(', ')}; keep it on one entity only`,
      );
    }
  }
}

function entryLabel(error: DatasetError): string {
  if (error.entryKind === 'aliases' || error.entryKind === 'namesakes') return `${error.entryKind}["${error.entry}"]`;
  return error.entryKind ? `${error.entryKind} "${error.entry}"` : error.entry;
}

function location(error: DatasetError): string {
  const label = entryLabel(error);
  if (label === '') return error.field;
  if (error.field === '') return label;
  return error.field.startsWith('[') ? `${label}${error.field}` : `${label}: ${error.field}`;
}

/**
 * One line per error: `file: entity "id": field: message`; in an alias file
 * `data/aliases/ru.json: aliases["bashar-al-assad"][2].text: message`.
 */
export function formatDatasetErrors(errors: readonly DatasetError[]): string {
  return errors.map((e) => `${e.file}: ${location(e)}: ${e.message}`).join('\n');
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
  return count;
}
