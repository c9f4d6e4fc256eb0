/**
 * Arabic writes its one-letter particles onto the next word: و "and", ف "so", then ب "with/in",
 * ك "like", ل "for/to" ("والأسد", "بالأمم المتحدة", "لروسيا"). A name found after them keeps them
 * in its span, as readers see the word. The article ال is not one of them: it is part of the name
 * as the alias writes it, so "العلوش" (the lamb) is not "علوش". ل before the article drops the
 * article's alef: "للأمم المتحدة" is ل + الأمم المتحدة.
 */

/** و ف, which may come first. */
const FIRST = [0x648, 0x641];
/** ب ك ل, alone or after و ف. */
const SECOND = [0x628, 0x643, 0x644];

export const PROCLITICS = String.fromCharCode(...FIRST, ...SECOND);

export const LAM = 0x644;
export const ALEF = 0x627;

/**
 * The proclitic prefixes a word's first symbols may be, as their lengths in symbols (1 or 2),
 * longest first; `codes` are the word's symbols.
 */
export function procliticLengths(codes: Uint16Array, length: number, into: number[]): void {
  into.length = 0;
  if (length < 3) return;
  const first = codes[0]!;
  if (FIRST.includes(first) && SECOND.includes(codes[1]!) && length >= 4) into.push(2);
  if (FIRST.includes(first) || SECOND.includes(first)) into.push(1);
}
