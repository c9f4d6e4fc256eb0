/**
 * The page-side matcher. One small RegExp jumps to each unit where a name could start;
 * the first word there is folded and looked up, and only the forms that start with
 * that word are compared, symbol by symbol. Nothing is compiled per dataset on the
 * page: the cost of a page is its text, whatever the size of the dataset.
 */
import { followsGivenName } from './surname-guard';
import { Kind, MAX_SYMBOLS, UPPER, createReader, hashSymbols, isWordEnd, readKey, readMore, readStartsWith, symbolsOf, type SymbolReader } from './symbols';
import { ACRONYM, type CompiledMatcher, type FormRecord, type Match, type MatcherData, type MatchTarget, type Span, SURNAME_ONLY } from './types';

/** Left word boundary: not after a letter, mark or digit (U+02BC, "Assadʼs", is an apostrophe). */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}](?<!\\u02BC))';

export function matcherFromData(data: MatcherData): CompiledMatcher {
  const scanner = new RegExp(`${WORD_START}${data.firstUnits}`, 'gu');
  const reader = createReader();
  const keyLength = Math.min(data.longestKey, MAX_SYMBOLS);
  // An index outside the targets (data from another build) consumes its text like a namesake.
  const targetOf = (record: FormRecord): MatchTarget | null => data.targets[record[3]] ?? null;
  const byKey = formsByKeyHash(data.forms);

  const next = (text: string, from: number): Span | null => {
    scanner.lastIndex = from;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
      const start = m.index;
      const forms = byKey.get(readKey(text, start, keyLength, reader));
      if (!forms) {
        // No name starts with this word: the next candidate is after it.
        scanner.lastIndex = Math.max(scanner.lastIndex, reader.ends[reader.length - 1]!);
        continue;
      }
      readMore(text, forms[0]![0].length, reader);
      let guarded: boolean | null = null;
      for (const record of forms) {
        const [formSymbols, cases, flags] = record;
        if (!readStartsWith(reader, formSymbols)) continue;
        const end = reader.ends[formSymbols.length - 1]!;
        if (!isWordEnd(text, end) || !casesHold(cases, reader)) continue;
        if (flags & SURNAME_ONLY && (guarded ??= followsGivenName(text, start))) continue;
        return { start, end, target: targetOf(record) };
      }
      scanner.lastIndex = start + 1;
    }
    return null;
  };

  const resolveCache = new Map<string, MatchTarget | null>();
  const resolveUncached = (matchText: string): MatchTarget | null => {
    const { symbols, kinds } = symbolsOf(matchText);
    // Case only matters for acronyms ("ISIS" is the group, "Isis" is not); names resolve in any case.
    const caseReader: Pick<SymbolReader, 'kinds'> = { kinds: Uint8Array.from(kinds) };
    for (const record of byKey.get(readKey(symbols, 0, symbols.length, reader)) ?? []) {
      if (record[0] !== symbols) continue;
      if (record[2] & ACRONYM && !casesHold(record[1], caseReader)) continue;
      return targetOf(record);
    }
    return null;
  };

  const matcher: CompiledMatcher = {
    next,
    resolve(matchText) {
      let target = resolveCache.get(matchText);
      if (target === undefined) {
        if (resolveCache.size >= 10_000) resolveCache.clear();
        target = resolveUncached(matchText);
        resolveCache.set(matchText, target);
      }
      return target;
    },
    find(text) {
      const found: Match[] = [];
      for (let span = next(text, 0); span !== null; span = next(text, span.end)) {
        const target = span.target;
        if (!target) continue;
        const { entityId, category, alias } = target;
        found.push({ entityId, category, alias, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
      }
      return found;
    },
  };
  return Object.freeze(matcher);
}

/** Whether the symbols just read have the letter case a form asks for ('' asks for nothing). */
function casesHold(cases: string, reader: Pick<SymbolReader, 'kinds'>): boolean {
  for (let i = 0; i < cases.length; i++) {
    const rule = cases.charCodeAt(i);
    if (rule === 0x2e) continue; // "."
    const kind = reader.kinds[i]!;
    if ((kind & 7) !== Kind.Letter) return false;
    if (((kind & UPPER) !== 0) !== (rule === 0x55)) return false; // "U"
  }
  return true;
}

/**
 * Forms by the hash of their key, so that looking a page word up allocates no string. Keys
 * that share a hash share a list (every form is compared in full anyway), longest first.
 */
function formsByKeyHash(entries: MatcherData['forms']): Map<number, FormRecord[]> {
  const byHash = new Map<number, FormRecord[]>();
  for (const [key, forms] of entries) {
    const hash = hashSymbols(key);
    const shared = byHash.get(hash);
    byHash.set(hash, shared ? [...shared, ...forms].sort((a, b) => b[0].length - a[0].length) : forms);
  }
  return byHash;
}
