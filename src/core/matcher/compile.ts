/**
 * Compiles a dataset's entities into matcher data: every written form of every alias,
 * keyed by its first word, plus the class of units a name can start with. This is the
 * costly part, done once per dataset version (at build time for the extension).
 */
import type { Entity } from '../dataset/schema';
import { APOSTROPHE_CHARS, foldKey } from '../text/fold';
import { type AliasForm, type AliasSpec, aliasForms, aliasSpecs, withoutArticles } from './alias-patterns';
import { classFromCodePoints, letterCodePoints } from './first-units';
import { AliasLookup } from './lookup';
import { matcherFromData } from './matcher';
import { APOSTROPHE_SYMBOL, Kind, createReader, kindOf, readKey, readString } from './symbols';
import { ACRONYM, type CompiledMatcher, type FormRecord, type MatcherData, type MatchTarget, SURNAME_ONLY } from './types';

export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  return matcherFromData(compileMatcherData(entities));
}

interface FormEntry {
  form: AliasForm;
  spec: AliasSpec;
}

export function compileMatcherData(entities: readonly Entity[]): MatcherData {
  const lookup = new AliasLookup();
  const entries: FormEntry[] = [];
  const addForms = (spec: AliasSpec): void => {
    for (const form of aliasForms(spec)) if (form.symbols !== '') entries.push({ form, spec });
  };

  // 1. Aliases as listed (each entity's name included).
  const explicit = entities.flatMap((entity) => aliasSpecs(entity, foldKey).map((spec) => ({ entity, spec })));
  lookup.addExplicit(explicit);
  explicit.forEach((c) => addForms(c.spec));

  // 2. Namesakes, with and without their articles: matched so that they consume their text, never resolved.
  for (const entity of entities) {
    for (const namesake of entity.namesakes ?? []) {
      for (const text of [namesake, ...withoutArticles(namesake)]) {
        if (lookup.addNamesake(text)) addForms({ text, kind: 'name', ambiguous: true });
      }
    }
  }

  // 3. Forms without "al-" that the data does not list.
  const derived = explicit.flatMap(({ entity, spec }) =>
    spec.kind === 'acronym' ? [] : withoutArticles(spec.text).map((text) => ({ entity, spec: { ...spec, text } })),
  );
  lookup.addDerived(derived).forEach((c) => addForms(c.spec));

  return toData(entries, lookup);
}

function toData(entries: readonly FormEntry[], lookup: AliasLookup): MatcherData {
  const targets: MatchTarget[] = [];
  const targetIndex = new Map<MatchTarget, number>();
  const indexOf = (target: MatchTarget | null): number => {
    if (!target) return -1;
    let index = targetIndex.get(target);
    if (index === undefined) {
      index = targets.push(target) - 1;
      targetIndex.set(target, index);
    }
    return index;
  };

  // One record per distinct form (symbols and case rule); a form is a surname's only if every alias written so is one.
  const records = new Map<string, FormRecord>();
  const surnameOnly = new Map<string, boolean>();
  for (const { form, spec } of entries) {
    const id = `${form.symbols}\u0000${form.cases}`;
    surnameOnly.set(id, (surnameOnly.get(id) ?? true) && spec.kind === 'surname');
    if (records.has(id)) continue;
    const flags = spec.kind === 'acronym' ? ACRONYM : 0;
    records.set(id, [form.symbols, form.cases, flags, indexOf(lookup.resolve(spec.text))]);
  }

  const forms = new Map<string, FormRecord[]>();
  const firstUnits = new Set<number>();
  const reader = createReader();
  let longestKey = 1;
  for (const [id, record] of records) {
    if (surnameOnly.get(id)) record[2] |= SURNAME_ONLY;
    const [symbols, cases] = record;
    readKey(symbols, 0, symbols.length, reader);
    const key = readString(reader);
    longestKey = Math.max(longestKey, key.length);
    let list = forms.get(key);
    if (!list) forms.set(key, (list = []));
    list.push(record);
    for (const unit of unitsFoldingTo(symbols[0]!, cases[0] ?? '.')) firstUnits.add(unit);
  }
  // Longest first, so the first form that fits is the leftmost-longest match; an acronym
  // before a name of the same letters, as resolving has always preferred it.
  for (const list of forms.values()) {
    list.sort((a, b) => b[0].length - a[0].length || (b[2] & ACRONYM) - (a[2] & ACRONYM) || compare(a[0], b[0]) || compare(a[1], b[1]));
  }
  return {
    firstUnits: firstUnits.size ? classFromCodePoints(firstUnits) : '[]',
    longestKey,
    targets,
    forms: [...forms].sort((a, b) => compare(a[0], b[0])),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The text units whose symbol is `symbol`, under a case rule. */
function unitsFoldingTo(symbol: string, rule: string): number[] {
  if (symbol === APOSTROPHE_SYMBOL) return [...APOSTROPHE_CHARS].map((ch) => ch.codePointAt(0)!);
  const code = symbol.charCodeAt(0);
  if ((kindOf(code) & 7) !== Kind.Letter) return [code];
  if (rule === 'U') return letterCodePoints(symbol.toUpperCase(), 'exact');
  if (rule === 'L') return letterCodePoints(symbol, 'exact');
  return letterCodePoints(symbol, 'any');
}
