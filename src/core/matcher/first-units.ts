/**
 * The character class of the units a name can start with, built with the dataset: the
 * page-side scanner is one small RegExp that jumps from one possible name start to the
 * next, and everything after the first unit is compared in plain code.
 */
import { baseUnit, KIND_MASK, UnitKind, unitKind } from '../text/units';

export const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);

/** Escapes a literal for use outside a character class in a 'u' RegExp. */
function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The blocks whose letters the unit fold maps onto other letters (see src/core/text/units.ts). */
const FOLDED_BLOCKS: readonly [number, number][] = [
  [0xc0, 0x24f],
  [0x400, 0x4ff],
  [0x600, 0x6ff],
];

/** Base letter (case kept) -> the letters that fold to it, e.g. "S" -> ["Ś", "Ŝ", "Ş", "Š", ...], "ا" -> ["آ", "أ", "إ", "ٱ"]. */
let variants: ReadonlyMap<string, readonly string[]> | null = null;
function variantTable(): ReadonlyMap<string, readonly string[]> {
  const table = new Map<string, string[]>();
  for (const [from, to] of FOLDED_BLOCKS) {
    for (let cp = from; cp <= to; cp++) {
      if ((unitKind(cp) & KIND_MASK) !== UnitKind.Letter) continue;
      const ch = String.fromCharCode(cp);
      const base = baseUnit(cp);
      if (base === ch || base.length !== 1 || !isLetter(base)) continue;
      let list = table.get(base);
      if (!list) table.set(base, (list = []));
      list.push(ch);
    }
  }
  return table;
}

/** The letters that fold to `base` exactly (same case), `base` included. */
function variantsOf(base: string): string[] {
  return [base, ...((variants ??= variantTable()).get(base) ?? [])];
}

/** How a letter of an alias may be written in the text. */
type CaseMode = 'any' | 'exact';

/** The set of characters (as code points) an alias letter may appear as. */
export function letterCodePoints(base: string, mode: CaseMode): number[] {
  const forms = new Set<string>([base]);
  if (mode === 'any') {
    const lower = base.toLowerCase();
    const upper = base.toUpperCase();
    if ([...lower].length === 1) forms.add(lower);
    if ([...upper].length === 1) forms.add(upper);
  }
  const cps = new Set<number>();
  for (const form of forms) for (const ch of variantsOf(form)) cps.add(ch.codePointAt(0)!);
  return [...cps].sort((a, b) => a - b);
}

function classChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return /[\\\][^-]/.test(ch) ? `\\${ch}` : ch;
}

/** A character class for a set of code points, with runs of three or more written as ranges. */
export function classFromCodePoints(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  if (sorted.length === 1) {
    return escapeLiteral(String.fromCodePoint(sorted[0]!));
  }
  let out = '';
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const from = sorted[i]!;
    const to = sorted[j]!;
    if (j - i >= 2) out += `${classChar(from)}-${classChar(to)}`;
    else for (let k = i; k <= j; k++) out += classChar(sorted[k]!);
    i = j + 1;
  }
  return `[${out}]`;
}
