import * as v from 'valibot';

/**
 * The shape of everything under `data/`. One schema serves the build-time check,
 * the tests and the runtime types, so the three can never disagree.
 */

export const CATEGORIES = ['person', 'group', 'organization', 'place', 'event'] as const;
export type Category = (typeof CATEGORIES)[number];

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));

/**
 * How an alias may appear in page text.
 * - `name`: case-insensitive, except that a capital at the start of a word must stay a
 *   capital ("Turkey" matches, "turkey" does not); diacritics fold both ways.
 * - `surname`: like `name`, but never matches right after a different capitalised given
 *   name ("Ahmet Simsek" is not Mehmet Simsek).
 * - `acronym`: case-sensitive ("ISIS" but not "Isis"); dotted forms ("U.N.") are generated.
 */
export const ALIAS_KINDS = ['name', 'surname', 'acronym'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const AliasSchema = v.union([
  NonEmpty,
  v.strictObject({
    text: NonEmpty,
    kind: v.optional(v.picklist(ALIAS_KINDS)),
    /** Also claimed by another entity; such an alias is never highlighted on its own. */
    ambiguous: v.optional(v.boolean()),
  }),
]);
export type AliasInput = v.InferOutput<typeof AliasSchema>;

export const FactSchema = v.strictObject({
  id: Id,
  /** A short sentence in our own words. */
  text: NonEmpty,
  sourceId: Id,
  /** Words copied verbatim from the source (whitespace runs may differ). */
  evidence: NonEmpty,
});
export type Fact = v.InferOutput<typeof FactSchema>;

export const EntitySchema = v.strictObject({
  id: Id,
  name: NonEmpty,
  category: v.picklist(CATEGORIES),
  /** One line on the entity's role in the talks. */
  role: NonEmpty,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'needs at least one alias')),
  /** Names of other people or bodies that share words with this entity and must never match it. */
  namesakes: v.optional(v.array(NonEmpty)),
  facts: v.array(FactSchema),
});
export type Entity = v.InferOutput<typeof EntitySchema>;

export const QuoteSchema = v.strictObject({
  id: Id,
  speakerId: Id,
  /** The words: verbatim for `direct`, the source's paraphrase for `reported`. */
  text: NonEmpty,
  kind: v.picklist(['direct', 'reported']),
  /** Medium or venue, in the source's words where possible, e.g. "told Russian TASS news agency". */
  venue: NonEmpty,
  /** Exact date, only when the source gives one. */
  date: v.optional(IsoDate),
  /** Relative time as the source words it ("last week"), when there is no exact date. */
  when: v.optional(NonEmpty),
  sourceId: Id,
  evidence: NonEmpty,
});
export type Quote = v.InferOutput<typeof QuoteSchema>;

export const DatasetSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  entities: v.array(EntitySchema),
  quotes: v.array(QuoteSchema),
});
export type Dataset = v.InferOutput<typeof DatasetSchema>;

export const SourceMetaSchema = v.strictObject({
  id: Id,
  outlet: NonEmpty,
  /** Publication date. */
  date: IsoDate,
  description: NonEmpty,
  /** Only a URL that is actually known; never a guessed one. */
  url: v.optional(v.pipe(v.string(), v.url())),
  /** File name of the verbatim text, next to this metadata file. */
  textFile: NonEmpty,
});
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;

export interface Source extends SourceMeta {
  text: string;
}
