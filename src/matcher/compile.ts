/**
 * Compiles a dataset's entities into one matcher: a single trie-shaped RegExp (what mark.js
 * runs) plus the lookup that maps each match back to its entity.
 */
import type { Entity } from '../dataset/schema';
import { foldKey } from '../text/fold';
import { type AliasSpec, aliasSpecs, aliasUnitLists, withoutArticles } from './alias-patterns';
import { LETTER_TAIL, LETTER_TAIL_SLOT, NOISY_TEXT, WORD_END, WORD_START, classFromCodePoints } from './char-classes';
import { AliasLookup } from './lookup';
import { SURNAME_END_CHECK, guardCapture } from './surname-guard';
import { AliasTrie } from './trie';
import type { CompiledMatcher, Match, MatcherData } from './types';

const FLAGS = 'gu';

export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  return matcherFromData(compileMatcherData(entities));
}

/** The costly part, done once per dataset: the pattern and the lookup tables, as plain data. */
export function compileMatcherData(entities: readonly Entity[]): MatcherData {
  const lookup = new AliasLookup();
  const trie = new AliasTrie();
  let hasSurname = false;
  const addPattern = (spec: AliasSpec): void => {
    const surname = spec.kind === 'surname';
    hasSurname ||= surname;
    for (const units of aliasUnitLists(spec)) trie.insert(units, surname);
  };

  // 1. Aliases as listed (each entity's name included).
  const explicit = entities.flatMap((entity) => aliasSpecs(entity, foldKey).map((spec) => ({ entity, spec })));
  lookup.addExplicit(explicit);
  explicit.forEach((c) => addPattern(c.spec));

  // 2. Namesakes, with and without their articles: matched so that they consume their text, never resolved.
  for (const entity of entities) {
    for (const namesake of entity.namesakes ?? []) {
      for (const text of [namesake, ...withoutArticles(namesake)]) {
        if (lookup.addNamesake(text)) addPattern({ text, kind: 'name', ambiguous: true });
      }
    }
  }

  // 3. Forms without "al-" that the data does not list.
  const derived = explicit.flatMap(({ entity, spec }) =>
    spec.kind === 'acronym' ? [] : withoutArticles(spec.text).map((text) => ({ entity, spec: { ...spec, text } })),
  );
  lookup.addDerived(derived).forEach((c) => addPattern(c.spec));

  const slotted = buildSource(trie, hasSurname);
  const source = slotted.replaceAll(LETTER_TAIL_SLOT, '');
  const noisySource = slotted.replaceAll(LETTER_TAIL_SLOT, LETTER_TAIL);
  // Fail at build time, not on the first page.
  new RegExp(source, FLAGS);
  new RegExp(noisySource, FLAGS);
  return { source, noisySource, ...lookup.toData() };
}

/** A ready matcher from precompiled data: no pattern building, only map construction. */
export function matcherFromData(data: MatcherData): CompiledMatcher {
  const lookup = new AliasLookup(data);
  const clean = new RegExp(data.source, FLAGS);
  // Compiled only on the first page text that needs it.
  let noisy: RegExp | null = null;
  const templateFor = (text?: string) =>
    text === undefined || NOISY_TEXT.test(text) ? (noisy ??= new RegExp(data.noisySource, FLAGS)) : clean;

  const matcher: CompiledMatcher = {
    source: data.noisySource,
    createRegExp: (text) => new RegExp(templateFor(text)),
    sharedRegExp(text) {
      const re = templateFor(text);
      re.lastIndex = 0;
      return re;
    },
    resolve: (matchText) => lookup.resolve(matchText),
    find(text) {
      const re = matcher.sharedRegExp(text);
      const found: Match[] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const target = lookup.resolve(m[0]);
        if (target) found.push({ ...target, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      return found;
    },
  };
  return Object.freeze(matcher);
}

function buildSource(trie: AliasTrie, hasSurname: boolean): string {
  if (trie.isEmpty) return '(?!)';
  const first = trie.firstCodePoints();
  // A cheap class test first, so that the boundary and guard lookbehinds only run where a name could start.
  const prefilter = first ? `(?=${classFromCodePoints(first)})` : '';
  const body = trie.emit({
    surnameEnd: hasSurname ? SURNAME_END_CHECK : '',
    ...(hasSurname && {
      surnameGuard: (first: number[] | null) => (first ? `(?=${classFromCodePoints(first)})` : '') + guardCapture(),
    }),
  });
  // One right boundary for all aliases: when the longest alias at a position is followed by a
  // letter ("Assadi"), backtracking into the trie tries the shorter ones in turn.
  return `${prefilter}${WORD_START}${body}${WORD_END}`;
}
