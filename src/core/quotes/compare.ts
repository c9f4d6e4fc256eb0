/**
 * Comparing a quotation's words with the recorded quotes: exact, part of one, close to one,
 * recorded for someone else, or not in our records. Never "false": a quote we have not
 * recorded may well be genuine.
 */
import type { Quote } from '../dataset/schema';
import { align } from './align';
import { type Token, pageTokens, recordedTokens, wordCount } from './tokens';
import type { MatchKind, QuoteVerdict, VerdictKind, WordDiff } from './types';
import { count } from './work';

/** A fragment must have at least this many words to count as part of a quote. */
export const MIN_PARTIAL_WORDS = 4;
/** A fragment with differences must have at least this many words to count as close. */
export const MIN_CLOSE_FRAGMENT_WORDS = 6;

interface Match {
  verdict: MatchKind;
  quote: Quote;
  cost: number;
  diff: WordDiff[];
}

const RANK: Record<VerdictKind, number> = { exact: 0, partial: 1, close: 2, misattributed: 3, unknown: 4 };

interface RecordedWords {
  tokens: Token[];
  keys: Set<string>;
  words: number;
  gaps: number;
}

/** Recorded quotes are compared with every quotation on every page: their words are read once. */
const recordedCache = new WeakMap<Quote, RecordedWords>();

function recordedWordsOf(quote: Quote): RecordedWords {
  let recorded = recordedCache.get(quote);
  if (!recorded) {
    const tokens = recordedTokens(quote.text, quote.gapsAfter);
    const words = wordCount(tokens);
    recorded = { tokens, keys: new Set(tokens.filter((t) => !t.gap).map((t) => t.key)), words, gaps: tokens.length - words };
    recordedCache.set(quote, recorded);
  }
  return recorded;
}

/**
 * A cheap necessary condition for any verdict, so that most pairs skip the alignments: each
 * verdict needs so many page words that are also in the quote (exact: all of the quote's
 * words; part: all page words but those that fill lost words; close: three and three fifths
 * of the quote's words, or five of a fragment's). Counting the page words found in the quote
 * bounds each of those from above.
 */
function mayMatch(page: readonly Token[], recorded: RecordedWords): boolean {
  const n = page.length;
  let needed = recorded.words;
  if (n >= MIN_PARTIAL_WORDS) needed = Math.min(needed, n - recorded.gaps);
  needed = Math.min(needed, Math.max(3, Math.ceil(recorded.words * 0.6)));
  if (n >= MIN_CLOSE_FRAGMENT_WORDS) needed = Math.min(needed, MIN_CLOSE_FRAGMENT_WORDS - 1);
  if (needed <= 0) return true;
  count(n);
  let shared = 0;
  for (const token of page) if (recorded.keys.has(token.key) && ++shared >= needed) return true;
  return false;
}

/**
 * Whether page words this many more than the recorded ones can still be close: every extra
 * word costs one, and a close match allows a fifth of the words (at least two) to differ. A
 * 700-word quotation is never aligned with a 30-word quote.
 */
function tooLong(pageWords: number, recorded: RecordedWords): boolean {
  const room = recorded.words + recorded.gaps;
  return pageWords - room > Math.max(2, Math.floor(room * 0.2), Math.floor(pageWords * 0.2));
}

/** Whether a diff shows a difference: a word added or removed (a word filling a lost word is none). */
function showsDifference(diff: readonly WordDiff[]): boolean {
  return diff.some((d) => d.op !== 'same');
}

/** How the page words match one recorded quote, if they do. */
function matchQuote(page: readonly Token[], quote: Quote): Match | null {
  const recordedWords = recordedWordsOf(quote);
  const recorded = recordedWords.tokens;
  const pageWords = page.length;
  if (pageWords === 0 || recordedWords.words === 0 || tooLong(pageWords, recordedWords) || !mayMatch(page, recordedWords)) return null;
  count(2 * (pageWords + 1) * (recorded.length + 1));

  let found: Omit<Match, 'quote'> | null = null;
  const whole = align(page, recorded, 'whole');
  if (whole.cost === 0) {
    found = { verdict: 'exact', cost: 0, diff: whole.diff };
  } else {
    const part = align(page, recorded, 'fragment');
    if (part.cost === 0 && pageWords >= MIN_PARTIAL_WORDS) {
      found = { verdict: 'partial', cost: 0, diff: part.diff };
    } else if (
      whole.cost <= Math.max(2, Math.floor(recordedWords.words * 0.2)) &&
      whole.same >= Math.max(3, Math.ceil(recordedWords.words * 0.6))
    ) {
      found = { verdict: 'close', cost: whole.cost, diff: whole.diff };
    } else if (
      pageWords >= MIN_CLOSE_FRAGMENT_WORDS &&
      part.cost <= Math.max(1, Math.floor(pageWords * 0.2)) &&
      part.same >= MIN_CLOSE_FRAGMENT_WORDS - 1
    ) {
      found = { verdict: 'close', cost: part.cost, diff: part.diff };
    }
  }
  if (!found) return null;
  // A fragment of a reported quote (the source's paraphrase) must be more than a few words to
  // say anything. A paraphrase quoted word for word stays exact or partial: "close, with
  // differences" with no difference to show would say what is not there; the card tells that
  // the recorded words are a paraphrase.
  if (quote.kind === 'reported' && found.verdict === 'partial' && pageWords < MIN_CLOSE_FRAGMENT_WORDS) return null;
  if (found.verdict === 'close' && !showsDifference(found.diff)) return null;
  return { ...found, quote };
}

function better(a: Match, b: Match | null): boolean {
  if (!b) return true;
  if (RANK[a.verdict] !== RANK[b.verdict]) return RANK[a.verdict] < RANK[b.verdict];
  return a.cost < b.cost;
}

function bestMatch(page: readonly Token[], quotes: readonly Quote[], skip?: string): Match | null {
  let best: Match | null = null;
  for (const quote of quotes) {
    if (quote.speakerId === skip) continue;
    const m = matchQuote(page, quote);
    if (m && better(m, best)) best = m;
  }
  return best;
}

const bySpeaker = new WeakMap<readonly Quote[], { of: Map<string, Quote[]>; spoken: Quote[] }>();

/**
 * The recorded quotes by speaker, grouped once per list: every quotation on a page is
 * compared with them. Quotes recorded only as reported by someone outside the dataset
 * (`reportedBy`) have no speaker to compare with, nor to say the words belong to.
 */
function quotesBySpeaker(quotes: readonly Quote[]): { of: Map<string, Quote[]>; spoken: Quote[] } {
  let grouped = bySpeaker.get(quotes);
  if (!grouped) {
    const of = new Map<string, Quote[]>();
    const spoken: Quote[] = [];
    for (const quote of quotes) {
      if (quote.speakerId === undefined) continue;
      spoken.push(quote);
      const list = of.get(quote.speakerId);
      if (list) list.push(quote);
      else of.set(quote.speakerId, [quote]);
    }
    grouped = { of, spoken };
    bySpeaker.set(quotes, grouped);
  }
  return grouped;
}

/**
 * Compares a quotation's words with the recorded quotes of `speakerId`, and with everyone
 * else's. When nothing of the speaker's matches but the words are recorded for a different
 * speaker, the verdict is 'misattributed'; when they match someone else's better than this
 * speaker's, `otherSpeaker` says so too.
 */
export function compareQuotation(words: string, speakerId: string, quotes: readonly Quote[]): QuoteVerdict {
  const page = pageTokens(words);
  count(words.length);
  // A page (a live blog, a transcript) repeats its quotations: the same words get the same verdict.
  const cache = verdictCacheOf(quotes);
  const key = `${speakerId}\u0000${page.map((t) => t.key).join(' ')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const verdict = compareTokens(page, speakerId, quotes);
  if (cache.size >= VERDICT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, verdict);
  return verdict;
}

/** Verdicts remembered per list of recorded quotes, the oldest forgotten first. */
const VERDICT_CACHE_SIZE = 256;
const verdictCaches = new WeakMap<readonly Quote[], Map<string, QuoteVerdict>>();

function verdictCacheOf(quotes: readonly Quote[]): Map<string, QuoteVerdict> {
  let cache = verdictCaches.get(quotes);
  if (!cache) {
    cache = new Map();
    verdictCaches.set(quotes, cache);
  }
  return cache;
}

function compareTokens(page: readonly Token[], speakerId: string, quotes: readonly Quote[]): QuoteVerdict {
  const grouped = quotesBySpeaker(quotes);
  const own = bestMatch(page, grouped.of.get(speakerId) ?? []);
  const other = bestMatch(page, grouped.spoken, speakerId);

  if (!own) {
    if (!other) return { verdict: 'unknown' };
    return {
      verdict: 'misattributed',
      otherSpeaker: other.quote,
      otherVerdict: other.verdict,
      ...(other.verdict === 'close' && { otherDiff: other.diff }),
    };
  }
  const verdict: QuoteVerdict = { verdict: own.verdict, quote: own.quote, ...(own.verdict === 'close' && { diff: own.diff }) };
  if (other && RANK[other.verdict] < RANK[verdict.verdict]) {
    verdict.otherSpeaker = other.quote;
    verdict.otherVerdict = other.verdict;
    if (other.verdict === 'close') verdict.otherDiff = other.diff;
  }
  return verdict;
}
