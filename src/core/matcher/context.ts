/**
 * Guards that read a little of the text around a match, for the few forms whose spelling alone
 * does not say what they are. Each runs only once such a form has matched, so the cost of a
 * page stays its text: a few hundred characters are read per doubtful match, never the page.
 */
import { foldText } from '../text/fold';

/** How far the German-text test looks on each side. */
const GERMAN_REACH = 250;
/** Function words that only German text has in numbers (any three make a German passage). */
const GERMAN_WORDS_RE =
  /(?<![\p{L}\p{M}])(?:der|die|das|dem|den|des|und|nicht|mit|von|für|auf|sich|ein|eine|einer|eines|ist|sind|wird|wurde|hat|haben|zum|zur|im|bei|nach|über|auch|dass|wie|gegen|nur|noch)(?![\p{L}\p{M}])/giu;

let germanText = '';
let germanFrom = -1;
let germanTo = -1;
let germanResult = false;

/** Whether the text around `at` is German (for the genitive "s" on names: "Assads", "Aleppos"). */
export function germanAround(text: string, at: number): boolean {
  const from = Math.max(0, at - GERMAN_REACH);
  const to = Math.min(text.length, at + GERMAN_REACH);
  // Several names in one passage ask about the same stretch of text.
  if (text === germanText && from >= germanFrom - 50 && to <= germanTo + 50) return germanResult;
  let hits = 0;
  for (const _ of text.slice(from, to).matchAll(GERMAN_WORDS_RE)) if (++hits >= 3) break;
  germanText = text;
  germanFrom = from;
  germanTo = to;
  germanResult = hits >= 3;
  return germanResult;
}

/** How far the group-context test looks on each side, within the line. */
const GROUP_REACH = 90;
/**
 * Words that say an armed group is meant, folded, in the languages of the aliases: what a group
 * does or is ("fighters", "jihadists", "held", "attack") and the other groups it is named with.
 */
const GROUP_WORDS = new Set(
  [
    // en
    'fighters', 'fighter', 'militants', 'militant', 'jihadists', 'jihadist', 'jihadi', 'jihadis', 'extremists',
    'extremist', 'group', 'groups', 'fighting', 'fight', 'fought', 'forces', 'held', 'controlled', 'linked',
    'inspired', 'affiliated', 'attack', 'attacks', 'attacked', 'stronghold', 'strongholds', 'territory', 'caliphate',
    'insurgents', 'terrorist', 'terrorists', 'terror', 'bombing', 'nusra', 'qaeda', 'ceasefire', 'truce', 'jabhat',
    'daesh', 'militia', 'militias',
    // it
    'jihadisti', 'jihadista', 'miliziani', 'terroristi', 'terrorista', 'combattenti', 'attentato', 'attentati',
    'rivendica', 'gruppo', 'gruppi', 'califfato', 'tregua', 'milizie', 'milizia',
    // fr
    'combattants', 'djihadistes', 'djihadiste', 'jihadistes', 'groupe', 'terroriste', 'terroristes', 'attentat',
    'califat', 'treve', 'milices',
    // de
    'kampfer', 'dschihadisten', 'miliz', 'terrormiliz', 'terroristen', 'anschlag', 'kalifat', 'waffenruhe',
    'extremisten', 'islamisten',
    // es
    'yihadistas', 'yihadista', 'combatientes', 'grupo', 'terroristas', 'atentado', 'califato', 'milicias',
  ].map((word) => foldText(word)),
);
const NOT_LETTERS_RE = /[^\p{L}]+/u;

/** Whether a group is meant by the name at [start, end): a group word on the same line close by ("Isis fighters", "Isis-held"). */
export function groupContextAround(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < GROUP_REACH && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && to - end < GROUP_REACH && text[to] !== '\n') to++;
  // Folded once, then cut into words: marks are gone, so letters alone make the words.
  for (const side of [text.slice(from, start), text.slice(end, to)]) {
    for (const word of foldText(side).split(NOT_LETTERS_RE)) if (GROUP_WORDS.has(word)) return true;
  }
  return false;
}

const CAPS_WORD_RE = /^[\p{Lu}]{2,}$/u;

/**
 * Whether a word right next to [start, end) (across spaces, on the same line) is all capitals:
 * in "WHAT IS LEFT" or "JOIN US" a two-letter acronym is more likely a word in capitals.
 */
export function isCapsNeighbour(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\u00A0')) before--;
  if (before < start) {
    let from = before;
    while (from > 0 && /[\p{L}\p{M}]/u.test(text[from - 1]!)) from--;
    if (CAPS_WORD_RE.test(text.slice(from, before))) return true;
  }
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\u00A0')) after++;
  if (after > end) {
    let to = after;
    while (to < text.length && /[\p{L}\p{M}]/u.test(text[to]!)) to++;
    if (CAPS_WORD_RE.test(text.slice(after, to))) return true;
  }
  return false;
}
