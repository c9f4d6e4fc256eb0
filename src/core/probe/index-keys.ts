/**
 * The probe's keys for one written form of a name: its first word that can start a name,
 * alone for a one-word form, or with the first letters of the word after it. Built at build
 * time from every form the matcher compares (src/build/probe-index.ts).
 */
import { acronymKey, aliasWordKey, nextWordKey, PLACE_PREFIX, WORD_SOURCE } from './words';

export function formKey(text: string, acronym: boolean, place: boolean): string | null {
  const re = new RegExp(WORD_SOURCE, 'gu');
  const first = re.exec(text);
  if (!first) return null;
  const prefix = place ? PLACE_PREFIX : '';
  if (acronym) return prefix + acronymKey(first[0]);
  const next = first[1];
  return prefix + aliasWordKey(first[0]) + (next === undefined ? '' : ` ${nextWordKey(next)}`);
}
