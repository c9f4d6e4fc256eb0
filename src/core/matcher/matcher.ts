/**
 * The page-side matcher. One small RegExp jumps to each unit where a name could start;
 * the first word there is folded and looked up, and only the forms that start with
 * that word are compared, symbol by symbol. Nothing is compiled per dataset on the
 * page: the cost of a page is its text, whatever the size of the dataset.
 *
 * A word is looked up as it stands, then (when the data has declined or suffixed first
 * words) without its last one to five symbols, which an ending slot of the form may take
 * back, then (for Arabic script) without the proclitics written onto it.
 */
import { ALEF, LAM, procliticLengths } from './arabic';
import { germanAround, groupContextAround, isCapsNeighbour } from './context';
import { MAX_ENDING, Slot, endingsOf, slotCount, slotOf } from './inflection';
import { followsGivenName, precedesSurname } from './surname-guard';
import { MAX_SYMBOLS, createReader, hashRead, hashSymbols, isWordEnd, readKey, readMore } from './symbols';
import { HYPHEN, KIND_MASK, UPPER, UnitKind, isWordCharAt } from '../text/units';
import { ACRONYM, CONTEXT, type CompiledMatcher, type FormRecord, type Match, type MatcherData, type MatchTarget, type Span, SURNAME_ONLY } from './types';

/** Left word boundary: not after a letter, mark or digit (U+02BC, "Assadʼs", is an apostrophe). */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}](?<!\\u02BC))';

// Module-local copies for the inner loops (see ./symbols.ts).
const LETTER = UnitKind.Letter;
const NUMBER = UnitKind.Number;
const SEPARATOR = UnitKind.Separator;
const MASK = KIND_MASK;
const UPPER_FLAG = UPPER;
const HYPHEN_FLAG = HYPHEN;
const slotAt = slotOf;
const endingsFor = endingsOf;
const readOn = readMore;
const wordEndsAt = isWordEnd;

/** The stem filter: 2^15 bits, one per hash of a stem key (collisions only cost a map lookup). */
const STEM_BITS_MASK = (1 << 12) - 1;

/** Symbols read at a time past what has been read, when a form compares further. */
const READ_AHEAD = 16;

/** What a page word may carry around a name's first word: an ending, or two proclitics and an alef. */
const MAX_AFFIX = MAX_ENDING + 3;

interface FormList {
  forms: FormRecord[];
  /**
   * Some form of the list has a slot: a shorter form with an ending may then read further than
   * a longer one, so every form is tried. Without slots the first that fits reads furthest.
   */
  slotted: boolean;
}

/** The best fit so far at one start. */
interface Fit {
  end: number;
  record: FormRecord | null;
}

export function matcherFromData(data: MatcherData): CompiledMatcher {
  const scanner = new RegExp(`${WORD_START}${data.firstUnits}`, 'gu');
  const reader = createReader();
  const keyLength = Math.min(data.longestKey + MAX_AFFIX, MAX_SYMBOLS);
  // An index outside the targets (data from another build) consumes its text like a namesake.
  const targetOf = (record: FormRecord): MatchTarget | null => data.targets[record[3]] ?? null;
  const { byKey, byStem, stemEndings } = formsByKeyHash(data.forms);
  const stemBits = new Uint8Array(STEM_BITS_MASK + 1);
  for (const hash of byStem.keys()) stemBits[(hash >>> 3) & STEM_BITS_MASK]! |= 1 << (hash & 7);
  const proclitics: number[] = [];
  /** The ending each slot took in the last successful fit, by form index. */
  const endingAt: string[] = [];

  let text = '';
  let start = 0;
  let guards = true;
  /** Where the word at the last `matchAt` ends (past its first unit when it is not a word). */
  let wordEnd = 0;
  const best: Fit = { end: -1, record: null };

  /** Whether the symbols read from `pi` on are `ending`. */
  const readHas = (pi: number, ending: string): boolean => {
    if (pi + ending.length > reader.length) readOn(text, pi + ending.length + READ_AHEAD, reader);
    if (pi + ending.length > reader.length) return false;
    for (let k = 0; k < ending.length; k++) {
      if (reader.codes[pi + k] !== ending.charCodeAt(k) || (reader.kinds[pi + k]! & MASK) !== LETTER) return false;
    }
    return true;
  };

  /**
   * Compares a form from its symbol `fi` with the text's symbols from `pi`; returns how many
   * text symbols the form takes (it must end where a word ends), or -1. Slots try their
   * endings longest first, then nothing.
   */
  const fit = (symbols: string, cases: string, fi: number, pi: number): number => {
    for (; fi < symbols.length; fi++, pi++) {
      const code = symbols.charCodeAt(fi);
      const slot = slotAt(code);
      if (slot) {
        for (const ending of endingsFor(slot)) {
          if (!readHas(pi, ending)) continue;
          const end = fit(symbols, cases, fi + 1, pi + ending.length);
          if (end >= 0 && (slot !== Slot.Genitive || genitiveHolds(end))) {
            endingAt[fi] = ending;
            return end;
          }
        }
        endingAt[fi] = '';
        pi--;
        continue;
      }
      // The text is read only as far as some form compares it.
      if (pi >= reader.length) readOn(text, pi + READ_AHEAD, reader);
      if (pi >= reader.length || reader.codes[pi] !== code) return -1;
      if (cases !== '' && !caseHolds(cases.charCodeAt(fi), reader.kinds[pi]!)) return -1;
    }
    return pi > 0 && wordEndsAt(text, reader.ends[pi - 1]!) ? pi : -1;
  };

  /** A German genitive "s" ("Assads"): in German text, and not the English plural possessive ("Assads'"). */
  const genitiveHolds = (end: number): boolean => {
    const after = reader.ends[end - 1]!;
    if (/['\u2019\u02BC]/.test(text[after] ?? '')) return false;
    return germanAround(text, start);
  };

  /** Tries the forms of one list, read from text symbol `pi` and form symbol `fi`, and keeps the best. */
  const tryList = (list: FormList | undefined, fi: number, pi: number): void => {
    if (!list) return;
    for (const record of list.forms) {
      const [symbols, cases, flags] = record;
      // Resolving a text compares names in any case; an acronym's case is always part of it.
      const took = fit(symbols, guards || flags & ACRONYM ? cases : '', fi, pi);
      if (took < 0) continue;
      const end = reader.ends[took - 1]!;
      if (end <= best.end) continue;
      if (guards && !guardsHold(record, flags, took, end)) continue;
      best.end = end;
      best.record = record;
      if (!list.slotted) return;
    }
  };

  const guardsHold = (record: FormRecord, flags: number, took: number, end: number): boolean => {
    const symbols = record[0];
    if (flags & ACRONYM && took === 2 && reader.codes[0]! < 0x250 && isCapsNeighbour(text, start, end)) return false;
    if (flags & CONTEXT && !groupContextAround(text, start, end)) return false;
    if (flags & SURNAME_ONLY) {
      const last = lastSlot(symbols);
      const ending = last >= 0 ? (endingAt[last] ?? '') : '';
      const slot = last >= 0 ? slotAt(symbols.charCodeAt(last)) : 0;
      // A genitive follows the noun it depends on ("Rücktritt Assads"), never a given name.
      if (ending !== '' && (slot === Slot.Genitive || slot === Slot.GermanNoun)) return true;
      const agree = ending !== '' && slot === Slot.Russian ? reader.codes[took - 1]! : -1;
      if (followsGivenName(text, start, agree)) return false;
      if (precedesSurname(text, start, end)) return false;
    }
    return true;
  };

  /** The best form at `at`, or none: `best.end` stays -1. */
  const matchAt = (at: number): void => {
    best.end = -1;
    best.record = null;
    start = at;
    const hash = readKey(text, at, keyLength, reader);
    const length = reader.length;
    const isWord = length > 0 && (reader.kinds[0]! & MASK) === LETTER;
    wordEnd = isWord || (length > 0 && (reader.kinds[0]! & MASK) === NUMBER) ? reader.ends[length - 1]! : at + 1;
    tryList(byKey.get(hash), 0, 0);
    if (length < 3 || !isWord) return;
    // The word may be a stem and an ending: "Асадом", "Russlands", "görüşmelerinde". Only the
    // endings that some stem in the data takes are cut; the slot then takes them back. A word
    // longer than what was read is no key at all.
    const endings = stemEndings.get(reader.codes[length - 1]!);
    const arabic = reader.codes[0]! >= 0x600 && reader.codes[0]! <= 0x6ff;
    if ((!endings && !arabic) || isWordCharAt(text, wordEnd)) return;
    if (endings) {
      for (const ending of endings) {
        const cut = ending.length;
        if (length - cut < 2) continue;
        const stemHash = reader.hashes[length - 1 - cut]!;
        // Most words are no stem: a bit per hash answers that before the map is asked.
        if ((stemBits[(stemHash >>> 3) & STEM_BITS_MASK]! & (1 << (stemHash & 7))) === 0) continue;
        if (readHas(length - cut, ending)) tryList(byStem.get(stemHash), 0, 0);
      }
    }
    // Or proclitics and a name: "والأسد", "بالأمم", and "للأمم" (ل + الأمم, whose alef is dropped).
    if (!arabic) return;
    procliticLengths(reader.codes, length, proclitics);
    for (const p of proclitics) {
      tryList(byKey.get(hashRead(reader, p, length)), 0, p);
      if (reader.codes[p - 1] === LAM && reader.codes[p] === LAM) tryList(byKey.get(hashRead(reader, p, length, ALEF)), 1, p);
    }
  };

  const next = (page: string, from: number): Span | null => {
    text = page;
    guards = true;
    scanner.lastIndex = from;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
      const at = m.index;
      matchAt(at);
      if (best.record) return { start: at, end: best.end, target: targetOf(best.record) };
      // No name starts in this word: the next candidate is after it.
      scanner.lastIndex = Math.max(scanner.lastIndex, wordEnd);
    }
    return null;
  };

  const resolveCache = new Map<string, MatchTarget | null>();
  const resolveUncached = (matchText: string): MatchTarget | null => {
    text = matchText.trim();
    if (text === '') return null;
    // Case only matters for acronyms ("ISIS" is the group, "Isis" is not); names resolve in any case.
    guards = false;
    matchAt(0);
    return best.record && best.end === text.length ? targetOf(best.record) : null;
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
    find(page) {
      const found: Match[] = [];
      for (let span = next(page, 0); span !== null; span = next(page, span.end)) {
        const target = span.target;
        if (!target) continue;
        found.push({ ...target, start: span.start, end: span.end, text: page.slice(span.start, span.end) });
      }
      return withSupport(found, page);
    },
  };
  return Object.freeze(matcher);
}

/** Whether one text symbol has the case a form's rule asks for: "." anything, "U" upper, "L" lower, "H" a hyphen. */
function caseHolds(rule: number, kind: number): boolean {
  if (rule === 0x2e) return true; // "."
  if (rule === 0x48) return (kind & MASK) === SEPARATOR && (kind & HYPHEN_FLAG) !== 0; // "H"
  if ((kind & MASK) !== LETTER) return false;
  return ((kind & UPPER_FLAG) !== 0) === (rule === 0x55); // "U"
}

/** The index of a form's last slot, or -1. */
function lastSlot(symbols: string): number {
  for (let i = symbols.length - 1; i >= 0; i--) if (slotAt(symbols.charCodeAt(i))) return i;
  return -1;
}

/**
 * Forms by the hash of their key, so that looking a page word up allocates no string. Keys
 * that share a hash share a list (every form is compared in full anyway), longest first.
 * Forms whose first word takes an ending are also filed under their stem, and the endings
 * those stems take are listed by their last symbol.
 */
function formsByKeyHash(entries: MatcherData['forms']): {
  byKey: Map<number, FormList>;
  byStem: Map<number, FormList>;
  stemEndings: Map<number, string[]>;
} {
  const byKey = new Map<number, FormList>();
  const byStem = new Map<number, FormList>();
  const slots = new Set<number>();
  const file = (map: Map<number, FormList>, hash: number, forms: FormRecord[]) => {
    const shared = map.get(hash);
    const all = shared ? [...shared.forms, ...forms].sort((a, b) => b[0].length - a[0].length) : forms;
    map.set(hash, { forms: all, slotted: all.some(([symbols]) => slotCount(symbols) > 0) });
  };
  for (const [key, forms] of entries) {
    const hash = hashSymbols(key);
    file(byKey, hash, forms);
    const stemmed = forms.filter((record) => {
      const slot = slotAt(record[0].charCodeAt(key.length));
      if (slot) slots.add(slot);
      return slot !== 0;
    });
    if (stemmed.length) file(byStem, hash, stemmed);
  }
  const stemEndings = new Map<number, string[]>();
  for (const slot of slots) {
    for (const ending of endingsFor(slot)) {
      const last = ending.charCodeAt(ending.length - 1);
      const list = stemEndings.get(last) ?? [];
      if (!list.includes(ending)) list.push(ending);
      stemEndings.set(last, list);
    }
  }
  return { byKey, byStem, stemEndings };
}

/**
 * Drops the matches of aliases that count only beside another name (`needsSupport`: "TBS",
 * "SDC") when nothing else of the dataset is named in their paragraph (the text between two
 * line breaks; a page's run of text is one block). "TV tonight: TBS shows reruns" is the US
 * channel; "Assad told Japanese TBS TV" is the dataset's.
 */
export function withSupport<T extends { start: number; end: number; needsSupport?: true }>(matches: T[], text: string): T[] {
  if (!matches.some((match) => match.needsSupport)) return matches;
  // Matches come in text order: one pass numbers their paragraphs.
  const paragraphs: number[] = [];
  let paragraph = 0;
  let nextBreak = text.indexOf('\n');
  for (const match of matches) {
    while (nextBreak !== -1 && nextBreak < match.start) {
      paragraph++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    paragraphs.push(paragraph);
  }
  const supported = new Set<number>();
  matches.forEach((match, i) => !match.needsSupport && supported.add(paragraphs[i]!));
  return matches.filter((match, i) => !match.needsSupport || supported.has(paragraphs[i]!));
}
