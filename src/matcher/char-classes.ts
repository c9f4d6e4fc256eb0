/**
 * Regex building blocks shared by every alias: character classes for letters with
 * their diacritic variants, separators, apostrophes, noise and word boundaries.
 * Everything here is computed once per module load.
 */
import { INVISIBLE_CHARS, stripDiacritics } from '../text/fold';

/** Letters, marks and digits: what a word is made of (JavaScript's `\b` only knows ASCII). */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** U+02BC MODIFIER LETTER APOSTROPHE is a letter to Unicode but an apostrophe in "Assadʼs". */
const MODIFIER_APOSTROPHE = '\\u02BC';
/** Left word boundary. */
export const WORD_START = `(?<!${WORD_CHAR}(?<!${MODIFIER_APOSTROPHE}))`;
/** Right word boundary. */
export const WORD_END = `(?!(?!${MODIFIER_APOSTROPHE})${WORD_CHAR})`;
/**
 * Follows every letter: combining diacritics (decomposed text such as "S\u0327") and the
 * invisible characters pages put inside words. Only the Combining Diacritical Marks block
 * (U+0300–U+036F, everything NFD produces for Latin letters): a BMP range is several times
 * faster than `\p{M}` in a 'u' RegExp, and this fragment follows every letter of the trie.
 * Marks and invisible characters are written raw to keep the source short.
 */
export const COMBINING_MARKS = '\u0300-\u036F';
export const LETTER_TAIL = `[\u0300-\u036F${INVISIBLE_CHARS}]*`;
/**
 * Stands where LETTER_TAIL goes while the pattern is built. Most page text has no
 * such noise, and the tail after every letter is most of the pattern's size (and
 * of V8's time to compile it), so the matcher keeps two versions: without tails for
 * clean text, with them for text that has combining marks or invisible characters.
 */
export const LETTER_TAIL_SLOT = '\uE000';
/** Text that needs the pattern with letter tails. */
export const NOISY_TEXT = new RegExp(`[\u0300-\u036F${INVISIBLE_CHARS}]`);
/** Space(s) or hyphen(s) between the words of a name; the same set `foldKey` turns into one space. */
export const SEPARATOR = `[\\s\\-\\u2010-\\u2013_${INVISIBLE_CHARS}]+`;
/** Straight and curly apostrophes (the set `foldKey` turns into "'"). */
export const APOSTROPHE = "['\\u2018\\u2019\\u02BC`\\u00B4]";
export const APOSTROPHE_CHARS = "'\u2018\u2019\u02BC`\u00B4";
/** What may stand between the letters of a dotted acronym: "U.N", "U. N.". */
export const ACRONYM_DOT = '\\.\\s?';

export const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);
export const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Escapes a literal for use outside a character class in a 'u' RegExp. */
export function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Code point ranges scanned for precomposed letters: Latin-1 Supplement and Latin
 * Extended-A (the letters of Turkish, Kurdish in Latin script, and the European
 * languages news transliterations use), plus the comma-below S and T. Latin
 * Extended-B and Extended Additional (mostly Vietnamese) would triple every letter
 * class, and V8's cost to compile the pattern on a page grows with its size.
 */
const LATIN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x00c0, 0x00ff],
  [0x0100, 0x017f],
  [0x0218, 0x021b],
];

/** Base letter (case kept) -> the precomposed letters that fold to it, e.g. "S" -> ["Ś", "Ŝ", "Ş", "Š", ...]. */
const VARIANTS: ReadonlyMap<string, readonly string[]> = (() => {
  const table = new Map<string, string[]>();
  for (const [from, to] of LATIN_BLOCKS) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!isLetter(ch)) continue;
      const base = stripDiacritics(ch);
      if (base === ch || base.length !== 1 || !isLetter(base)) continue;
      let list = table.get(base);
      if (!list) table.set(base, (list = []));
      list.push(ch);
    }
  }
  return table;
})();

/** The letters that fold to `base` exactly (same case), `base` included. */
export function variantsOf(base: string): string[] {
  return [base, ...(VARIANTS.get(base) ?? [])];
}

/** How a letter of an alias may be written in the text. */
export type CaseMode = 'any' | 'exact';

/** The set of characters (as code points) a folded alias letter may appear as. */
export function letterCodePoints(base: string, mode: CaseMode): number[] {
  const forms = new Set<string>([base]);
  if (mode === 'any') {
    const lower = base.toLowerCase();
    const upper = base.toUpperCase();
    if ([...lower].length === 1) forms.add(lower);
    if ([...upper].length === 1) forms.add(upper);
  }
  const cps = new Set<number>();
  for (const form of forms) for (const ch of variantsOf(form)) cps.add(ch.codePointAt(0)!);
  return [...cps].sort((a, b) => a - b);
}

function classChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return /[\\\][^-]/.test(ch) ? `\\${ch}` : ch;
}

/** A character class for a set of code points, with runs of three or more written as ranges. */
export function classFromCodePoints(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  if (sorted.length === 1) {
    return escapeLiteral(String.fromCodePoint(sorted[0]!));
  }
  let out = '';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const from = sorted[i]!;
    const to = sorted[j]!;
    if (j - i >= 2) out += `${classChar(from)}-${classChar(to)}`;
    else for (let k = i; k <= j; k++) out += classChar(sorted[k]!);
    i = j + 1;
  }
  return `[${out}]`;
}

const letterClassCache = new Map<string, string>();
/** The class for one folded alias letter, e.g. ("s", "any") -> "[Ssś-šȘș...]". Cached: classes repeat a lot. */
export function letterClass(base: string, mode: CaseMode): string {
  const key = `${mode}:${base}`;
  let cls = letterClassCache.get(key);
  if (cls === undefined) {
    cls = classFromCodePoints(letterCodePoints(base, mode));
    letterClassCache.set(key, cls);
  }
  return cls;
}
