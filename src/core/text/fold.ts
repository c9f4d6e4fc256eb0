/**
 * String folds shared by the matcher, the dataset lookups, search, quote comparison and the
 * probe, so that "Şimşek", "SIMSEK" and "Simsek" (or "الأسد" and "الاسد") compare equal
 * everywhere in the extension. Every fold here is the unit fold of ./units.ts applied to a
 * whole string; none has rules of its own.
 */
import { baseUnit, foldUnit, IGNORED_CHARS, UnitKind, unitKind, KIND_MASK } from './units';


const IGNORED_RE = new RegExp(`[${IGNORED_CHARS}]`, 'g');

/** Removes soft hyphens, zero-width characters, tatweel and the like. */
export function stripInvisible(text: string): string {
  return text.replace(IGNORED_RE, '');
}

/**
 * Letters folded to their base with their case kept, marks and ignored units dropped; anything
 * else as it is: "Şimşek" -> "Simsek", "أستـانا" -> "استانا", "Straße" -> "Strasse".
 */
export function stripDiacritics(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = unitKind(code) & KIND_MASK;
    out += kind === UnitKind.Letter || kind === UnitKind.Mark || kind === UnitKind.Ignored ? baseUnit(code) : text[i];
  }
  return out;
}

/**
 * Lower case, base letters, no marks or ignored units, every apostrophe as "'", and every run of
 * spaces and hyphens as one space: the fold the matcher reads page text in, as a string.
 */
export function foldText(text: string): string {
  let out = '';
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = unitKind(code) & KIND_MASK;
    if (kind === UnitKind.Separator) {
      if (!afterSpace) out += ' ';
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    out += kind === UnitKind.Other || kind === UnitKind.Number ? text[i] : foldUnit(code);
  }
  return out;
}

/**
 * The comparison key of a name: `foldText` without dots and without spaces at either end.
 * "U.N." -> "un", "al‑Assad" -> "al assad", "Şimşek" -> "simsek", "الأمم" -> "الامم".
 */
export function foldKey(text: string): string {
  return foldText(
    text
      // "U. N." and "U.N." are the same acronym; "Mr. Alloush" keeps its space.
      .replace(/(?<!\p{L})(\p{L})\.\s*(?=\p{L}\.)/gu, '$1')
      .replace(/\./g, ''),
  ).trim();
}

/** The key an acronym is looked up by: case kept, diacritics, dots and spaces dropped ("U. N." -> "UN"). */
export function acronymKey(text: string): string {
  return stripDiacritics(text).replace(/[.\s]/g, '');
}
