import * as v from 'valibot';

/**
 * The shape of everything under `data/`. One schema serves the build-time check,
 * the tests and the runtime types, so the three can never disagree: every type
 * below is derived from its schema with `v.InferOutput`.
 */

export const CATEGORIES = ['person', 'group', 'organization', 'place', 'event'] as const;
export type Category = (typeof CATEGORIES)[number];

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
);
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** A language tag as the alias files are named: "en", "fr", "pt-BR". */
const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "pt-BR"'));

/**
 * How an alias may appear in page text.
 * - `name`: case-insensitive, except that a capital at the start of a word must stay a
 *   capital ("Turkey" matches, "turkey" does not); diacritics fold both ways.
 * - `surname`: like `name`, but never matches right after a different capitalised given
 *   name ("Ahmet Simsek" is not Mehmet Simsek).
 * - `acronym`: case-sensitive ("ISIS" but not "Isis"); dotted forms ("U.N.") are generated.
 */
const ALIAS_KINDS = ['name', 'surname', 'acronym'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

const AliasSchema = v.union([
  NonEmpty,
  v.strictObject({
    text: NonEmpty,
    kind: v.optional(v.picklist(ALIAS_KINDS)),
    /** Language of the spelling; set on every alias merged from `data/aliases/<lang>.json`. */
    lang: v.optional(Lang),
    /**
     * The spelling has common other meanings (TBS the US channel, SDC the Swiss aid agency): it
     * counts only in a paragraph that also names something else of the dataset.
     */
    needsSupport: v.optional(v.literal(true)),
  }),
]);
export type AliasInput = v.InferOutput<typeof AliasSchema>;

/**
 * A verbatim excerpt of a source. Whitespace runs may differ from the source, nothing else.
 * Trimmed like every other text; a stripped gap inside it is kept.
 */
const Excerpt = NonEmpty;

/** One or two excerpts: the words that carry the claim, and if they do not name the subject, the nearby sentence that does. */
const Excerpts = v.pipe(
  v.array(Excerpt, 'must be an array of one or two verbatim excerpts'),
  v.minLength(1, 'needs one excerpt (or two)'),
  v.maxLength(2, 'at most two excerpts'),
);

/**
 * Where the excerpts name the subject (or another entity) only through a stripped gap
 * ("President Bashar  "), the name the data restores there.
 */
const RestoredNameSchema = v.strictObject({
  /** The stripped text exactly as it stands in one of the excerpts, gap included: "President Bashar  ". */
  reads: v.pipe(v.string(), v.check((s) => s.trim() !== '', 'must not be empty')),
  /** The restored name: the display name or an alias of an entity, e.g. "Bashar al-Assad". */
  name: NonEmpty,
});
export type RestoredName = v.InferOutput<typeof RestoredNameSchema>;

const FactSchema = v.strictObject({
  id: Id,
  /** A short sentence in our own words that claims no more than the excerpts, phrased for the time of the source. */
  text: NonEmpty,
  sourceId: Id,
  /** Words copied verbatim from the source; at least one of them names the subject (or `restoredName` says where it was stripped). */
  evidence: Excerpts,
  restoredName: v.optional(RestoredNameSchema),
});
export type Fact = v.InferOutput<typeof FactSchema>;

const EntitySchema = v.strictObject({
  id: Id,
  name: NonEmpty,
  category: v.picklist(CATEGORIES),
  /** One line on the entity's role, phrased for the time of the talks. */
  role: NonEmpty,
  /** The id of one of this entity's own facts that supports `role`. */
  roleFactId: Id,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'needs at least one alias')),
  /** Names of other people or bodies that share words with this entity and must never match it. */
  namesakes: v.optional(v.array(NonEmpty)),
  /**
   * Organisations only: ids of place entities whose name, used as a speaker ("Moscow said"),
   * means this organisation.
   */
  speaksThrough: v.optional(v.array(Id)),
  facts: v.array(FactSchema),
});
export type Entity = v.InferOutput<typeof EntitySchema>;

export const QuoteSchema = v.pipe(
  v.strictObject({
    id: Id,
    /** The entity that said the words (a person, group or organisation) ... */
    speakerId: v.optional(Id),
    /** ... or, when the speaker is no entity of the dataset, who the source says reported them. */
    reportedBy: v.optional(NonEmpty),
    /** The words: verbatim for `direct`, the source's paraphrase for `reported`. */
    text: NonEmpty,
    /**
     * Where the source lost words of the quote without leaving a trace (its hyphenated words were
     * stripped): each entry is the part of `text` right before such a gap, and cards show "[…]"
     * after it. `text` stays verbatim.
     */
    gapsAfter: v.optional(v.array(NonEmpty)),
    kind: v.picklist(['direct', 'reported']),
    /** Medium or venue, in the source's words where possible, e.g. "told Russian TASS news agency". */
    venue: NonEmpty,
    /** Exact date, only when the source gives one. */
    date: v.optional(IsoDate),
    /** Relative time as the source words it ("last week"), when there is no exact date; never turned into a date. */
    when: v.optional(NonEmpty),
    sourceId: Id,
    /** As for facts; at least one excerpt names the speaker (or `restoredName` says where it was stripped). */
    evidence: Excerpts,
    restoredName: v.optional(RestoredNameSchema),
  }),
  v.forward(
    v.partialCheck(
      [['speakerId'], ['reportedBy']],
      (quote) => (quote.speakerId === undefined) !== (quote.reportedBy === undefined),
      'a quote needs either a speakerId or a reportedBy, not both',
    ),
    ['speakerId'],
  ),
);
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
  /**
   * True when this copy of the text lost its hyphenated words ("President Bashar  " for
   * Bashar al-Assad). Only such a source lets a fact or quote declare a `restoredName`.
   */
  strippedNames: v.optional(v.boolean()),
});
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;

/** A source's metadata with its verbatim text. */
export type Source = SourceMeta & { text: string };

/** One alias in `data/aliases/<lang>.json`, with the addresses where the spelling was seen. */
const AliasFileEntrySchema = v.strictObject({
  text: NonEmpty,
  kind: v.optional(v.picklist(ALIAS_KINDS, 'must be "name", "surname" or "acronym"')),
  /** Addresses of pages where this spelling was seen (may be empty, never missing). */
  seenIn: v.array(NonEmpty, 'must be an array of addresses'),
  note: v.optional(NonEmpty),
  /** See AliasSchema: counts only beside another name of the dataset. */
  needsSupport: v.optional(v.literal(true)),
});

/** One namesake in `data/aliases/<lang>.json`. */
const NamesakeFileEntrySchema = v.strictObject({
  text: NonEmpty,
  seenIn: v.optional(v.array(NonEmpty, 'must be an array of addresses')),
  note: v.optional(NonEmpty),
});

/** `data/aliases/<lang>.json`: spellings of the dataset's names in one language, keyed by entity id. */
export const AliasFileSchema = v.strictObject({
  language: Lang,
  aliases: v.optional(v.record(v.string(), v.array(AliasFileEntrySchema))),
  namesakes: v.optional(v.record(v.string(), v.array(NamesakeFileEntrySchema))),
});
export type AliasFile = v.InferOutput<typeof AliasFileSchema>;
