/**
 * How names change in the languages the aliases are written in, as lists of known endings
 * rather than a stemmer. At build time a form's words get "ending slots" (one private-use
 * symbol after the word's stem); on the page a slot takes nothing or one of its class's
 * endings, and the word must end right after it. The lists are short and closed: they hold
 * the case endings that names take, not a grammar.
 *
 * - Russian (any Cyrillic word of three letters or more): noun and adjective case endings.
 *   The alias's own ending is cut first, so "Сирия" is "Сири" + slot and reads "Сирии",
 *   "Сирию"; "Башар Асад" reads "Башара Асада"; "Исламское государство" reads
 *   "Исламским государством".
 * - Turkish (the lower-case last word of a Turkish alias, a common noun that heads the name):
 *   the case suffixes glued to it, "Astana görüşmeleri" -> "Astana görüşmelerinde". Proper
 *   nouns take theirs after an apostrophe ("Esad'ın"), where a word ends anyway.
 * - German (a German alias): -s, -es, -n, -en on nouns ("Russlands", "Astana-Gesprächen"),
 *   -e, -en, -er, -es, -em on adjectives in -isch ("Islamischen Armee").
 * - The German genitive -s on any other Latin name ("Assads", "Aleppos"), but only where the
 *   text around is German and no apostrophe follows (English "the Assads'" is the family).
 *
 * The lists themselves are in src/core/text/endings.ts, which the probe reads too.
 */
import {
  GENITIVE_ENDINGS,
  GERMAN_ADJECTIVE_ENDINGS,
  GERMAN_NOUN_ENDINGS,
  RUSSIAN_ENDINGS,
  TURKISH_SUFFIXES,
  longestFirst,
} from '../text/endings';

/** The first private-use code point; slot symbols are SLOT_BASE + their class. */
const SLOT_BASE = 0xe000;

export const enum Slot {
  Russian = 1,
  Turkish = 2,
  GermanNoun = 3,
  GermanAdjective = 4,
  Genitive = 5,
}

/** Per slot class, its endings longest first (the empty ending is always allowed). */
const ENDINGS: readonly (readonly string[])[] = [
  [],
  RUSSIAN_ENDINGS,
  TURKISH_SUFFIXES,
  GERMAN_NOUN_ENDINGS,
  GERMAN_ADJECTIVE_ENDINGS,
  GENITIVE_ENDINGS,
].map(longestFirst);

/** The longest ending of any class, in symbols. */
export const MAX_ENDING = 5;

function slotCode(slot: Slot): number {
  return SLOT_BASE + slot;
}

/** The slot class of a symbol code, or 0 when it is not a slot. */
export function slotOf(code: number): number {
  return code > SLOT_BASE && code < SLOT_BASE + ENDINGS.length ? code - SLOT_BASE : 0;
}

export function endingsOf(slot: number): readonly string[] {
  return ENDINGS[slot] ?? [];
}

/** How many slots a form's symbols hold. */
export function slotCount(symbols: string): number {
  let n = 0;
  for (let i = 0; i < symbols.length; i++) if (slotOf(symbols.charCodeAt(i))) n++;
  return n;
}

const CYRILLIC = /^[\u0400-\u04ff]+$/;
const LATIN = /^[a-z\u00df-\u024f]+$/;
const GERMAN_ADJECTIVE_RE = /isch(?:e|en|er|es|em)?$/;

interface InflectionInput {
  /** The form's symbols (see ./symbols.ts). */
  symbols: string;
  /** Its case rule, one character per symbol ('' when any case goes). */
  cases: string;
  /** Whether each symbol is an upper-case letter in the alias. */
  upper: boolean[];
  /** The alias's language ("ru", "tr", "de"…), when it has one. */
  lang: string | undefined;
  /** A declared namesake: consumed only, so its inflection may be generous. */
  namesake: boolean;
}

/**
 * Adds ending slots to one written form, and returns its symbols and case rule (with '.' for
 * each slot). Acronyms are not given to this function: they do not inflect in writing.
 */
export function inflect({ symbols, cases, upper, lang, namesake }: InflectionInput): { symbols: string; cases: string } {
  const words: { from: number; to: number }[] = [];
  for (let i = 0; i < symbols.length; ) {
    if (!isLetterSymbol(symbols, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < symbols.length && isLetterSymbol(symbols, j)) j++;
    words.push({ from: i, to: j });
    i = j;
  }
  if (words.length === 0) return { symbols, cases };
  const rule = cases || '.'.repeat(symbols.length);
  let outSymbols = '';
  let outCases = '';
  let pos = 0;
  words.forEach(({ from, to }, index) => {
    const word = symbols.slice(from, to);
    const last = index === words.length - 1 && to === symbols.length;
    const capital = upper[from] === true;
    const plan = slotFor(word, { last, capital, lang, namesake, single: words.length === 1 });
    outSymbols += symbols.slice(pos, from + plan.stem);
    outCases += rule.slice(pos, from + plan.stem);
    if (plan.slot) {
      outSymbols += String.fromCharCode(slotCode(plan.slot));
      outCases += '.';
    }
    pos = to;
  });
  outSymbols += symbols.slice(pos);
  outCases += rule.slice(pos);
  return { symbols: outSymbols, cases: /^\.*$/.test(outCases) ? '' : outCases };
}

function isLetterSymbol(symbols: string, i: number): boolean {
  const ch = symbols[i]!;
  return ch !== ' ' && ch !== "'" && /\p{L}/u.test(ch);
}

interface WordPlace {
  last: boolean;
  /** The form is this one word. */
  single: boolean;
  capital: boolean;
  lang: string | undefined;
  namesake: boolean;
}

/** Where a word's stem ends (its length when nothing is cut) and which slot follows it. */
function slotFor(word: string, { last, single, capital, lang, namesake }: WordPlace): { stem: number; slot: Slot | 0 } {
  if (CYRILLIC.test(word)) {
    if (word.length < 3) return { stem: word.length, slot: 0 };
    for (const ending of ENDINGS[Slot.Russian]!) {
      if (word.length - ending.length >= 3 && word.endsWith(ending)) return { stem: word.length - ending.length, slot: Slot.Russian };
    }
    return { stem: word.length, slot: Slot.Russian };
  }
  if (!LATIN.test(word)) return { stem: word.length, slot: 0 };
  if (lang === 'de') {
    const adjective = GERMAN_ADJECTIVE_RE.exec(word);
    if (adjective && !last) return { stem: adjective.index + 4, slot: Slot.GermanAdjective };
    return { stem: word.length, slot: last ? Slot.GermanNoun : 0 };
  }
  // The head noun of a Turkish name ("Astana görüşmeleri"); a lower-case word alone is no name.
  if (last && !single && !capital && (lang === 'tr' || namesake)) return { stem: word.length, slot: Slot.Turkish };
  if (last && capital && !/[sxz]$/.test(word)) return { stem: word.length, slot: Slot.Genitive };
  return { stem: word.length, slot: 0 };
}
