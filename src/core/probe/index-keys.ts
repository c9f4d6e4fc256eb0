/**
 * The probe's keys for one written form of a name: its first word that can start a name, alone
 * for a one-word form, or with the first letters of the word after it. A form that starts with a
 * lower-case word ("conversaciones de Astaná") is keyed by its first capitalised word joined to
 * the word before it, plus a mark on that capitalised word saying that the word before counts.
 * Built at build time from every form the matcher compares (src/build/probe-index.ts).
 */
import { acronymFilterKey, aliasWordKey, isAllCaps, nextWordKey, PLACE_PREFIX, PREVIOUS_MARK, previousWordKey, WORD_SOURCE, wordBefore } from './words';

export function formKeys(text: string, acronym: boolean, place: boolean): string[] {
  const re = new RegExp(WORD_SOURCE, 'gu');
  const first = re.exec(text);
  if (!first) return [];
  const prefix = place ? PLACE_PREFIX : '';
  // An acronym of a script without case (Arabic "مسد", "أ ف ب") is read like any other word.
  if (acronym && isAllCaps(first[0])) return [prefix + acronymFilterKey(first[0])];
  const key = aliasWordKey(first[0]);
  if (/[\p{L}\p{M}]/u.test(text.slice(0, first.index))) {
    const before = wordBefore(text, first.index);
    return [prefix + PREVIOUS_MARK + key, prefix + previousWordKey(before) + PREVIOUS_MARK + key];
  }
  const next = first[1];
  return [prefix + key + (next === undefined ? '' : ` ${nextWordKey(next)}`)];
}
