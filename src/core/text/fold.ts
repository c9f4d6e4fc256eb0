/**
 * Text folding shared by the matcher, the dataset lookups and search, so that
 * "Şimşek", "SIMSEK" and "Simsek" compare equal everywhere in the extension.
 */

/**
 * Characters that pages put inside words without meaning anything (soft hyphen,
 * zero-width space and joiners, word joiner, BOM), as the body of a RegExp
 * character class. Written as escapes: a literal zero-width joiner inside a class
 * would read as a joined character sequence.
 */
export const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const MARKS_RE = /\p{M}/gu;
/** Hyphens, dashes used as hyphens, and every kind of space (including NBSP and line breaks). */
const SEPARATORS_RE = /[\s\-\u2010\u2011\u2012\u2013_]+/g;
/** Straight and curly apostrophes, and the marks typed for them; all compare as "'". */
export const APOSTROPHE_CHARS = "'\u2018\u2019\u02BC\u0060\u00B4";
const APOSTROPHES_RE = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');

/** Letters whose base form NFD does not reveal. */
const SPECIAL_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss' };

/** Every apostrophe as "'". */
export function straightenApostrophes(text: string): string {
  return text.replace(APOSTROPHES_RE, "'");
}

/** Removes soft hyphens, zero-width characters and the like. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, '');
}

/** Removes diacritics and invisible characters but keeps case: "Şimşek" -> "Simsek". */
export function stripDiacritics(text: string): string {
  return stripInvisible(text)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(/[ıłŁøØđĐß]/g, (c) => SPECIAL_FOLDS[c] ?? c);
}

/**
 * The comparison key of a name: no case, diacritics, invisible characters or dots,
 * one space wherever the text has spaces or hyphens, straight apostrophes.
 * "U.N." -> "un", "al‑Assad" -> "al assad", "Şimşek" -> "simsek".
 */
export function foldKey(text: string): string {
  return straightenApostrophes(stripDiacritics(text).toLowerCase())
    // "U. N." and "U.N." are the same acronym; "Mr. Alloush" keeps its space.
    .replace(/(?<!\p{L})(\p{L})\.\s*(?=\p{L}\.)/gu, '$1')
    .replace(/\./g, '')
    .replace(SEPARATORS_RE, ' ')
    .trim();
}
