/**
 * Who said a quotation: a dataset person, group or organisation named as the grammatical
 * speaker in a speech pattern in the quotation's sentence or the one right next to it, or a
 * pronoun ("he said") when the sentences just before name exactly one candidate. A place
 * an organisation speaks through (its `speaksThrough`: "Moscow said") stands for that
 * organisation. Anything less certain stays unattributed (speakerId null).
 */
import type { Category, Entity } from '../dataset/schema';
import type { CompiledMatcher, Match } from '../matcher';
import { endsASentence, quotationBefore, type Sentence, sentenceAt, splitSentences } from './sentences';
import {
  ACCORDING_TO,
  ACCORDING_TO_AT_START,
  ADDRESSEE_BEFORE,
  ADDRESSEE_VERBS,
  PRONOUN_BEFORE_VERB,
  PRONOUN_VERB_AT_START,
  type Pronoun,
  SUBJECT_GAP,
  VERB_AT_START,
  VERB_RE,
} from './speech';
import type { Attributed, AttributionHow, Quotation } from './types';
import { count } from './work';
import { countWords, hasWordBetween } from './words';

/** What attribution needs of an entity: its category, and for an organisation the places it speaks through. */
export type IndexedEntity = Pick<Entity, 'category' | 'speaksThrough'>;

/** Entities by id, as a Map or a plain record. */
export type EntityIndex = ReadonlyMap<string, IndexedEntity> | Readonly<Record<string, IndexedEntity | undefined>>;

export const SPEAKER_CATEGORIES: readonly Category[] = ['person', 'group', 'organization'];

/** How many words may stand between a quotation and its "X said" / "said X". */
const MAX_LEAD_WORDS = 8;
/** The same, when the attribution is the next sentence: `"…." The rebel leader Alloush said so.` */
const MAX_LEAD_WORDS_NEXT = 4;
/** How many words may stand between "X said" and the quotation ("said on Monday in Astana: …"). */
const MAX_TAIL_WORDS = 6;
/** The same, when "X told AFP." is the sentence before the quotation. */
const MAX_TAIL_WORDS_PREVIOUS = 3;
/** How many sentences back a pronoun may look for its antecedent. */
const PRONOUN_LOOKBACK = 2;
/** How far back, at most, whatever the sentences' length. */
const PRONOUN_LOOKBACK_CHARS = 1000;
/** How many words may stand between a byline's dash and the name: "— Rebel leader Mohammad Alloush". */
const MAX_BYLINE_WORDS = 3;

interface Candidate {
  start: number;
  end: number;
  entityId: string;
  category: Category;
}

type Found =
  | { how: 'named'; speakerId: string; at: { start: number; end: number } }
  | { how: 'pronoun'; pronoun: Pronoun; at: { start: number; end: number } };

function categoryOf(index: EntityIndex, id: string): Category | undefined {
  const entity = index instanceof Map ? index.get(id) : (index as Record<string, IndexedEntity | undefined>)[id];
  return entity?.category;
}

const placeSpeakers = new WeakMap<EntityIndex, ReadonlyMap<string, string>>();

/** Place id -> the organisation that speaks through it, read once per index. */
function speakersOfPlaces(index: EntityIndex): ReadonlyMap<string, string> {
  let speakers = placeSpeakers.get(index);
  if (!speakers) {
    const found = new Map<string, string>();
    const entries: [string, IndexedEntity | undefined][] =
      index instanceof Map ? [...(index as ReadonlyMap<string, IndexedEntity>)] : Object.entries(index);
    for (const [id, entity] of entries) {
      if (entity?.category !== 'organization') continue;
      for (const place of entity.speaksThrough ?? []) if (!found.has(place)) found.set(place, id);
    }
    speakers = found;
    placeSpeakers.set(index, speakers);
  }
  return speakers;
}

class Context {
  readonly sentences: Sentence[];
  readonly candidates: Candidate[];

  constructor(
    readonly text: string,
    readonly quotations: readonly Quotation[],
    matches: readonly Match[],
    index: EntityIndex,
  ) {
    this.sentences = splitSentences(text, quotations);
    this.candidates = [];
    const speakers = speakersOfPlaces(index);
    for (const m of matches) {
      let entityId = m.entityId;
      let category = categoryOf(index, entityId);
      // "Moscow said": a place named as a speaker is the organisation that speaks through it.
      const organisation = category === 'place' ? speakers.get(entityId) : undefined;
      if (organisation) {
        entityId = organisation;
        category = categoryOf(index, organisation);
      }
      if (!category || !SPEAKER_CATEGORIES.includes(category)) continue;
      if (this.inQuotation(m.start)) continue;
      if (this.isAddressee(m.start)) continue;
      this.candidates.push({ start: m.start, end: m.end, entityId, category });
    }
  }

  inQuotation(pos: number): boolean {
    const q = this.quotations[quotationBefore(this.quotations, pos)];
    return q !== undefined && pos < q.end;
  }

  private isAddressee(pos: number): boolean {
    const sentence = this.sentences[sentenceAt(this.sentences, pos)];
    const from = Math.max(sentence?.start ?? 0, pos - 80);
    return ADDRESSEE_BEFORE.test(this.text.slice(from, pos));
  }

  /** True when `pos` is inside the name of a possible speaker. */
  inCandidate(pos: number): boolean {
    const c = this.candidates[this.firstCandidateFrom(pos + 1) - 1];
    return c !== undefined && pos < c.end;
  }

  /**
   * Index of the first candidate starting at or after `pos`. Candidates are in text order, and
   * every lookup among them is a binary search: a paragraph may name a speaker 20,000 times.
   */
  private firstCandidateFrom(pos: number): number {
    let lo = 0;
    let hi = this.candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.candidates[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    count(32 - Math.clz32(this.candidates.length));
    return lo;
  }

  candidatesIn(start: number, end: number): Candidate[] {
    const found: Candidate[] = [];
    for (let i = this.firstCandidateFrom(start); i < this.candidates.length; i++) {
      const c = this.candidates[i]!;
      if (c.start >= end) break;
      if (c.end <= end) found.push(c);
    }
    count(found.length);
    return found;
  }

  /** The first candidate in [start, end), if any. */
  firstCandidateIn(start: number, end: number): Candidate | undefined {
    const c = this.candidates[this.firstCandidateFrom(start)];
    return c && c.end <= end ? c : undefined;
  }

  /** Where the first quotation after `pos` starts, or `limit`. */
  cutAtNextQuotation(pos: number, limit: number): number {
    const next = this.quotations[quotationBefore(this.quotations, pos - 1) + 1];
    return next && next.start < limit ? next.start : limit;
  }

  /** Where the last quotation before `pos` ends, or `floor`. */
  cutAtPreviousQuotation(pos: number, floor: number): number {
    let i = quotationBefore(this.quotations, pos);
    if (i >= 0 && this.quotations[i]!.end > pos) i--;
    const end = i >= 0 ? this.quotations[i]!.end : floor;
    return Math.max(end, floor);
  }
}


/** Among names that can each be the subject of a verb, the likeliest: a person first, then the leftmost. */
function pickSubject(ctx: Context, candidates: Candidate[], verbStart: number): Candidate | null {
  const valid = candidates.filter((c) => c.end <= verbStart && SUBJECT_GAP.test(ctx.text.slice(c.end, verbStart)));
  if (valid.length === 0) return null;
  return valid.find((c) => c.category === 'person') ?? valid[0]!;
}

/**
 * Words between a quotation (or "said") and the speaker's name may describe the speaker
 * ("Turkey's deputy prime minister", "the head of the rebel delegation,") but not be a
 * phrase the name merely ends ("the official in talks with Alloush").
 */
function leadOk(lead: string, maxWords: number): boolean {
  return countWords(lead) <= maxWords && !endsASentence(lead) && !LEAD_BLOCKERS.test(lead);
}
const LEAD_BLOCKERS = /\b(?:with|to|at|in|on|about|after|before|for|by|from|than|and|or|but|that|who|which|while|as|when)\b/iu;

function named(c: Candidate): Found {
  return { how: 'named', speakerId: c.entityId, at: { start: c.start, end: c.end } };
}

/**
 * `"…," X said` · `"…," said X` · `"…," he said` · `"…," according to X` in [from, to).
 * `maxLead`: how many words may come before the name ("the head of the rebel delegation, Alloush, said").
 */
function afterPattern(ctx: Context, from: number, to: number, maxLead: number): Found | null {
  const raw = ctx.text.slice(from, to);
  const lead = /^[\s,.;:!?\u2014\u2013-]*/u.exec(raw)![0].length;
  const start = from + lead;
  const rest = ctx.text.slice(start, to);

  const pronoun = PRONOUN_VERB_AT_START.exec(rest);
  if (pronoun) {
    const word = pronoun[1]!;
    return { how: 'pronoun', pronoun: word.toLowerCase() as Pronoun, at: { start, end: start + word.length } };
  }

  const verb = VERB_AT_START.exec(rest);
  if (verb) {
    if (ADDRESSEE_VERBS.has(verb[1]!.toLowerCase())) return null;
    const verbEnd = start + verb[0].length;
    const next = ctx.firstCandidateIn(verbEnd, to);
    return next && leadOk(ctx.text.slice(verbEnd, next.start), MAX_LEAD_WORDS) ? named(next) : null;
  }

  const according = ACCORDING_TO_AT_START.exec(rest);
  if (according) {
    const afterWords = start + according[0].length;
    const next = ctx.firstCandidateIn(afterWords, to);
    if (next && countWords(ctx.text.slice(afterWords, next.start)) <= 5) return named(next);
    return null;
  }

  // X (, apposition,) said — the first speech verb, with a subject before it; not a word of
  // a speaker's name ("the United States said": "States" is no verb there).
  VERB_RE.lastIndex = 0;
  let firstVerb = VERB_RE.exec(rest);
  while (firstVerb && ctx.inCandidate(start + firstVerb.index)) firstVerb = VERB_RE.exec(rest);
  if (!firstVerb) return null;
  const verbStart = start + firstVerb.index;
  const before = ctx.text.slice(start, verbStart);
  // "Mr. Alloush told reporters": the dot of an honorific ends no sentence.
  if (endsASentence(before)) return null;
  const subjects = ctx.candidatesIn(start, verbStart).filter((c) => leadOk(ctx.text.slice(start, c.start), maxLead));
  const subject = pickSubject(ctx, subjects, verbStart);
  return subject ? named(subject) : null;
}

/** `X said: "…"` · `X told AFP: "…"` · `he said "…"` · `according to X, "…"` in [from, to), to = quotation start. */
function beforePattern(ctx: Context, from: number, to: number, maxTailWords: number): Found | null {
  const region = ctx.text.slice(from, to);
  const tailOk = (tail: string) => {
    if (countWords(tail) > maxTailWords) return false;
    // "Alloush said he disliked the slogan "…"": the words are someone else's, or no one's.
    if (/\b(?:he|she|they|it|we|i|you)\b/iu.test(tail)) return false;
    const trimmed = tail.replace(/[\s.:,\u2014\u2013-]+$/u, '');
    return !endsASentence(trimmed);
  };

  let lastVerb: RegExpExecArray | null = null;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(region); m !== null; m = VERB_RE.exec(region)) lastVerb = m;
  if (lastVerb && tailOk(region.slice(lastVerb.index + lastVerb[0].length))) {
    const verbStart = from + lastVerb.index;
    const pronoun = PRONOUN_BEFORE_VERB.exec(ctx.text.slice(from, verbStart));
    if (pronoun) {
      const at = from + pronoun.index;
      return { how: 'pronoun', pronoun: pronoun[1]!.toLowerCase() as Pronoun, at: { start: at, end: at + pronoun[1]!.length } };
    }
    const subject = pickSubject(ctx, ctx.candidatesIn(from, verbStart), verbStart);
    if (subject) return named(subject);
  }

  let according: RegExpExecArray | null = null;
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(region); m !== null; m = ACCORDING_TO.exec(region)) according = m;
  if (according) {
    const afterWords = from + according.index + according[0].length;
    const next = ctx.firstCandidateIn(afterWords, to);
    if (next && countWords(ctx.text.slice(afterWords, next.start)) <= 5 && tailOk(ctx.text.slice(next.end, to))) {
      return named(next);
    }
  }
  return null;
}

/**
 * The one entity of the pronoun's kind named in the sentences just before the quotation. When
 * the quotation's sentence opens its paragraph ("“…,” he said." right after a paragraph that
 * ends with Simsek's words), those are the last sentences of the paragraph before: news
 * paragraphs often go on that way. Never further back than that.
 */
function resolvePronoun(ctx: Context, pronoun: Pronoun, q: Quotation): string | null {
  const kinds: readonly Category[] = pronoun === 'he' || pronoun === 'she' ? ['person'] : ['group', 'organization'];
  const { sentences } = ctx;
  const idx = sentenceAt(sentences, q.start);
  const current = sentences[idx];
  if (!current) return null;
  const opensParagraph = idx === 0 || sentences[idx - 1]!.paragraph !== current.paragraph;
  const paragraph = opensParagraph ? current.paragraph - 1 : current.paragraph;
  let from = current.start;
  for (let k = idx - 1; k >= Math.max(0, idx - PRONOUN_LOOKBACK); k--) {
    const s = sentences[k]!;
    if (s.paragraph !== paragraph) break;
    from = s.start;
  }
  from = Math.max(from, q.start - PRONOUN_LOOKBACK_CHARS);
  let found: string | null = null;
  for (const c of ctx.candidatesIn(from, q.start)) {
    if (!kinds.includes(c.category)) continue;
    if (found !== null && found !== c.entityId) return null;
    found = c.entityId;
  }
  return found;
}

/** The sentence-bounded text right after and right before a quotation, and the adjacent sentences'. */
function regions(ctx: Context, q: Quotation) {
  const { sentences } = ctx;
  const idx = sentenceAt(sentences, q.start);
  const s = sentences[idx]!;
  const sentenceEnd = Math.max(s.end, q.end);
  const sameAfter = { from: q.end, to: ctx.cutAtNextQuotation(q.end, sentenceEnd) };
  const sameBefore = { from: ctx.cutAtPreviousQuotation(q.start, s.start), to: q.start };

  let nextAfter: { from: number; to: number } | null = null;
  const next = sentences[idx + 1];
  if (!hasWordBetween(ctx.text, q.end, sentenceEnd) && next && next.paragraph === s.paragraph) {
    nextAfter = { from: next.start, to: ctx.cutAtNextQuotation(next.start, next.end) };
  }
  let prevBefore: { from: number; to: number } | null = null;
  const prev = sentences[idx - 1];
  if (!hasWordBetween(ctx.text, s.start, q.start) && prev && prev.paragraph === s.paragraph) {
    prevBefore = { from: ctx.cutAtPreviousQuotation(prev.end, prev.start), to: q.start };
  }
  return { sameAfter, sameBefore, nextAfter, prevBefore };
}

/**
 * A quotation that an attribution follows ends with a comma (or ? ! … or a dash): `"…," X said`.
 * Without one (`"peace for all" was written on posters that Alloush …`), only a name right
 * after the quotation counts.
 */
function endsLikeAttributed(text: string, q: Quotation): boolean {
  return /[,!?\u2026\u2014\u2013-]$/u.test(q.text) || /^\s*[,\u2014\u2013]/u.test(text.slice(q.end));
}

interface Resolved {
  speakerId: string;
  how: AttributionHow;
  at: { start: number; end: number };
  /** Found after the quotation ("…," he said), so a continuation may share it. */
  fromAfter: boolean;
}

function resolve(ctx: Context, q: Quotation, found: Found | null, fromAfter: boolean): Resolved | null {
  if (!found) return null;
  const speakerId = found.how === 'named' ? found.speakerId : resolvePronoun(ctx, found.pronoun, q);
  return speakerId ? { speakerId, how: found.how, at: found.at, fromAfter } : null;
}

/**
 * `<blockquote>…<footer>— Mohammad Alloush</footer></blockquote>`: a quotation the page's
 * elements delimit, followed by a dash and a name (the DOM layer puts a footer's or cite's
 * text there behind a dash).
 */
function bylinePattern(ctx: Context, q: Quotation, to: number): Found | null {
  const dash = /^\s*[\u2014\u2013\u2015-]\s*/u.exec(ctx.text.slice(q.end, to));
  if (!dash) return null;
  const from = q.end + dash[0].length;
  const next = ctx.firstCandidateIn(from, to);
  return next && leadOk(ctx.text.slice(from, next.start), MAX_BYLINE_WORDS) ? named(next) : null;
}

function attributeOne(ctx: Context, q: Quotation, previous: { q: Quotation; r: Resolved } | null): Resolved | null {
  const r = regions(ctx, q);
  if (q.marks === 'element') {
    const byline = bylinePattern(ctx, q, r.sameAfter.to);
    if (byline) return resolve(ctx, q, byline, true);
  }
  // The first pattern found decides: a pronoun that resolves to no one leaves the quotation unattributed.
  const sameAfter = afterPattern(ctx, r.sameAfter.from, r.sameAfter.to, endsLikeAttributed(ctx.text, q) ? MAX_LEAD_WORDS : 0);
  if (sameAfter) return resolve(ctx, q, sameAfter, true);
  const sameBefore = beforePattern(ctx, r.sameBefore.from, r.sameBefore.to, MAX_TAIL_WORDS);
  if (sameBefore) return resolve(ctx, q, sameBefore, false);
  // "First part," he said. "Second part." — the second part has the first part's speaker.
  if (previous?.r.fromAfter) {
    const between = ctx.text.slice(previous.q.end, q.start);
    const { at } = previous.r;
    if (
      at.start >= previous.q.end &&
      at.end <= q.start &&
      countWords(between) <= MAX_LEAD_WORDS + 2 &&
      /[.,:;\u2014]\s*$/u.test(between)
    ) {
      return { ...previous.r, fromAfter: false };
    }
  }
  const nextAfter = r.nextAfter && afterPattern(ctx, r.nextAfter.from, r.nextAfter.to, MAX_LEAD_WORDS_NEXT);
  if (nextAfter) return resolve(ctx, q, nextAfter, true);
  const prevBefore = r.prevBefore && beforePattern(ctx, r.prevBefore.from, r.prevBefore.to, MAX_TAIL_WORDS_PREVIOUS);
  return prevBefore ? resolve(ctx, q, prevBefore, false) : null;
}

/**
 * The speaker of each quotation (same order as `quotations`, which must be those of `text`).
 * `matcher` finds the names in `text`; `entitiesById` gives their categories: only persons,
 * groups and organisations speak, and a name in the position of the one spoken to
 * ("told AFP", "told Russian TASS news agency") is never the speaker.
 */
export function attributeQuotations(
  text: string,
  quotations: readonly Quotation[],
  matcher: Pick<CompiledMatcher, 'find'>,
  entitiesById: EntityIndex,
): Attributed[] {
  const sorted = [...quotations].sort((a, b) => a.start - b.start);
  const ctx = new Context(text, sorted, matcher.find(text), entitiesById);
  const results = new Map<Quotation, Attributed>();
  let previous: { q: Quotation; r: Resolved } | null = null;
  for (const q of sorted) {
    const r = attributeOne(ctx, q, previous);
    results.set(
      q,
      r
        ? { ...q, speakerId: r.speakerId, how: r.how, speakerStart: r.at.start, speakerEnd: r.at.end }
        : { ...q, speakerId: null, how: null },
    );
    previous = r ? { q, r } : null;
  }
  return quotations.map((q) => results.get(q)!);
}
