/**
 * The alphabet the matcher compares in. Page text and aliases are both read as
 * "symbols", one per UTF-16 unit that counts: letters folded to their lower-case
 * base letter ("Ş" -> "s"), every run of spaces and hyphens as one " ", every
 * apostrophe as "'", anything else as itself. Combining marks and invisible
 * characters (soft hyphen, zero-width space…) inside a name are skipped. The case
 * of each letter is kept aside, because a name's capitals matter ("Turkey", not
 * "turkey") while its diacritics do not.
 */
import { APOSTROPHE_CHARS, INVISIBLE_CHARS, stripDiacritics } from '../text/fold';

export const enum Kind {
  /** Not classified yet (the table starts empty). */
  Unknown = 0,
  Letter = 1,
  Number = 2,
  Mark = 3,
  Invisible = 4,
  Separator = 5,
  Apostrophe = 6,
  Other = 7,
}
/** Set on a Letter kind when the letter is upper-case. */
export const UPPER = 8;

export const APOSTROPHE_SYMBOL = "'";

/**
 * Precomposed letters are folded to their base only in Latin-1 Supplement, Latin
 * Extended-A and the comma-below S and T: the letters of Turkish, Kurdish in Latin
 * script and the European languages news transliterations use.
 */
export function foldsDiacritics(code: number): boolean {
  return (code >= 0xc0 && code <= 0x17f) || (code >= 0x218 && code <= 0x21b);
}

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`);
const SEPARATORS = /[\s\-\u2010-\u2013_]/;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Per UTF-16 unit: Kind | UPPER, 0 until first seen. Filled lazily: most pages use a few dozen characters. */
const kinds = new Uint8Array(0x10000);
/** Per UTF-16 unit: the symbol it folds to (letters, numbers, other characters). */
const folds: string[] = [];

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  folds[code] = ch;
  if (code >= 0xd800 && code <= 0xdfff) return Kind.Other;
  // Before the letter test: U+02BC is a letter to Unicode but an apostrophe in "Assadʼs".
  if (INVISIBLE.test(ch)) return Kind.Invisible;
  if (APOSTROPHES.test(ch)) return Kind.Apostrophe;
  if (SEPARATORS.test(ch)) return Kind.Separator;
  // ASCII and General Punctuation (curly quotes, dashes, special spaces) without the Unicode
  // property RegExps, whose first use costs V8 a compile that an English page would
  // otherwise pay for its first curly quote.
  if (code < 0x80 || (code >= 0x2000 && code <= 0x206f)) {
    if (code >= 0x61 && code <= 0x7a) return Kind.Letter;
    if (code >= 0x41 && code <= 0x5a) {
      folds[code] = ch.toLowerCase();
      return Kind.Letter | UPPER;
    }
    return code >= 0x30 && code <= 0x39 ? Kind.Number : Kind.Other;
  }
  if (LETTER.test(ch)) {
    const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    let base = foldsDiacritics(code) ? stripDiacritics(ch) : ch;
    if (base.length !== 1 || !LETTER.test(base)) base = ch;
    const lower = base.toLowerCase();
    folds[code] = lower.length === 1 ? lower : base;
    return Kind.Letter | (upper ? UPPER : 0);
  }
  return MARK.test(ch) ? Kind.Mark : NUMBER.test(ch) ? Kind.Number : Kind.Other;
}

/** Kind | UPPER of one UTF-16 unit. */
export function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) kinds[code] = kind = classify(code);
  return kind;
}

/** Letters, marks and digits make words; U+02BC, a letter to Unicode, is an apostrophe in "Assadʼs". */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) {
    const cp = text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code;
    return WORD.test(String.fromCodePoint(cp));
  }
  const kind = kindOf(code) & 7;
  return kind === Kind.Letter || kind === Kind.Mark || kind === Kind.Number;
}

/** A word ends before `index`. */
export function isWordEnd(text: string, index: number): boolean {
  return !isWordCharAt(text, index);
}

/** Where a read of symbols puts its results; reused, so that reading allocates nothing. */
export interface SymbolReader {
  /** Each symbol, as a UTF-16 code. */
  readonly codes: Uint16Array;
  /** Text index just past each symbol (past the marks and invisible characters that follow it). */
  readonly ends: Int32Array;
  /** Kind | UPPER of each symbol's first unit. */
  readonly kinds: Uint8Array;
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
    length: 0,
    position: 0,
    afterSeparator: false,
  };
}

const SEPARATOR_CODE = 0x20;
const APOSTROPHE_CODE = 0x27;

/**
 * Reads the key the matcher looks names up by, from `start` (which must not be a mark or
 * an invisible character): the first word (letters and digits), or the first symbol alone
 * when that is not part of a word. Returns the key's hash (see `hashSymbols`).
 */
export function readKey(text: string, start: number, max: number, reader: SymbolReader): number {
  reader.length = 0;
  reader.position = start;
  reader.afterSeparator = false;
  return read(text, max, reader, true);
}

/** Reads on, after `readKey` or an earlier call, until `reader.length` is `max` or the text ends. */
export function readMore(text: string, max: number, reader: SymbolReader): void {
  read(text, max, reader, false);
}

const isWordKind = (base: number): boolean => base === Kind.Letter || base === Kind.Number;

/** Appends symbols to `reader`; with `keyOnly`, stops where the key ends. Returns the hash of what it appended. */
function read(text: string, max: number, reader: SymbolReader, keyOnly: boolean): number {
  const { codes, ends, kinds: symbolKinds } = reader;
  let n = reader.length;
  let afterSeparator = reader.afterSeparator;
  let i = reader.position;
  let hash = FNV_OFFSET;
  for (; i < text.length && n < max; i++) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code);
    const base = kind & 7;
    if (base === Kind.Mark || base === Kind.Invisible) {
      if (n > 0 && !afterSeparator) ends[n - 1] = i + 1;
      continue;
    }
    if (keyOnly && n > 0 && !(isWordKind(base) && isWordKind(symbolKinds[0]! & 7))) break;
    if (base === Kind.Separator) {
      if (afterSeparator) continue;
      afterSeparator = true;
    } else {
      afterSeparator = false;
    }
    const symbol = symbolCode(code, base);
    hash = Math.imul(hash ^ symbol, FNV_PRIME);
    codes[n] = symbol;
    symbolKinds[n] = kind;
    ends[n] = i + 1;
    n++;
  }
  reader.length = n;
  reader.position = i;
  reader.afterSeparator = afterSeparator;
  return hash;
}

function symbolCode(code: number, base: number): number {
  if (base === Kind.Separator) return SEPARATOR_CODE;
  if (base === Kind.Apostrophe) return APOSTROPHE_CODE;
  return folds[code]!.charCodeAt(0);
}

/** Whether the symbols read start with `symbols`. */
export function readStartsWith(reader: SymbolReader, symbols: string): boolean {
  if (reader.length < symbols.length) return false;
  const { codes } = reader;
  for (let k = 0; k < symbols.length; k++) if (codes[k] !== symbols.charCodeAt(k)) return false;
  return true;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash `readKey` returns for a key written as symbols. */
export function hashSymbols(symbols: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < symbols.length; k++) hash = Math.imul(hash ^ symbols.charCodeAt(k), FNV_PRIME);
  return hash;
}

/** The symbols read, as a string. */
export function readString(reader: SymbolReader): string {
  let out = '';
  for (let k = 0; k < reader.length; k++) out += String.fromCharCode(reader.codes[k]!);
  return out;
}

/** The symbols of a whole string (an alias, at build time), with each symbol's Kind | UPPER. */
export function symbolsOf(text: string): { symbols: string; kinds: number[] } {
  const clean = stripDiacritics(text.trim());
  const reader = createReader();
  readKey(clean, 0, 0, reader);
  readMore(clean, MAX_SYMBOLS, reader);
  const symbols = readString(reader);
  if (symbols.length >= MAX_SYMBOLS) throw new Error(`"${text}" is too long for a name (${MAX_SYMBOLS} characters or more).`);
  return { symbols, kinds: Array.from(reader.kinds.subarray(0, symbols.length)) };
}
