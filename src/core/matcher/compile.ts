/**
 * Compiles a dataset's entities into matcher data: every written form of every alias,
 * keyed by its first word, plus the class of units a name can start with. This is the
 * costly part, done once per dataset version (at build time for the extension).
 */
import type { Category, Entity } from '../dataset/schema';
import { foldKey } from '../text/fold';
import { APOSTROPHE_CHARS } from '../text/units';
import { KIND_MASK, UnitKind, unitKind } from '../text/units';
import { type AliasForm, aliasForms, articleVariants } from './alias-patterns';
import { classFromCodePoints, letterCodePoints } from './first-units';
import { AliasLookup, aliasSpecs, type AliasSpec } from './lookup';
import { matcherFromData } from './matcher';
import { PROCLITICS } from './arabic';
import { isTitleOrFunctionWord } from './surname-guard';
import { APOSTROPHE_SYMBOL, createReader, readKey, readString } from './symbols';
import { ACRONYM, CONTEXT, type CompiledMatcher, type FormRecord, type MatcherData, type MatchTarget, SURNAME_ONLY } from './types';

export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  return matcherFromData(compileMatcherData(entities));
}

interface FormEntry {
  form: AliasForm;
  spec: AliasSpec;
  entity: Entity | null;
}

/** One text the matcher compiles into forms, with what it stands for (null: a namesake). */
interface FormText {
  spec: AliasSpec;
  entity: Entity | null;
  category: Category | null;
}

/**
 * Every text the matcher compiles, in the order it registers them: the aliases as listed, the
 * namesakes, the forms with their articles left out or swapped ("al-"/"el-"), and each surname after each of the person's own given
 * names ("Beşar Assad", "Bachar Asad"). The probe's index (src/build/probe-index.ts) is built
 * from the same list, so that it knows every form the matcher can find.
 */
export function formTexts(entities: readonly Entity[]): FormText[] {
  return collect(entities, new AliasLookup()).texts;
}

function collect(entities: readonly Entity[], lookup: AliasLookup): { texts: FormText[] } {
  const texts: FormText[] = [];
  const add = (spec: AliasSpec, entity: Entity | null) => texts.push({ spec, entity, category: entity?.category ?? null });

  // 1. Aliases as listed (each entity's name included).
  const explicit = entities.flatMap((entity) => aliasSpecs(entity, foldKey).map((spec) => ({ entity, spec })));
  lookup.addExplicit(explicit);
  explicit.forEach((c) => add(c.spec, c.entity));

  // 2. Namesakes, with their articles written every way: matched so that they consume their text, never resolved.
  for (const entity of entities) {
    for (const namesake of entity.namesakes ?? []) {
      for (const text of [namesake, ...articleVariants(namesake)]) {
        if (lookup.addNamesake(text)) add({ text, kind: 'name', ambiguous: true, namesake: true }, null);
      }
    }
  }

  // 3. Forms with "al-" left out or written "el-" (and the other way) that the data does not list.
  const derived = explicit.flatMap(({ entity, spec }) =>
    spec.kind === 'acronym' ? [] : articleVariants(spec.text).map((text) => ({ entity, spec: { ...spec, text } })),
  );
  lookup.addDerived(derived).forEach((c) => add(c.spec, c.entity));

  // 4. A person's surname after any of the person's own given names, in the same script: a
  //    given name spelt as another language spells it is still not a different given name.
  const withGiven = entities.flatMap((entity) => (entity.category === 'person' ? givenNameForms(entity, [...explicit, ...derived]) : []));
  lookup.addDerived(withGiven).forEach((c) => add(c.spec, c.entity));

  return { texts };
}

interface Claim {
  entity: Entity;
  spec: AliasSpec;
}

const SCRIPT_RE = /\p{Script=Latin}|\p{Script=Cyrillic}|\p{Script=Arabic}/u;
const scriptOf = (text: string): string => {
  const m = SCRIPT_RE.exec(text);
  if (!m) return '';
  return /\p{Script=Latin}/u.test(m[0]) ? 'Latin' : /\p{Script=Cyrillic}/u.test(m[0]) ? 'Cyrillic' : 'Arabic';
};

/** "Bachar" + "Assad", "Beşar" + "al-Assad", … for one person: every given name with every surname of the same script. */
function givenNameForms(entity: Entity, claims: readonly Claim[]): Claim[] {
  const own = claims.filter((c) => c.entity === entity);
  const surnames = own.filter((c) => c.spec.kind === 'surname');
  const surnameKeys = new Set(surnames.map((c) => foldKey(c.spec.text)));
  const given = new Map<string, { text: string; lang: string | undefined }>();
  for (const { spec } of own) {
    if (spec.kind !== 'name') continue;
    const m = /^(\S+)\s+(.+)$/u.exec(spec.text.trim());
    if (!m || !surnameKeys.has(foldKey(m[2]!)) || isTitleOrFunctionWord(m[1]!)) continue;
    given.set(foldKey(m[1]!), { text: m[1]!, lang: spec.lang });
  }
  const out: Claim[] = [];
  for (const { text: first } of given.values()) {
    for (const surname of surnames) {
      if (scriptOf(first) !== scriptOf(surname.spec.text)) continue;
      out.push({ entity, spec: { ...surname.spec, kind: 'name', text: `${first} ${surname.spec.text}` } });
    }
  }
  return out;
}

export function compileMatcherData(entities: readonly Entity[]): MatcherData {
  const lookup = new AliasLookup();
  const { texts } = collect(entities, lookup);
  const entries: FormEntry[] = [];
  for (const { spec, entity } of texts) {
    for (const form of aliasForms(spec)) if (form.symbols !== '') entries.push({ form, spec, entity });
  }
  return toData(entries, lookup, contextForms(texts));
}

/**
 * Aliases of a group written as a word but spelt like one of its acronyms ("Isis" beside
 * "ISIS"): the word has other meanings (the goddess, the river), so it needs a group context.
 */
function contextForms(texts: readonly FormText[]): Set<string> {
  const acronyms = new Map<string, Set<string>>();
  for (const { spec, entity } of texts) {
    if (entity && spec.kind === 'acronym') {
      let set = acronyms.get(entity.id);
      if (!set) acronyms.set(entity.id, (set = new Set()));
      set.add(foldKey(spec.text));
    }
  }
  const out = new Set<string>();
  for (const { spec, entity } of texts) {
    if (entity?.category === 'group' && spec.kind !== 'acronym' && acronyms.get(entity.id)?.has(foldKey(spec.text))) out.add(spec.text);
  }
  return out;
}

/** The target of an alias that counts only beside another name: a copy of the entity's target, marked. */
const supportedTargets = new WeakMap<MatchTarget, MatchTarget>();
function supported(target: MatchTarget | null, needsSupport: boolean): MatchTarget | null {
  if (!target || !needsSupport) return target;
  let marked = supportedTargets.get(target);
  if (!marked) supportedTargets.set(target, (marked = { ...target, needsSupport: true }));
  return marked;
}

function toData(entries: readonly FormEntry[], lookup: AliasLookup, needsContext: ReadonlySet<string>): MatcherData {
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
    const flags = (spec.kind === 'acronym' ? ACRONYM : 0) | (needsContext.has(spec.text) ? CONTEXT : 0);
    records.set(id, [form.symbols, form.cases, flags, indexOf(supported(lookup.resolve(spec.text), spec.needsSupport === true))]);
  }

  const forms = new Map<string, FormRecord[]>();
  const firstUnits = new Set<number>();
  const reader = createReader();
  let longestKey = 1;
  let arabic = false;
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
    if (/[\u0600-\u06ff]/.test(symbols[0]!)) arabic = true;
  }
  // A word of Arabic script can carry a proclitic before the name: "والأسد", "بالأمم".
  if (arabic) for (const ch of PROCLITICS) for (const unit of unitsFoldingTo(ch, '.')) firstUnits.add(unit);
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
  if ((unitKind(code) & KIND_MASK) !== UnitKind.Letter) return [code];
  if (rule === 'U') return letterCodePoints(symbol.toUpperCase(), 'exact');
  if (rule === 'L') return letterCodePoints(symbol, 'exact');
  return letterCodePoints(symbol, 'any');
}
