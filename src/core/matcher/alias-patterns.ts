/**
 * Turns one alias into the written forms the matcher compares page text with, and
 * lists the variants an alias stands for (dotted acronyms, "al-" dropped).
 */
import type { AliasSpec } from './lookup';
import { stripDiacritics, stripInvisible } from '../text/fold';
import { HYPHEN, KIND_MASK, UPPER, UnitKind } from '../text/units';
import { inflect } from './inflection';
import { symbolsOf } from './symbols';

/**
 * Case each symbol of a form must have in the text: "U" upper, "L" lower, "." either; "H" a
 * separator that must hold a hyphen (the joint of a German compound, "Astana-Gespräche").
 */
type CaseRule = string;

/** One written form of an alias, in the matcher's symbols (with ending slots, see ./inflection.ts). */
export interface AliasForm {
  symbols: string;
  cases: CaseRule;
}

/**
 * The form of a `name`/`surname` alias (or, with `exactCase`, of an acronym that is not
 * all letters). A letter that starts a word and is upper-case in the alias must be
 * upper-case in the text; any other letter may be either case.
 */
function textForm(text: string, exactCase: boolean): AliasForm {
  return caseRule(text, exactCase, undefined).form;
}

function caseRule(text: string, exactCase: boolean, lang: string | undefined): { form: AliasForm; upper: boolean[] } {
  const { symbols, kinds } = symbolsOf(text);
  let cases = '';
  const upper: boolean[] = [];
  let previousIsWord = false;
  kinds.forEach((kind, i) => {
    const base = kind & KIND_MASK;
    const isLetter = base === UnitKind.Letter;
    const isUpper = isLetter && (kind & UPPER) !== 0;
    upper.push(isUpper);
    if (isLetter && (exactCase || (!previousIsWord && isUpper))) cases += isUpper ? 'U' : exactCase ? 'L' : '.';
    else if (lang === 'de' && base === UnitKind.Separator && kind & HYPHEN && kinds[i + 1] !== undefined && kinds[i + 1]! & UPPER) cases += 'H';
    else cases += '.';
    previousIsWord = isLetter || base === UnitKind.Number || base === UnitKind.Mark;
  });
  return { form: { symbols, cases: /^\.*$/.test(cases) ? '' : cases }, upper };
}

/**
 * The written forms of an acronym, always case-sensitive: as listed ("EE.UU."), without dots
 * ("UN") and, for an all-letter acronym, dotted with or without the final dot and with or
 * without a space after each dot ("U.N", "U.N.", "U. N", "U. N.").
 */
function acronymForms(text: string): AliasForm[] {
  const letters = [...stripDiacritics(text).replace(/[.\s]/g, '')];
  if (letters.length < 2 || !letters.every((ch) => /^\p{L}$/u.test(ch))) return [textForm(text, true)];
  const written = new Set([text.trim(), letters.join(''), letters.join('.'), `${letters.join('.')}.`, letters.join('. '), `${letters.join('. ')}.`]);
  return [...written].map((w) => textForm(w, true));
}

/** The forms an alias is matched in (several for acronyms); names and surnames with their ending slots. */
export function aliasForms(spec: AliasSpec): AliasForm[] {
  if (spec.kind === 'acronym') return acronymForms(spec.text);
  const { form, upper } = caseRule(spec.text, false, spec.lang);
  return [inflect({ ...form, upper, lang: spec.lang, namesake: spec.namesake === true })];
}

/** The Arabic article as written inside a name: "al-", "Al ", "el-" at the start of a word. */
const ARTICLE_RE = /(?<![\p{L}\p{M}\p{N}'’])[aAeE][lL][\s\-\u2010-\u2013]+(?=\p{L})/gu;

/**
 * Forms of a name with its Arabic articles written the other ways news copy writes them: left
 * out ("Bashar al-Assad" -> "Bashar Assad", "al-Assad" -> "Assad") or as "el-" for "al-" and
 * "al-" for "el-" (French and Spanish copy: "Bashar el-Assad"). Every combination but the alias
 * itself; none for an alias without an article. Not for acronyms.
 */
export function articleVariants(text: string): string[] {
  const clean = stripInvisible(text);
  const spans = [...clean.matchAll(ARTICLE_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0 || spans.length > 3) return [];
  const variants: string[] = [];
  for (let choice = 1; choice < 3 ** spans.length; choice++) {
    let out = '';
    let pos = 0;
    let rest = choice;
    for (const [from, to] of spans) {
      const pick = rest % 3;
      rest = Math.floor(rest / 3);
      out += clean.slice(pos, from);
      // 0: as written, 1: the other vowel ("al" <-> "el", case kept), 2: left out.
      if (pick === 0) out += clean.slice(from, to);
      else if (pick === 1) out += swapVowel(clean[from]!) + clean.slice(from + 1, to);
      pos = to;
    }
    out += clean.slice(pos);
    if (/\p{L}/u.test(out)) variants.push(out);
  }
  return variants;
}

const VOWEL_SWAP: Readonly<Record<string, string>> = { a: 'e', e: 'a', A: 'E', E: 'A' };
const swapVowel = (ch: string): string => VOWEL_SWAP[ch] ?? ch;
