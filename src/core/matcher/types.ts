import type { Category } from '../dataset/schema';

export interface MatchTarget {
  /** Set when the alias counts only beside another name in its paragraph (see `withSupport`). */
  needsSupport?: true;
  entityId: string;
  category: Category;
  /** The alias (as written in the data) the matched text stands for. */
  alias: string;
}

export interface Match extends MatchTarget {
  start: number;
  end: number;
  text: string;
}

/** A stretch of text that matched a form: `target` null for a declared namesake or an ambiguous alias (never highlight those). */
export interface Span {
  start: number;
  end: number;
  target: MatchTarget | null;
}

export interface CompiledMatcher {
  /**
   * The first span at or after `from`, leftmost-longest: the longest form that matches at the
   * leftmost position where any does. Namesakes and ambiguous aliases are spans too, so that
   * they consume their text ("Hafez al-Assad" never yields "al-Assad").
   */
  next(text: string, from: number): Span | null;
  /** What a matched text refers to; null for a namesake, an ambiguous alias or no alias at all. */
  resolve(matchText: string): MatchTarget | null;
  /** All resolved matches in a string, in order, non-overlapping; namesakes consumed but not returned. */
  find(text: string): Match[];
}

/** Record flag: every alias with this form is a surname (the surname guard applies). */
export const SURNAME_ONLY = 1;
/** Record flag: the form is an acronym's, whose case is part of its identity. */
export const ACRONYM = 2;
/** Record flag: a group's name spelt like its acronym ("Isis"): it matches only in a group context. */
export const CONTEXT = 4;

/** One written form: [symbols, case rule ('' when any case goes), flags, index into targets or -1]. */
export type FormRecord = [symbols: string, cases: string, flags: number, target: number];

/**
 * Everything a matcher needs at run time, as plain data: built once per dataset
 * (at build time for the extension), so that a page never pays for compiling.
 */
export interface MatcherData {
  /** A RegExp character class of the text units a name can start with. */
  firstUnits: string;
  /** Length of the longest key, in symbols. */
  longestKey: number;
  targets: MatchTarget[];
  /** [key (a form's first word, in symbols), its forms, longest first], sorted by key. */
  forms: [key: string, forms: FormRecord[]][];
}
