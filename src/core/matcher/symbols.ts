/**
 * The alphabet the matcher compares in. Page text and aliases are both read as "symbols":
 * each UTF-16 unit that counts, folded by the extension's one unit fold (src/core/text/units.ts):
 * letters to their lower-case base letter ("Ş" -> "s", "أ" -> "ا", "ß" -> "s", "s"), every run
 * of spaces and hyphens as one " ", every apostrophe as "'", anything else as itself. Combining
 * marks and ignored units (soft hyphen, zero-width space, tatweel…) inside a name are skipped.
 * The case of each letter is kept aside, because a name's capitals matter ("Turkey", not
 * "turkey") while its diacritics do not.
 */
import { FOLD_CODES, HYPHEN, KIND_MASK, UnitKind, foldUnit, isWordCharAt, unitKind } from '../text/units';

export const APOSTROPHE_SYMBOL = "'";

// Module-local copies of what the inner loop reads, so that it never goes through an import
// binding (bundlers keep imported enums and constants as property reads).
const LETTER = UnitKind.Letter;
const NUMBER = UnitKind.Number;
const MARK = UnitKind.Mark;
const IGNORED = UnitKind.Ignored;
const SEPARATOR = UnitKind.Separator;
const OTHER = UnitKind.Other;
const MASK = KIND_MASK;
const HYPHEN_FLAG = HYPHEN;
const foldCodes = FOLD_CODES;
const kindOfUnit = unitKind;
const wordCharAt = isWordCharAt;

/** A word ends before `index`. */
export function isWordEnd(text: string, index: number): boolean {
  return !wordCharAt(text, index);
}

/** Where a read of symbols puts its results; reused, so that reading allocates nothing. */
interface SymbolReader {
  /** Each symbol, as a UTF-16 code. */
  readonly codes: Uint16Array;
  /** Text index just past each symbol (past the marks and ignored units that follow it). */
  readonly ends: Int32Array;
  /** UnitKind | flags of each symbol's first unit (a separator has HYPHEN if any unit of its run is one). */
  readonly kinds: Uint8Array;
  /** The hash of the symbols up to and including each one (see `hashSymbols`). */
  readonly hashes: Int32Array;
  /** Symbols read so far. */
  length: number;
  /** Where the next symbol would start. */
  position: number;
  /** The last symbol read is a separator (the next separator then folds into it). */
  afterSeparator: boolean;
}

export const MAX_SYMBOLS = 256;

export function createReader(): SymbolReader {
  return {
    codes: new Uint16Array(MAX_SYMBOLS),
    ends: new Int32Array(MAX_SYMBOLS),
    kinds: new Uint8Array(MAX_SYMBOLS),
    hashes: new Int32Array(MAX_SYMBOLS),
    length: 0,
    position: 0,
    afterSeparator: false,
  };
}

/**
 * Reads the key the matcher looks names up by, from `start` (which must not be a mark or
 * an ignored unit): the first word (letters and digits), or the first symbol alone
 * when that is not part of a word. Returns the key's hash (see `hashSymbols`).
 */
export function readKey(text: string, start: number, max: number, reader: SymbolReader): number {
  reader.length = 0;
  reader.position = start;
  reader.afterSeparator = false;
  read(text, max, reader, true);
  return reader.length > 0 ? reader.hashes[reader.length - 1]! : FNV_OFFSET;
}

/** Reads on, after `readKey` or an earlier call, until `reader.length` is `max` or the text ends. */
export function readMore(text: string, max: number, reader: SymbolReader): void {
  read(text, max, reader, false);
}

const isWordKind = (base: number): boolean => base === LETTER || base === NUMBER;

/** Appends symbols to `reader`; with `keyOnly`, stops where the key ends. */
function read(text: string, max: number, reader: SymbolReader, keyOnly: boolean): void {
  const { codes, ends, kinds: symbolKinds, hashes } = reader;
  let n = reader.length;
  let afterSeparator = reader.afterSeparator;
  let i = reader.position;
  let hash = n > 0 ? hashes[n - 1]! : FNV_OFFSET;
  for (; i < text.length && n < max; i++) {
    const code = text.charCodeAt(i);
    const kind = kindOfUnit(code);
    const base = kind & MASK;
    if (base === MARK || base === IGNORED) {
      if (n > 0 && !afterSeparator) ends[n - 1] = i + 1;
      continue;
    }
    if (keyOnly && n > 0 && !(isWordKind(base) && isWordKind(symbolKinds[0]! & MASK))) break;
    if (base === SEPARATOR) {
      if (afterSeparator) {
        symbolKinds[n - 1]! |= kind & HYPHEN_FLAG;
        continue;
      }
      afterSeparator = true;
    } else {
      afterSeparator = false;
    }
    // Letters, separators and apostrophes fold (see src/core/text/units.ts); anything else is itself.
    const single = base === OTHER || base === NUMBER ? code : foldCodes[code]!;
    // The table holds 0 where a letter folds to two symbols (ß -> "ss"); both end where the letter does.
    const folded = single === 0 ? foldUnit(code) : null;
    const count = folded ? folded.length : 1;
    for (let k = 0; k < count && n < max; k++) {
      const symbol = folded ? folded.charCodeAt(k) : single;
      hash = Math.imul(hash ^ symbol, FNV_PRIME);
      codes[n] = symbol;
      symbolKinds[n] = kind;
      ends[n] = i + 1;
      hashes[n] = hash;
      n++;
    }
  }
  reader.length = n;
  reader.position = i;
  reader.afterSeparator = afterSeparator;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash `readKey` returns for a key written as symbols. */
export function hashSymbols(symbols: string, from = 0, to = symbols.length): number {
  let hash = FNV_OFFSET;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ symbols.charCodeAt(k), FNV_PRIME);
  return hash;
}

/** The hash of symbols `from` to `to` of a read, with `prefix` (a symbol code, or -1) before them. */
export function hashRead(reader: SymbolReader, from: number, to: number, prefix = -1): number {
  let hash = FNV_OFFSET;
  if (prefix >= 0) hash = Math.imul(hash ^ prefix, FNV_PRIME);
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ reader.codes[k]!, FNV_PRIME);
  return hash;
}

/** The symbols read, as a string. */
export function readString(reader: SymbolReader): string {
  let out = '';
  for (let k = 0; k < reader.length; k++) out += String.fromCharCode(reader.codes[k]!);
  return out;
}

/** The symbols of a whole string (an alias, at build time), with each symbol's UnitKind | flags. */
export function symbolsOf(text: string): { symbols: string; kinds: number[] } {
  const clean = text.trim();
  const reader = createReader();
  readKey(clean, 0, 0, reader);
  readMore(clean, MAX_SYMBOLS, reader);
  const symbols = readString(reader);
  if (symbols.length >= MAX_SYMBOLS) throw new Error(`"${text}" is too long for a name (${MAX_SYMBOLS} characters or more).`);
  return { symbols, kinds: Array.from(reader.kinds.subarray(0, symbols.length)) };
}
