/**
 * How the probe reads words. The same functions read the aliases at build time and page text at
 * run time, so a name the full matcher can find always leaves the same key on both sides.
 *
 * The probe is a filter, not a matcher: it may say "maybe" for a page without names (the full
 * stage then finds nothing), but it must never say "no" for a page the full stage would
 * highlight. Its normal forms are therefore looser than the matcher's: case and diacritics
 * are dropped, Russian endings and Arabic proclitics are cut, a German genitive "s" is cut.
 */
import { INVISIBLE_CHARS } from '../text/fold';

/**
 * A word that can start a name: an upper-case letter (names and acronyms are written with a
 * capital in every cased script) or any letter of a caseless script (Arabic), followed by
 * letters, marks and invisible characters. Dotted acronyms ("U.N.") are one word. A lookahead
 * reads the next word without consuming it, so that every word is also tried as a start.
 */
const WORD_BODY = `[\\p{L}\\p{M}${INVISIBLE_CHARS}'\\u2018\\u2019\\u02BC]*`;
const NEXT_WORD = `(?=[\\s\\-\\u2010-\\u2015_\\u00A0]+([\\p{L}\\p{M}]${WORD_BODY})|)`;
/** Upper-case and title-case letters, and the letters of the Arabic alphabet (which has no case). */
const WORD_START = '[\\p{Lu}\\p{Lt}\\u0620-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF]';
export const WORD_SOURCE = `(?:(?:\\p{Lu}\\.){2,}|${WORD_START}${WORD_BODY})${NEXT_WORD}`;

const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}.]`, 'g');
const APOSTROPHE_RE = /['\u2018\u2019\u02BC]/;
const APOSTROPHES_RE = /['\u2018\u2019\u02BC]/g;
const MARKS_RE = /\p{M}/gu;

/** Letters that NFD does not take apart, and the Arabic letter forms news text mixes freely. */
const LETTER_FOLDS: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', ё: 'е',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ـ': '',
};
const LETTER_FOLDS_RE = /[ıłøđßёأإآٱىةـ]/g;
/** Arabic harakat and other marks that NFD leaves as separate characters. */
const ARABIC_MARKS_RE = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

const ARABIC_RE = /[\u0600-\u06FF]/;
const CYRILLIC_RE = /[\u0400-\u04FF]/;

/**
 * Russian case endings, longest first. Cutting them from both the alias and the page word
 * maps "Асад", "Асада", "Асадом" and "Сирия", "Сирии", "Сирию" to one key each.
 */
const RUSSIAN_ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ую', 'ая', 'ие', 'ые', 'ий', 'ый', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й'];

/** Lower case, no diacritics, no invisible characters, no dots, Arabic letter forms folded. */
function fold(word: string): string {
  return word
    .replace(INVISIBLE_RE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(ARABIC_MARKS_RE, '')
    .replace(LETTER_FOLDS_RE, (c) => LETTER_FOLDS[c] ?? c);
}

function russianStem(word: string): string {
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

function withoutArticle(word: string): string {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : word;
}

/**
 * The key of a word as an alias writes it. Aliases are base forms, so only what every
 * spelling shares is kept: no article (ال), no Russian ending, no German genitive "s".
 */
export function aliasWordKey(word: string): string {
  const folded = fold(word).replace(APOSTROPHES_RE, '');
  if (ARABIC_RE.test(folded)) return withoutArticle(folded);
  if (CYRILLIC_RE.test(folded)) return russianStem(folded);
  return folded.length > 3 && folded.endsWith('s') ? folded.slice(0, -1) : folded;
}

/**
 * The keys a page word could stand for. An Arabic word may carry one or two proclitics
 * (و ف, then ب ك ل) before the article, and ل before the article drops its alef (للأمم),
 * so every reading is tried.
 */
export function pageWordKeys(word: string, into: string[]): void {
  const folded = fold(word);
  if (!ARABIC_RE.test(folded)) {
    into.push(aliasWordKey(folded));
    // A suffix after an apostrophe (Turkish "Esad'ın", English "Assad's") is not part of the name.
    const apostrophe = folded.search(APOSTROPHE_RE);
    if (apostrophe > 0) into.push(aliasWordKey(folded.slice(0, apostrophe)));
    return;
  }
  into.push(withoutArticle(folded));
  let rest = folded;
  for (let i = 0; i < 2 && rest.length > 3 && 'وفبكل'.includes(rest[0] ?? ''); i++) {
    rest = rest[0] === 'ل' && rest[1] === 'ل' ? rest.slice(2) : rest.slice(1);
    into.push(withoutArticle(rest));
  }
}

/** True for a word all in capitals ("UN", "ONU", "ООН", "U.N."): only such words can be acronyms. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The case-exact key of an acronym: dots and invisible characters dropped. */
export function acronymKey(word: string): string {
  return `^${word.replace(INVISIBLE_RE, '')}`;
}

/** The second word of a two-word key: its first letters only, which inflection leaves alone. */
export function nextWordKey(word: string): string {
  return aliasWordKey(word).slice(0, 4);
}

/** The key under which a place's names are filed, so that a page can tell place-only hits apart. */
export const PLACE_PREFIX = '@';
