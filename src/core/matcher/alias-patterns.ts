/**
 * Turns one alias into the written forms the matcher compares page text with, and
 * lists the variants an alias stands for (dotted acronyms, "al-" dropped).
 */
import type { AliasInput, AliasKind, Entity } from '../dataset/schema';
import { stripDiacritics, stripInvisible } from '../text/fold';
import { Kind, UPPER, symbolsOf } from './symbols';

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

/** Case each letter of a form must have in the text: "U" upper, "L" lower, "." either. */
export type CaseRule = string;

/** One written form of an alias, in the matcher's symbols. */
export interface AliasForm {
  symbols: string;
  cases: CaseRule;
}

/**
 * The form of a `name`/`surname` alias (or, with `exactCase`, of an acronym that is not
 * all letters). A letter that starts a word and is upper-case in the alias must be
 * upper-case in the text; any other letter may be either case.
 */
export function textForm(text: string, exactCase: boolean): AliasForm {
  const { symbols, kinds } = symbolsOf(text);
  let cases = '';
  let previousIsWord = false;
  for (const kind of kinds) {
    const base = kind & 7;
    const isLetter = base === Kind.Letter;
    const upper = (kind & UPPER) !== 0;
    cases += isLetter && (exactCase || (!previousIsWord && upper)) ? (upper ? 'U' : exactCase ? 'L' : '.') : '.';
    previousIsWord = isLetter || base === Kind.Number || base === Kind.Mark;
  }
  return { symbols, cases: /^\.*$/.test(cases) ? '' : cases };
}

/**
 * The written forms of an acronym, always case-sensitive: as listed without dots ("UN")
 * and, for an all-letter acronym, dotted with or without the final dot and with or
 * without a space after each dot ("U.N", "U.N.", "U. N", "U. N.").
 */
export function acronymForms(text: string): AliasForm[] {
  const letters = [...stripDiacritics(text).replace(/[.\s]/g, '')];
  if (letters.length < 2 || !letters.every((ch) => /^\p{L}$/u.test(ch))) return [textForm(text, true)];
  return [letters.join(''), letters.join('.'), `${letters.join('.')}.`, letters.join('. '), `${letters.join('. ')}.`].map(
    (written) => textForm(written, true),
  );
}

/** The forms an alias is matched in (several for acronyms). */
export function aliasForms(spec: AliasSpec): AliasForm[] {
  return spec.kind === 'acronym' ? acronymForms(spec.text) : [textForm(spec.text, false)];
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
