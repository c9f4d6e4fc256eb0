/**
 * How the probe reads words. The same functions read the aliases at build time and page text at
 * run time, so a name the full matcher can find always leaves the same key on both sides.
 *
 * The probe is a filter, not a matcher: it may say "maybe" for a page without names (the full
 * stage then finds nothing), but it must never say "no" for a page the full stage would
 * highlight. Its normal forms are therefore looser than the matcher's: words are folded as the
 * matcher folds them (src/core/text/units.ts), and the endings the matcher lets a name take
 * (src/core/text/endings.ts) are cut, as often as they can be, from both sides: Russian case
 * endings, German "-s", "-en"…, Arabic proclitics.
 */
import { GENITIVE_ENDINGS, GERMAN_ADJECTIVE_ENDINGS, GERMAN_NOUN_ENDINGS, RUSSIAN_ENDINGS, longestFirst } from '../text/endings';
import { foldText, stripDiacritics } from '../text/fold';
import { IGNORED_CHARS } from '../text/units';

/**
 * A word that can start a name: an upper-case letter (names and acronyms are written with a
 * capital in every cased script) or any letter of a caseless script (Arabic), followed by
 * letters, marks and ignored characters. Dotted acronyms ("U.N.") are one word. A lookahead
 * reads the next word without consuming it, so that every word is also tried as a start.
 */
const WORD_BODY = `[\\p{L}\\p{M}${IGNORED_CHARS}'\\u2018\\u2019\\u02BC]*`;
const NEXT_WORD = `(?=[\\s\\-\\u2010-\\u2015_\\u00A0]+([\\p{L}\\p{M}]${WORD_BODY})|)`;
/** Upper-case and title-case letters, and the letters of the Arabic alphabet (which has no case). */
const WORD_START = '[\\p{Lu}\\p{Lt}\\u0620-\\u063F\\u0641-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF]';
export const WORD_SOURCE = `(?:(?:\\p{Lu}\\.){2,}|${WORD_START}${WORD_BODY})${NEXT_WORD}`;

const DOTS_RE = /\./g;
const ACRONYM_STRIP_RE = new RegExp(`[${IGNORED_CHARS}.]`, 'g');
const APOSTROPHE_RE = /'/;
const APOSTROPHES_RE = /'/g;

const ARABIC_RE = /[\u0600-\u06FF]/;
const CYRILLIC_RE = /[\u0400-\u04FF]/;

const RUSSIAN = longestFirst(RUSSIAN_ENDINGS);
const GERMAN = longestFirst([...GERMAN_NOUN_ENDINGS, ...GERMAN_ADJECTIVE_ENDINGS, ...GENITIVE_ENDINGS]);

/** The matcher's fold, without dots. */
function fold(word: string): string {
  return foldText(word).replace(DOTS_RE, '');
}

/**
 * Cuts endings off as long as one is there and the stem keeps `floor` letters: the alias's own
 * ending and the page's ending leave the same stem ("Сирия", "Сирии" -> "сир"; "Islamische",
 * "Islamischen" -> "islamisch"; "Kremlin", "Kremlins" -> "kremli").
 */
function stem(word: string, endings: readonly string[], floor: number): string {
  let out = word;
  for (let cut = true; cut; ) {
    cut = false;
    for (const ending of endings) {
      if (out.length - ending.length >= floor && out.endsWith(ending)) {
        out = out.slice(0, -ending.length);
        cut = true;
        break;
      }
    }
  }
  return out;
}

function withoutArticle(word: string): string {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : word;
}

/**
 * The key of a word as an alias writes it. Aliases are base forms, so only what every
 * spelling shares is kept: no article (ال), no Russian or German ending.
 */
export function aliasWordKey(word: string): string {
  const folded = fold(word).replace(APOSTROPHES_RE, '');
  if (ARABIC_RE.test(folded)) return withoutArticle(folded);
  if (CYRILLIC_RE.test(folded)) return stem(folded, RUSSIAN, 3);
  return stem(folded, GERMAN, 4);
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
    const apostrophe = folded.search(APOSTROPHE_RE);
    if (apostrophe > 0) {
      // A suffix after an apostrophe (Turkish "Esad'ın", English "Assad's") is not part of the
      // name; an article before one (French "L'ONU", Italian "L'Isis") is not either.
      into.push(aliasWordKey(folded.slice(0, apostrophe)));
      into.push(aliasWordKey(folded.slice(apostrophe + 1)));
    }
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

/**
 * The parts of a page word that may be an acronym: the word, and on either side of an
 * apostrophe ("BM'DEN", "L'ONU"), each part in capitals.
 */
export function acronymParts(word: string, into: string[]): void {
  into.length = 0;
  if (isAllCaps(word)) into.push(word);
  const apostrophe = word.search(/['\u2018\u2019\u02BC]/);
  if (apostrophe <= 0) return;
  for (const part of [word.slice(0, apostrophe), word.slice(apostrophe + 1)]) if (isAllCaps(part)) into.push(part);
}

/** The case-exact key of an acronym: dots, ignored characters and diacritics dropped ("IŞİD" -> "^ISID"). */
export function acronymFilterKey(word: string): string {
  return `^${stripDiacritics(word.replace(ACRONYM_STRIP_RE, ''))}`;
}

/** The second word of a two-word key: its first letters only, which inflection leaves alone. */
export function nextWordKey(word: string): string {
  return aliasWordKey(word).slice(0, 4);
}

/**
 * Joins the word before a name's first capitalised word to it, for names that start with a
 * lower-case word the probe does not read ("conversaciones de Astaná", "переговоры в Астане",
 * "administration Trump"): the probe looks that word up only where the capitalised word is
 * known to need it (`PREVIOUS_MARK` + its key).
 */
export const PREVIOUS_MARK = '<';

/** The previous word's part of such a key: its first letters, like `nextWordKey`. */
export function previousWordKey(word: string): string {
  return aliasWordKey(word).slice(0, 4);
}

/** The word that ends right before `index` in `text` (across spaces, hyphens and apostrophes), or ''. */
export function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && /[\s\-\u2010-\u2015_\u00A0'\u2018\u2019\u02BC]/.test(text[end - 1]!)) end--;
  if (end === index) return '';
  let start = end;
  while (start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The key under which a place's names are filed, so that a page can tell place-only hits apart. */
export const PLACE_PREFIX = '@';
