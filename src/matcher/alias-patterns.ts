/**
 * Turns one alias into the sequence of regex units the trie is built from, and
 * lists the written variants an alias stands for (dotted acronyms, "al-" dropped).
 */
import type { AliasInput, AliasKind, Entity } from '../dataset/schema';
import { stripDiacritics, stripInvisible } from '../text/fold';
import {
  ACRONYM_DOT,
  APOSTROPHE,
  APOSTROPHE_CHARS,
  LETTER_TAIL_SLOT,
  SEPARATOR,
  escapeLiteral,
  isLetter,
  isUpper,
  letterClass,
  letterCodePoints,
} from './char-classes';

export interface AliasSpec {
  text: string;
  kind: AliasKind;
  ambiguous: boolean;
}

/** The entity's aliases as specs, with its `name` added as a `name` alias when the data does not list it. */
export function aliasSpecs(entity: Entity, fold: (text: string) => string): AliasSpec[] {
  const specs = entity.aliases.map((alias: AliasInput): AliasSpec =>
    typeof alias === 'string'
      ? { text: alias, kind: 'name', ambiguous: false }
      : { text: alias.text, kind: alias.kind ?? 'name', ambiguous: alias.ambiguous ?? false },
  );
  const nameKey = fold(entity.name);
  if (!specs.some((s) => fold(s.text) === nameKey)) {
    specs.unshift({ text: entity.name, kind: 'name', ambiguous: false });
  }
  return specs;
}

/** One step of an alias pattern: a regex fragment, and the characters it can start with (null: too many to list). */
export interface Unit {
  re: string;
  first: readonly number[] | null;
}

const SEPARATOR_CHAR = /^[\s\-\u2010-\u2013_]$/u;

const SEPARATOR_UNIT: Unit = { re: SEPARATOR, first: null };
const APOSTROPHE_UNIT: Unit = { re: APOSTROPHE, first: [...APOSTROPHE_CHARS].map((c) => c.codePointAt(0)!) };
const ACRONYM_DOT_UNIT: Unit = { re: ACRONYM_DOT, first: [0x2e] };
const FINAL_DOT_UNIT: Unit = { re: '\\.', first: [0x2e] };

function literalUnit(ch: string): Unit {
  return { re: escapeLiteral(ch), first: [ch.codePointAt(0)!] };
}

function letterUnit(base: string, mode: 'any' | 'exact'): Unit {
  return { re: letterClass(base, mode) + LETTER_TAIL_SLOT, first: letterCodePoints(base, mode) };
}

/**
 * Units of a `name`/`surname` alias (or, with `exactCase`, of an undotted acronym).
 * Letters are folded to their base letter and match every diacritic variant; a letter that
 * starts a word and is upper-case in the alias must be upper-case in the text, any other
 * letter may be either case.
 */
export function textUnits(text: string, exactCase: boolean): Unit[] {
  const chars = [...stripDiacritics(text.trim())];
  const units: Unit[] = [];
  let prevWordChar = false;
  for (const ch of chars) {
    if (SEPARATOR_CHAR.test(ch)) {
      if (units.at(-1) !== SEPARATOR_UNIT) units.push(SEPARATOR_UNIT);
      prevWordChar = false;
    } else if (APOSTROPHE_CHARS.includes(ch)) {
      units.push(APOSTROPHE_UNIT);
      prevWordChar = false;
    } else if (isLetter(ch)) {
      const mode = exactCase || (!prevWordChar && isUpper(ch)) ? 'exact' : 'any';
      units.push(letterUnit(ch, mode));
      prevWordChar = true;
    } else {
      units.push(literalUnit(ch));
      prevWordChar = /^[\p{M}\p{N}]$/u.test(ch);
    }
  }
  return units;
}

/**
 * The written forms of an acronym: as listed without dots ("UN") and, for an all-letter
 * acronym, dotted ("U.N", "U.N.", "U. N.") — always case-sensitive.
 */
export function acronymUnitLists(text: string): Unit[][] {
  const bare = stripDiacritics(text).replace(/[.\s]/g, '');
  const letters = [...bare];
  if (letters.length < 2 || !letters.every(isLetter)) return [textUnits(text, true)];
  const undotted = letters.map((ch) => letterUnit(ch, 'exact'));
  const dotted: Unit[] = [];
  letters.forEach((ch, i) => {
    if (i > 0) dotted.push(ACRONYM_DOT_UNIT);
    dotted.push(letterUnit(ch, 'exact'));
  });
  // The final dot is optional: a trie node that ends the alias both before and after it.
  return [undotted, dotted, [...dotted, FINAL_DOT_UNIT]];
}

/** The unit lists an alias compiles to (several for acronyms). */
export function aliasUnitLists(spec: AliasSpec): Unit[][] {
  return spec.kind === 'acronym' ? acronymUnitLists(spec.text) : [textUnits(spec.text, false)];
}

/** The Arabic article as written inside a name: "al-", "Al ", "el-" at the start of a word. */
const ARTICLE_RE = /(?<![\p{L}\p{M}\p{N}'’])[aAeE][lL][\s\-\u2010-\u2013]+(?=\p{L})/gu;

/**
 * Forms of a name with one or more Arabic articles left out, as news copy often writes them:
 * "Bashar al-Assad" -> "Bashar Assad"; "al-Assad" -> "Assad". Not for acronyms.
 */
export function withoutArticles(text: string): string[] {
  const clean = stripInvisible(text);
  const spans = [...clean.matchAll(ARTICLE_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0 || spans.length > 3) return [];
  const variants: string[] = [];
  for (let mask = 1; mask < 1 << spans.length; mask++) {
    let out = '';
    let pos = 0;
    spans.forEach(([from, to], i) => {
      if (mask & (1 << i)) {
        out += clean.slice(pos, from);
        pos = to;
      }
    });
    out += clean.slice(pos);
    if (/\p{L}/u.test(out)) variants.push(out);
  }
  return variants;
}
