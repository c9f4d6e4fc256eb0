/**
 * Comparing a quotation's words with the recorded quotes: exact, part of one, close to one,
 * or not in our records. Never "false": a quote we have not recorded may well be genuine.
 */
import type { Quote } from '../dataset/schema';
import { align } from './align';
import { type Token, pageTokens, recordedTokens, wordCount } from './tokens';
import type { QuoteVerdict, VerdictKind, WordDiff } from './types';

/** A fragment must have at least this many words to count as part of a quote. */
export const MIN_PARTIAL_WORDS = 4;
/** A fragment with differences must have at least this many words to count as close. */
export const MIN_CLOSE_FRAGMENT_WORDS = 6;

type Found = Exclude<VerdictKind, 'unknown'>;

interface Match {
  verdict: Found;
  quote: Quote;
  cost: number;
  diff: WordDiff[];
}

const RANK: Record<VerdictKind, number> = { exact: 0, partial: 1, close: 2, unknown: 3 };

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
    const tokens = recordedTokens(quote.text);
    const words = wordCount(tokens);
    recorded = { tokens, keys: new Set(tokens.filter((t) => !t.gap).map((t) => t.key)), words, gaps: tokens.length - words };
    recordedCache.set(quote, recorded);
  }
  return recorded;
}

/**
 * A cheap necessary condition for any verdict, so that most pairs skip the alignments:
 * every verdict needs page words that are also in the quote (an exact match all of the
 * quote's words, a part all its own words but those that fill lost words, a close match
 * at least three).
 */
function mayMatch(page: readonly Token[], recorded: RecordedWords): boolean {
  const needed = Math.min(3, recorded.words, page.length - recorded.gaps);
  if (needed <= 0) return true;
  let shared = 0;
  for (const token of page) if (recorded.keys.has(token.key) && ++shared >= needed) return true;
  return false;
}

/** How the page words match one recorded quote, if they do. */
function matchQuote(page: readonly Token[], quote: Quote): Match | null {
  const recordedWords = recordedWordsOf(quote);
  const recorded = recordedWords.tokens;
  const pageWords = page.length;
  if (pageWords === 0 || recordedWords.words === 0 || !mayMatch(page, recordedWords)) return null;

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
  // A reported quote is the source's paraphrase: it can only be close, and only for more than a few words.
  if (quote.kind === 'reported' && found.verdict !== 'close') {
    if (found.verdict === 'partial' && pageWords < MIN_CLOSE_FRAGMENT_WORDS) return null;
    found = { ...found, verdict: 'close' };
  }
  return { ...found, quote };
}

function better(a: Match, b: Match | null): boolean {
  if (!b) return true;
  if (RANK[a.verdict] !== RANK[b.verdict]) return RANK[a.verdict] < RANK[b.verdict];
  return a.cost < b.cost;
}

function bestMatch(page: readonly Token[], quotes: readonly Quote[]): Match | null {
  let best: Match | null = null;
  for (const quote of quotes) {
    const m = matchQuote(page, quote);
    if (m && better(m, best)) best = m;
  }
  return best;
}

/**
 * Compares a quotation's words with the recorded quotes of `speakerId`, and with everyone
 * else's: when the words are recorded for a different speaker (better than for this one),
 * `otherSpeaker` is that quote.
 */
export function compareQuotation(words: string, speakerId: string, quotes: readonly Quote[]): QuoteVerdict {
  const page = pageTokens(words);
  const own = bestMatch(
    page,
    quotes.filter((q) => q.speakerId === speakerId),
  );
  const other = bestMatch(
    page,
    quotes.filter((q) => q.speakerId !== speakerId),
  );

  const verdict: QuoteVerdict = own
    ? { verdict: own.verdict, quote: own.quote, ...(own.verdict === 'close' && { diff: own.diff }) }
    : { verdict: 'unknown' };
  if (other && RANK[other.verdict] < RANK[verdict.verdict]) {
    verdict.otherSpeaker = other.quote;
    verdict.otherVerdict = other.verdict;
    if (other.verdict === 'close') verdict.otherDiff = other.diff;
  }
  return verdict;
}
