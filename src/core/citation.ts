import { dataset, getSource, getSourceText, sources } from './dataset';
import type { Entity, Fact, Quote, RestoredName, SourceMeta } from './dataset/schema';

/**
 * A citation: the source a fact or quote rests on, and which fact or quote, so that the source
 * view can show the excerpts. The address of the view (`source.html?source=…&fact=…`) is built
 * and read here, by the citations in the UI, the background that opens the view for a card, and
 * the view itself, so the three always agree.
 */
export interface Citation {
  sourceId: string;
  factId?: string;
  quoteId?: string;
}

/** The source view, relative to the extension's root (entrypoints/source). */
const SOURCE_VIEW_PATH = '/source.html';

/** Longest id the view accepts; dataset ids are far shorter. */
const MAX_ID_LENGTH = 200;
/** The dataset's id shape (src/core/dataset/schema.ts). */
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isWellFormedId = (id: string): boolean => id.length <= MAX_ID_LENGTH && ID_RE.test(id);

/** `source=<id>&fact=<id>` (or `&quote=<id>`), for the view's address. */
export function citationQuery(citation: Citation): string {
  const params = new URLSearchParams({ source: citation.sourceId });
  if (citation.factId !== undefined) params.set('fact', citation.factId);
  else if (citation.quoteId !== undefined) params.set('quote', citation.quoteId);
  return params.toString();
}

/** The view's path with its query, for runtime.getURL. */
export function sourceViewPath(citation: Citation): `${typeof SOURCE_VIEW_PATH}?${string}` {
  return `${SOURCE_VIEW_PATH}?${citationQuery(citation)}`;
}

/** What was cited in the source: a fact of an entity, or a quote. */
export type CitedItem = { kind: 'fact'; fact: Fact; entity: Entity } | { kind: 'quote'; quote: Quote };

export interface ResolvedCitation {
  source: SourceMeta;
  /** The source's verbatim text as bundled. */
  text: string;
  /** The cited fact or quote, when the citation names one that rests on this source. */
  cited: CitedItem | null;
  /** Why a fact or quote the citation names is not shown; the source still is. */
  citedProblem: CitedProblem | null;
}

export type CitationProblem =
  | { kind: 'no-source' }
  | { kind: 'unknown-source'; id: string }
  | { kind: 'no-text'; id: string };

export type CitedProblem =
  | { kind: 'fact-and-quote' }
  | { kind: 'unknown-fact'; id: string }
  | { kind: 'unknown-quote'; id: string };

type CitationResult = { ok: true; citation: ResolvedCitation } | { ok: false; problem: CitationProblem };

let factIndex: Map<string, { fact: Fact; entity: Entity }> | null = null;

function findFact(id: string): { fact: Fact; entity: Entity } | undefined {
  factIndex ??= new Map(dataset.entities.flatMap((entity) => entity.facts.map((fact) => [fact.id, { fact, entity }] as const)));
  return factIndex.get(id);
}

function findQuote(id: string): Quote | undefined {
  return dataset.quotes.find((quote) => quote.id === id);
}

/**
 * Checks a citation against the bundled dataset. A source that is unknown, malformed or has no
 * bundled text fails; a fact or quote that is unknown, or rests on another source, leaves the
 * source to show with `citedProblem` set.
 */
export function resolveCitation(citation: Citation): CitationResult {
  const { sourceId } = citation;
  if (sourceId === '') return { ok: false, problem: { kind: 'no-source' } };
  // Own keys only: `sources` is a plain object, where "constructor" would find its prototype's.
  const source = isWellFormedId(sourceId) && Object.hasOwn(sources, sourceId) ? getSource(sourceId) : undefined;
  if (!source) return { ok: false, problem: { kind: 'unknown-source', id: sourceId } };
  const text = getSourceText(sourceId);
  if (text === undefined) return { ok: false, problem: { kind: 'no-text', id: sourceId } };

  let cited: CitedItem | null = null;
  let citedProblem: CitedProblem | null = null;
  const { factId, quoteId } = citation;
  if (factId !== undefined && quoteId !== undefined) {
    citedProblem = { kind: 'fact-and-quote' };
  } else if (factId !== undefined) {
    const found = isWellFormedId(factId) ? findFact(factId) : undefined;
    if (found && found.fact.sourceId === sourceId) cited = { kind: 'fact', ...found };
    else citedProblem = { kind: 'unknown-fact', id: factId };
  } else if (quoteId !== undefined) {
    const quote = isWellFormedId(quoteId) ? findQuote(quoteId) : undefined;
    if (quote && quote.sourceId === sourceId) cited = { kind: 'quote', quote };
    else citedProblem = { kind: 'unknown-quote', id: quoteId };
  }
  return { ok: true, citation: { source, text, cited, citedProblem } };
}

/** Reads the view's address; absent parameters stay absent, present ones are kept as given. */
export function parseCitationQuery(search: string): Citation {
  const params = new URLSearchParams(search);
  const citation: Citation = { sourceId: params.get('source')?.trim() ?? '' };
  const factId = params.get('fact');
  const quoteId = params.get('quote');
  if (factId !== null) citation.factId = factId.trim();
  if (quoteId !== null) citation.quoteId = quoteId.trim();
  return citation;
}

/** The excerpts and restored name of what was cited. */
export function citedEvidence(cited: CitedItem): { evidence: readonly string[]; restoredName: RestoredName | undefined } {
  const item = cited.kind === 'fact' ? cited.fact : cited.quote;
  return { evidence: item.evidence, restoredName: item.restoredName };
}
