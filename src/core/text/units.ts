/**
 * The one definition, for the whole extension, of what each UTF-16 unit of text is (letter,
 * digit, mark, separator, apostrophe, ignorable, other) and what it folds to when names and
 * words are compared. The matcher reads page text unit by unit through this table; the string
 * folds (./fold.ts), the probe, search and quote comparison are built on it, so that "Şimşek"
 * and "SIMSEK", "أستانا" and "استانا", "Ёлка" and "елка", "Straße" and "Strasse" compare equal
 * everywhere, and never in one place only.
 *
 * Folding one unit never changes where anything is in the text: a unit folds to a string of
 * zero (ignored), one or two (ß -> "ss") units, read in place of it.
 */

export const enum UnitKind {
  /** Not classified yet (the table starts empty). */
  Unknown = 0,
  Letter = 1,
  Number = 2,
  /** A combining mark (accents written apart, Arabic harakat): part of the letter before it. */
  Mark = 3,
  /** Soft hyphen, zero-width characters, BOM, Arabic tatweel: ignored inside words. */
  Ignored = 4,
  /** Spaces of every kind, line breaks, hyphens and the dashes used as hyphens, underscore. */
  Separator = 5,
  Apostrophe = 6,
  Other = 7,
}
/** Set on a Letter when the letter is upper-case. */
export const UPPER = 8;
/** Set on a Separator that is a hyphen or dash (not a space). */
export const HYPHEN = 16;
/** The kind without its flags. */
export const KIND_MASK = 7;

/**
 * Units ignored inside words, as the body of a RegExp character class: soft hyphen, zero-width
 * space and joiners, word joiner, BOM, Arabic tatweel (the stretching stroke in "أستـانا").
 * Written as escapes: a literal zero-width joiner inside a class would read as a joined sequence.
 */
export const IGNORED_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u0640';
/** Straight and curly apostrophes, and the marks typed for them; all compare as "'". */
export const APOSTROPHE_CHARS = "'\u2018\u2019\u02BC\u0060\u00B4";
/** Hyphens and the dashes pages put between the parts of a name. */
const HYPHEN_CHARS = '-\u2010\u2011\u2012\u2013';
/** What makes a word, as the body of a RegExp character class ('u' flag): letters, marks, digits. */
export const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';

const IGNORED_RE = new RegExp(`[${IGNORED_CHARS}]`);
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHE_CHARS}]`);
const HYPHEN_RE = new RegExp(`[${HYPHEN_CHARS}]`);
const SEPARATOR_RE = /[\s_]/;
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const NUMBER_RE = /\p{N}/u;
const MARKS_RE = /\p{M}/gu;
const WORD_CHAR_RE = new RegExp(`[${WORD_CHARS}]`, 'u');

/**
 * Letters whose base NFD does not reveal, and the letter forms that news text writes for one
 * another: Turkish dotless ı, Cyrillic ё (written е in most Russian print), the Arabic alef with
 * hamza or madda (أ إ آ ٱ, written ا as often as not), alef maqsura ى and yeh ي, teh marbuta ة and
 * heh ه, and the Persian keheh and yeh that some Arabic pages type for ك and ي.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', ẞ: 'SS', ħ: 'h', Ħ: 'H',
  ё: 'е', Ё: 'Е',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك',
};

/**
 * Precomposed letters are folded to their base in Latin-1 Supplement, Latin Extended-A and the
 * comma-below S and T only: the letters of Turkish, Kurdish in Latin script and the European
 * languages the aliases are written in. Cyrillic й and Arabic letters are letters of their own.
 * (Every folded letter joins the page scanner's class of possible name starts, so the set is
 * kept to the letters the names need.)
 */
function foldsToBase(code: number): boolean {
  return (code >= 0xc0 && code <= 0x17f) || (code >= 0x218 && code <= 0x21b);
}

/** Per UTF-16 unit: UnitKind | flags, 0 until first seen. Filled lazily: most pages use a few dozen characters. */
const kinds = new Uint8Array(0x10000);
/** Per UTF-16 unit: what it folds to, case kept ('' for marks and ignored units). */
const bases: string[] = [];
/** Per UTF-16 unit: what it folds to in lower case. */
const lowers: string[] = [];

/** Per UTF-16 unit: its lower-case fold when that is exactly one unit, else 0. */
const foldCodes = new Uint16Array(0x10000);

/**
 * The lower-case fold of every unit `unitKind` has seen, when it is exactly one unit (0 when it
 * is none or two): what `foldUnit` returns, as a code, for the matcher's inner loop.
 */
export const FOLD_CODES: Readonly<Uint16Array> = foldCodes;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  bases[code] = ch;
  lowers[code] = ch;
  if (code >= 0xd800 && code <= 0xdfff) return UnitKind.Other;
  // ASCII without the Unicode property RegExps, whose first use costs V8 a compile that an
  // English page would otherwise pay for its first letter.
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return UnitKind.Letter;
    if (code >= 0x41 && code <= 0x5a) {
      lowers[code] = String.fromCharCode(code + 0x20);
      return UnitKind.Letter | UPPER;
    }
    if (code >= 0x30 && code <= 0x39) return UnitKind.Number;
  }
  // Before the letter test: U+02BC is a letter to Unicode but an apostrophe in "Assadʼs", and
  // tatweel a letter too but only a stretched stroke.
  if (IGNORED_RE.test(ch)) return ignored(code);
  if (APOSTROPHE_RE.test(ch)) return folded(code, "'", UnitKind.Apostrophe);
  if (HYPHEN_RE.test(ch)) return folded(code, ' ', UnitKind.Separator | HYPHEN);
  if (SEPARATOR_RE.test(ch)) return folded(code, ' ', UnitKind.Separator);
  // General Punctuation (curly quotes, dashes, special spaces) holds no letters.
  if (code < 0x80 || (code >= 0x2000 && code <= 0x206f)) return UnitKind.Other;
  if (LETTER_RE.test(ch)) {
    const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    let base = LETTER_FOLDS[ch] ?? (foldsToBase(code) ? ch.normalize('NFD').replace(MARKS_RE, '') : ch);
    if (base === '' || !LETTER_RE.test(base[0]!)) base = ch;
    bases[code] = base;
    // One unit in, at most two out: "İ".toLowerCase() is "i" plus a combining dot, dropped here.
    const lower = base.toLowerCase().replace(MARKS_RE, '');
    lowers[code] = lower.length >= 1 && lower.length <= 2 ? lower : base;
    return UnitKind.Letter | (upper ? UPPER : 0);
  }
  if (MARK_RE.test(ch)) return ignored(code, UnitKind.Mark);
  return NUMBER_RE.test(ch) ? UnitKind.Number : UnitKind.Other;
}

function ignored(code: number, kind: number = UnitKind.Ignored): number {
  return folded(code, '', kind);
}

function folded(code: number, to: string, kind: number): number {
  bases[code] = to;
  lowers[code] = to;
  return kind;
}

/** UnitKind | flags of one UTF-16 unit. */
export function unitKind(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    kinds[code] = kind = classify(code);
    const lower = lowers[code]!;
    foldCodes[code] = lower.length === 1 ? lower.charCodeAt(0) : 0;
  }
  return kind;
}

/** What one unit folds to in lower case: '' for marks and ignored units, " " for separators, "'" for apostrophes. */
export function foldUnit(code: number): string {
  if (kinds[code] === 0) unitKind(code);
  return lowers[code]!;
}

/** What one unit folds to with its case kept ("Ş" -> "S", "İ" -> "I", "أ" -> "ا"). */
export function baseUnit(code: number): string {
  if (kinds[code] === 0) unitKind(code);
  return bases[code]!;
}

/** Letters, marks and digits make words; U+02BC, a letter to Unicode, is an apostrophe in "Assadʼs". */
function isWordUnit(code: number): boolean {
  const kind = unitKind(code) & KIND_MASK;
  return kind === UnitKind.Letter || kind === UnitKind.Mark || kind === UnitKind.Number;
}

/** Whether `text[index]` is part of a word (false outside the text). Astral letters count as letters. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) {
    const cp = text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
    return WORD_CHAR_RE.test(String.fromCodePoint(cp));
  }
  return isWordUnit(code);
}
