/**
 * The endings names take in the languages of the aliases, as closed lists in the matcher's
 * alphabet (lower case, base letters: Turkish ı, ü, ş are i, u, s). One list per use, shared
 * by the matcher (src/core/matcher/inflection.ts), which compares a name's stem and ending,
 * and the probe (src/core/probe/words.ts), which cuts them off to find the stem.
 */

/** Russian noun and adjective case endings. */
export const RUSSIAN_ENDINGS: readonly string[] = [
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ую',
  'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ым', 'им', 'ых', 'их', 'ью', 'ого', 'его', 'ому', 'ему', 'ами',
  'ями', 'ыми', 'ими',
];

/** Turkish case suffixes glued to a common noun (after the possessive "-i" of "görüşmeleri", with its buffer "n"). */
export const TURKISH_SUFFIXES: readonly string[] = [
  'nin', 'nun', 'ne', 'na', 'nde', 'nda', 'nden', 'ndan', 'ndeki', 'ndaki', 'ni', 'nu', 'yle', 'yla', 'in', 'un', 'e', 'a',
  'de', 'da', 'den', 'dan', 'te', 'ta', 'ten', 'tan', 'i', 'u', 'le', 'la', 'deki', 'daki', 'ye', 'ya', 'yi', 'yu',
];

/** German noun endings (genitive -s/-es, dative plural -n/-en). */
export const GERMAN_NOUN_ENDINGS: readonly string[] = ['s', 'es', 'n', 'en', 'ns'];

/** German adjective endings ("Islamische", "Islamischen", "Islamischer"). */
export const GERMAN_ADJECTIVE_ENDINGS: readonly string[] = ['e', 'en', 'er', 'es', 'em'];

/** The German genitive "s" on a name of any language ("Assads", "Aleppos"). */
export const GENITIVE_ENDINGS: readonly string[] = ['s'];

/** Longest first, without repeats. */
export function longestFirst(list: readonly string[]): string[] {
  return [...new Set(list)].sort((a, b) => b.length - a.length);
}
