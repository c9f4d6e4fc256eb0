import type { Entity, Quote } from '../dataset/schema';

/** Which marks delimit a quotation; 'element' = a `<q>`/`<blockquote>` found by the DOM layer. */
export type QuoteMarks = 'straight' | 'curly' | 'guillemets' | 'element';

/** A quotation found in a text. Offsets are UTF-16 indices into that text. */
export interface Quotation {
  /** Index of the opening mark (for 'element', of the first non-space character). */
  start: number;
  /** Index just after the closing mark. */
  end: number;
  /** The quoted words, whitespace-trimmed: `text === source.slice(innerStart, innerEnd)`. */
  innerStart: number;
  innerEnd: number;
  /** The inner words, as written (punctuation kept). */
  text: string;
  marks: QuoteMarks;
}

/** How the speaker was found: named in a speech pattern, or a pronoun resolved to the one entity named just before. */
export type AttributionHow = 'named' | 'pronoun';

export interface Attributed extends Quotation {
  speakerId: string | null;
  how: AttributionHow | null;
  /** Where the speaker's name (for 'named') or the pronoun (for 'pronoun') stands in the text. */
  speakerStart?: number;
  speakerEnd?: number;
}

export interface WordDiff {
  /** 'same': in both; 'added': only on the page; 'removed': only in the recorded quote. */
  op: 'same' | 'added' | 'removed';
  word: string;
  /** A page word that fills a gap the source copy left where a word was stripped. */
  gap?: true;
}

/**
 * 'misattributed': nothing recorded for the speaker the page names matches, but the words (or
 * words close to them) are recorded as said by someone else; `otherSpeaker` is that quote.
 */
export type VerdictKind = 'exact' | 'partial' | 'close' | 'unknown' | 'misattributed';

/** How page words match one recorded quote. */
export type MatchKind = 'exact' | 'partial' | 'close';

export interface QuoteVerdict {
  verdict: VerdictKind;
  /** The recorded quote of the speaker the quotation was compared with (absent for 'unknown' and 'misattributed'). */
  quote?: Quote;
  /** Page words against recorded words, for 'close': always with at least one word added or removed. */
  diff?: WordDiff[];
  /**
   * The same words recorded as said by a different speaker (a finding worth showing): for
   * 'misattributed', and for a weaker match with the named speaker's own quotes.
   */
  otherSpeaker?: Quote;
  /** How the quotation matches `otherSpeaker`'s quote. */
  otherVerdict?: MatchKind;
  /** Diff against `otherSpeaker`'s quote when `otherVerdict` is 'close'. */
  otherDiff?: WordDiff[];
}

export interface CheckedQuotation extends Attributed {
  speakerId: string;
  how: AttributionHow;
  verdict: QuoteVerdict;
}

/**
 * What checking quotations needs of the dataset: each entity's category (only persons,
 * groups and organisations speak), the places an organisation speaks through ("Moscow
 * said") and the recorded quotes. A content script gets just this from the background,
 * never the whole dataset.
 */
export interface QuoteReference {
  entities: readonly Pick<Entity, 'id' | 'category' | 'speaksThrough'>[];
  quotes: readonly Quote[];
}
