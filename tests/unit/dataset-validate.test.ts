import { describe, expect, it } from 'vitest';
import { mkdtempSync, cpSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasetFromDisk, loadSourcesFromDisk } from '../../src/build/load-dataset';
import {
  containsVerbatim,
  excerptNames,
  formatDatasetErrors,
  validateDataset,
  validateSourceMeta,
  type DatasetError,
} from '../../src/core/dataset/validate';
import type { Source } from '../../src/core/dataset/schema';

/**
 * Every rule of the validator, each checked by handing it a broken copy of the real data
 * and asserting the exact error: file, entry, field and message. The alias files are
 * in-memory fixtures, so these tests do not depend on data/aliases/, which others edit.
 */

const FILE = 'data/astana-talks.json';
const SOURCE_ID = 'cnn-2017-01-23-astana-talks';
const root = process.cwd();
const loadErrors: DatasetError[] = [];
const sources = loadSourcesFromDisk(root, loadErrors);
const original = JSON.parse(readFileSync(join(root, FILE), 'utf8')) as unknown;

// Loose JSON shapes for mutation.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function clone(): Json {
  return structuredClone(original) as Json;
}

function entity(data: Json, id: string): Json {
  const found = (data.entities as Json[]).find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

function fact(data: Json, entityId: string, factId: string): Json {
  const found = (entity(data, entityId).facts as Json[]).find((f) => f.id === factId);
  if (!found) throw new Error(`no fact ${factId}`);
  return found;
}

function quote(data: Json, id: string): Json {
  const found = (data.quotes as Json[]).find((q) => q.id === id);
  if (!found) throw new Error(`no quote ${id}`);
  return found;
}

interface Options {
  sources?: Source[];
  aliasFiles?: { file: string; data: unknown }[];
}

/** The formatted errors, one per line; [] when the data is valid. */
function errorLines(data: unknown, options: Options = {}): string[] {
  const result = validateDataset({ file: FILE, data, sources: options.sources ?? sources, aliasFiles: options.aliasFiles ?? [] });
  return result.ok ? [] : formatDatasetErrors(result.errors).split('\n');
}

function errorsOf(data: unknown, options: Options = {}): DatasetError[] {
  const result = validateDataset({ file: FILE, data, sources: options.sources ?? sources, aliasFiles: options.aliasFiles ?? [] });
  return result.ok ? [] : result.errors;
}

const NOT_NAMED = (name: string) => `no excerpt names "${name}" (nor any alias); add an excerpt that names it, or a restoredName`;

it('reads the sources without problems', () => {
  expect(loadErrors).toEqual([]);
});

it('accepts the real dataset file with the real sources', () => {
  expect(errorLines(clone())).toEqual([]);
});

describe('excerpts', () => {
  it('must be found verbatim in the source, each of them', () => {
    const data = clone();
    fact(data, 'mohammad-alloush', 'alloush-arrived-with-dozen-rebel-figures').evidence[1] =
      'The rebel coalition will be headed by Mohammad Alloush, a leading figure in the Jaish al-Islam faction.';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "mohammad-alloush": facts[2].evidence[1]: not found verbatim in source "${SOURCE_ID}"`,
    ]);
  });

  it('may differ from the source in whitespace runs only', () => {
    const data = clone();
    const f = fact(data, 'bashar-al-assad', 'assad-moscow-ally');
    f.evidence[0] = (f.evidence[0] as string).replace(/\s+/g, '\n ');
    expect(errorLines(data)).toEqual([]);
    expect(containsVerbatim('a  b\tc', 'a b c')).toBe(true);
    expect(containsVerbatim('al-Assad', 'al Assad')).toBe(false);
  });

  it('keep the source’s quotation marks', () => {
    const data = clone();
    const q = quote(data, 'simsek-tass-first-time-together');
    q.evidence[0] = (q.evidence[0] as string).replace(/”/g, '"');
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "simsek-tass-first-time-together": evidence[0]: not found verbatim in source "${SOURCE_ID}"`,
    ]);
  });

  it('are one or two, and not the same twice', () => {
    const data = clone();
    const f = fact(data, 'geneva', 'geneva-meeting-february-8');
    const only = f.evidence[0] as string;
    f.evidence = [only, only, only];
    expect(errorLines(data)).toEqual([`${FILE}: entity "geneva": facts[0].evidence: at most two excerpts`]);
    f.evidence = [];
    expect(errorLines(data)).toEqual([`${FILE}: entity "geneva": facts[0].evidence: needs one excerpt (or two)`]);
    f.evidence = [only, only.replace(/\s+/g, ' ')];
    expect(errorLines(data)).toEqual([`${FILE}: entity "geneva": facts[0].evidence[1]: repeats evidence[0]`]);
  });

  it('are an array, not one string as before', () => {
    const data = clone();
    const f = fact(data, 'geneva', 'geneva-meeting-february-8');
    f.evidence = f.evidence[0];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "geneva": facts[0].evidence: must be an array of one or two verbatim excerpts`,
    ]);
  });
});

describe('every fact names its subject', () => {
  it('fails when no excerpt names the entity any more', () => {
    const data = clone();
    fact(data, 'mohammad-alloush', 'alloush-opposition-wants-ceasefire-only').evidence = [
      'said the opposition in Astana is only interested in a ceasefire.',
    ];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "mohammad-alloush": facts[4].evidence: ${NOT_NAMED('Mohammad Alloush')}`,
    ]);
    expect(errorsOf(data)).toEqual([
      { file: FILE, entry: 'mohammad-alloush', entryKind: 'entity', field: 'facts[4].evidence', message: NOT_NAMED('Mohammad Alloush') },
    ]);
  });

  it('fails for a pronoun without the sentence that names the subject', () => {
    const data = clone();
    const f = fact(data, 'bashar-al-assad', 'assad-told-tbs-reconciliation');
    f.evidence = [f.evidence[0]]; // "He told Japanese TBS TV …"
    expect(errorLines(data)).toEqual([`${FILE}: entity "bashar-al-assad": facts[3].evidence: ${NOT_NAMED('Bashar al-Assad')}`]);
  });

  it('fails for a description without the sentence that names the place', () => {
    const data = clone();
    const f = fact(data, 'astana', 'astana-kazakh-capital-hosts-talks');
    f.evidence = [f.evidence[0]]; // "… in Kazakhstan’s capital …"
    expect(errorLines(data)).toEqual([`${FILE}: entity "astana": facts[0].evidence: ${NOT_NAMED('Astana')}`]);
  });

  it('compares names after the fold, as whole words, and acronyms with their case', () => {
    expect(excerptNames('Mehmet Simsek, Turkish deputy prime minister', 'Şimşek', 'surname')).toBe(true);
    expect(excerptNames('the al   Jabhat Fateh  .', 'Jabhat Fateh al-Sham')).toBe(false);
    expect(excerptNames('the two Syrian delegations', 'Syria')).toBe(false);
    expect(excerptNames('Kazakhstan’s capital', 'Kazakhstan')).toBe(true);
    expect(excerptNames('The new US administration said', 'US', 'acronym')).toBe(true);
    expect(excerptNames('the U.S. said', 'US', 'acronym')).toBe(true);
    expect(excerptNames('give us a ceasefire', 'US', 'acronym')).toBe(false);
  });

  it('counts, for an organisation, the names of the places it speaks through', () => {
    const data = clone();
    entity(data, 'russian-government').speaksThrough = ['russia'];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "russian-government": facts[0].evidence: ${NOT_NAMED('Russian government')}`,
      `${FILE}: quote "moscow-invited-all-except-isis-jfs": evidence: no excerpt names the speaker "Russian government" (nor any alias); add an excerpt that names it, or a restoredName`,
    ]);
  });
});

describe('restored names', () => {
  it('are needed where the only naming of the subject is a stripped gap', () => {
    const data = clone();
    delete fact(data, 'bashar-al-jaafari', 'jaafari-syria-un-ambassador').restoredName;
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-jaafari": facts[0].evidence: ${NOT_NAMED('Bashar al-Jaafari')}`,
    ]);
  });

  it('must read exactly as the excerpt does, gap included', () => {
    const data = clone();
    fact(data, 'bashar-al-assad', 'assad-government-delegates-at-talks').restoredName.reads = 'President Bashar al-Assad';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-assad": facts[0].restoredName.reads: "President Bashar al-Assad" does not occur exactly so in any excerpt`,
      `${FILE}: entity "bashar-al-assad": facts[0].evidence: ${NOT_NAMED('Bashar al-Assad')}`,
    ]);
  });

  it('must read a gap where the stripped word stood', () => {
    const data = clone();
    fact(data, 'bashar-al-assad', 'assad-government-delegates-at-talks').restoredName.reads = 'President Bashar';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-assad": facts[0].restoredName.reads: "President Bashar" has no gap (a run of two or more spaces) where a stripped word stood`,
      `${FILE}: entity "bashar-al-assad": facts[0].evidence: ${NOT_NAMED('Bashar al-Assad')}`,
    ]);
  });

  it('must restore the name or an alias of an entity, sharing a word with what it reads', () => {
    const data = clone();
    const f = fact(data, 'bashar-al-jaafari', 'jaafari-heads-government-delegation');
    f.restoredName = { reads: 'UN Ambassador Bashar  ', name: 'Bashar al-Jaafary-Smith' };
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-jaafari": facts[1].restoredName.name: "Bashar al-Jaafary-Smith" is not the name or an alias of any entity`,
      `${FILE}: entity "bashar-al-jaafari": facts[1].evidence: ${NOT_NAMED('Bashar al-Jaafari')}`,
    ]);
    f.restoredName = { reads: 'the   government', name: 'Bashar al-Jaafari' };
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-jaafari": facts[1].restoredName.reads: "the   government" shares no word with the restored name "Bashar al-Jaafari"`,
      `${FILE}: entity "bashar-al-jaafari": facts[1].evidence: ${NOT_NAMED('Bashar al-Jaafari')}`,
    ]);
  });

  it('name the subject only when they restore one of its names', () => {
    const data = clone();
    fact(data, 'bashar-al-jaafari', 'jaafari-syria-un-ambassador').restoredName.name = 'Bashar al-Assad';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-jaafari": facts[0].evidence: ${NOT_NAMED('Bashar al-Jaafari')}`,
    ]);
  });

  it('are only possible in a source marked strippedNames', () => {
    const data = clone();
    const unmarked = sources.map((s) => ({ ...s, strippedNames: false }));
    const lines = errorLines(data, { sources: unmarked });
    expect(lines).toContain(
      `${FILE}: entity "bashar-al-assad": facts[0].restoredName: source "${SOURCE_ID}" is not marked "strippedNames": true; only a copy that lost its hyphenated words can need a restored name`,
    );
    expect(lines.every((line) => line.includes('restoredName') || line.includes('no excerpt names'))).toBe(true);
  });
});

describe('dates', () => {
  it('a fact gives no date that its excerpts do not ("last week" stays "last week")', () => {
    const data = clone();
    fact(data, 'mehmet-simsek', 'simsek-davos-remarks').text =
      'CNN reported that on 19 January 2017, at the World Economic Forum in Davos, Şimşek said the facts on the ground had changed.';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "mehmet-simsek": facts[3].text: gives the date "19 January", which no excerpt gives and which is not the publication date of source "${SOURCE_ID}"`,
    ]);
  });

  it('a fact may give the publication date, and the dates its excerpts give', () => {
    const data = clone();
    fact(data, 'geneva', 'geneva-meeting-february-8').text = 'On 23 January 2017 CNN reported a meeting expected on 8 February.';
    expect(errorLines(data)).toEqual([]);
    fact(data, 'geneva', 'geneva-meeting-february-8').text = 'CNN reported a meeting expected on February 8, 2018.';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "geneva": facts[0].text: gives the date "2018", which no excerpt gives and which is not the publication date of source "${SOURCE_ID}"`,
    ]);
  });

  it('a role gives no date that its fact does not', () => {
    const data = clone();
    entity(data, 'geneva').role = 'Swiss city where a meeting was held on 9 February';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "geneva": role: gives the date "9 February", which the excerpts of fact "geneva-meeting-february-8" do not give`,
    ]);
  });

  it('a quote’s relative time is the source’s own words', () => {
    const data = clone();
    quote(data, 'simsek-davos-facts-changed').when = 'the week before the talks';
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "simsek-davos-facts-changed": when: "the week before the talks" is not in any excerpt; give the source's own words for the time`,
    ]);
  });

  it('a quote’s lost words are placed after a part of its text that occurs once', () => {
    const data = clone();
    quote(data, 'alloush-afp-finish-bloodletting').gapsAfter = ['a course of action'];
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "alloush-afp-finish-bloodletting": gapsAfter[0]: "a course of action" must occur exactly once in the quote's text, right before the lost words`,
    ]);
    quote(data, 'alloush-afp-finish-bloodletting').gapsAfter = ['finish'];
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "alloush-afp-finish-bloodletting": gapsAfter[0]: "finish" must occur exactly once in the quote's text, right before the lost words`,
    ]);
  });

  it('a quote’s date is written YYYY-MM-DD and is not after its source', () => {
    const data = clone();
    quote(data, 'assad-amnesty-hope').date = '23/01/2017';
    expect(errorLines(data)).toEqual([`${FILE}: quote "assad-amnesty-hope": date: must be a date written YYYY-MM-DD`]);
    quote(data, 'assad-amnesty-hope').date = '2017-01-24';
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "assad-amnesty-hope": date: 2017-01-24 is after the publication date 2017-01-23 of source "${SOURCE_ID}"`,
    ]);
  });
});

describe('roles', () => {
  it('cite one of the entity’s own facts', () => {
    const data = clone();
    entity(data, 'tass').roleFactId = 'afp-alloush-interview';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "tass": roleFactId: "afp-alloush-interview" is not one of this entity's facts`,
    ]);
    delete entity(data, 'tass').roleFactId;
    expect(errorLines(data)).toEqual([`${FILE}: entity "tass": roleFactId: is missing`]);
  });

  it('are required and not empty', () => {
    const data = clone();
    delete entity(data, 'tass').role;
    expect(errorLines(data)).toEqual([`${FILE}: entity "tass": role: is missing`]);
    entity(data, 'tass').role = '   ';
    expect(errorLines(data)).toEqual([`${FILE}: entity "tass": role: must not be empty`]);
  });
});

describe('speaksThrough', () => {
  it('lists places only, that exist', () => {
    const data = clone();
    entity(data, 'us-government').speaksThrough = ['united-states', 'isis', 'washington'];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "us-government": speaksThrough[1]: "isis" is a group, not a place`,
      `${FILE}: entity "us-government": speaksThrough[2]: unknown entity "washington"`,
    ]);
  });

  it('is for organisations only', () => {
    const data = clone();
    entity(data, 'mehmet-simsek').speaksThrough = ['ankara'];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "mehmet-simsek": speaksThrough: only an organization speaks through places; this entity is a person`,
    ]);
  });

  it('gives each place to one organisation', () => {
    const data = clone();
    entity(data, 'us-government').speaksThrough = ['united-states', 'moscow'];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "us-government": speaksThrough[1]: place "moscow" already speaks for organization "russian-government"`,
    ]);
  });
});

describe('quotes', () => {
  it('are never spoken by a place', () => {
    const data = clone();
    quote(data, 'moscow-invited-all-except-isis-jfs').speakerId = 'moscow';
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "moscow-invited-all-except-isis-jfs": speakerId: "moscow" is a place; a speaker must be a person, group or organization (the words of "Moscow" are those of organization "russian-government")`,
    ]);
  });

  it('name their speaker in an excerpt', () => {
    const data = clone();
    const q = quote(data, 'simsek-tass-shouted-at-each-other');
    q.evidence = [q.evidence[0]]; // "”Yes, …,” he said."
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "simsek-tass-shouted-at-each-other": evidence: no excerpt names the speaker "Mehmet Şimşek" (nor any alias); add an excerpt that names it, or a restoredName`,
    ]);
  });

  it('have a speakerId or a reportedBy, not both, not neither', () => {
    const data = clone();
    quote(data, 'syrian-daily-delegation-composition').speakerId = 'bashar-al-jaafari';
    const both = `${FILE}: quote "syrian-daily-delegation-composition": speakerId: a quote needs either a speakerId or a reportedBy, not both`;
    expect(errorLines(data)).toEqual([both]);
    delete quote(data, 'syrian-daily-delegation-composition').speakerId;
    delete quote(data, 'syrian-daily-delegation-composition').reportedBy;
    expect(errorLines(data)).toEqual([both]);
  });

  it('have a known speaker', () => {
    const data = clone();
    quote(data, 'assad-amnesty-hope').speakerId = 'bashar-assad';
    expect(errorLines(data)).toEqual([`${FILE}: quote "assad-amnesty-hope": speakerId: unknown entity "bashar-assad"`]);
  });

  it('are verbatim in their excerpts when direct', () => {
    const data = clone();
    quote(data, 'simsek-davos-facts-changed').text = 'the facts on the ground have changed dramatically';
    expect(errorLines(data)).toEqual([
      `${FILE}: quote "simsek-davos-facts-changed": text: a direct quote must appear verbatim in one of its excerpts`,
    ]);
  });
});

describe('references, ids and required entities', () => {
  it('rejects an unknown source', () => {
    const data = clone();
    fact(data, 'geneva', 'geneva-meeting-february-8').sourceId = 'cnn-2017-01-24';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "geneva": facts[0].sourceId: unknown source "cnn-2017-01-24" (no data/sources/cnn-2017-01-24.json)`,
    ]);
  });

  it('rejects an unknown field', () => {
    const data = clone();
    fact(data, 'davos', 'davos-wef-simsek').url = 'https://example.org/';
    expect(errorLines(data)).toEqual([`${FILE}: entity "davos": facts[0].url: Invalid key: Expected never but received "url"`]);
  });

  it('names the position when an entry has no valid id', () => {
    const data = clone();
    (data.entities as Json[])[3]!.id = 'Mehmet Simsek';
    expect(errorLines(data)).toEqual([`${FILE}: entities[3]: id: must be lower-case words joined by hyphens`]);
  });

  it('rejects a duplicate fact id, entity id or quote id', () => {
    const data = clone();
    fact(data, 'iran', 'iran-delegates-present').id = 'syria-nearly-six-years-of-war';
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "iran": facts[1].id: duplicate id "syria-nearly-six-years-of-war" (already used by fact "syria-nearly-six-years-of-war" of entity "syria")`,
    ]);
    const data2 = clone();
    quote(data2, 'sdc-no-invitation').id = 'assad-amnesty-hope';
    expect(errorLines(data2)).toEqual([
      `${FILE}: quote "assad-amnesty-hope": id: duplicate id "assad-amnesty-hope" (already used by quotes[9])`,
    ]);
  });

  it('rejects a missing required entity and a wrong category', () => {
    const data = clone();
    data.entities = (data.entities as Json[]).filter((e) => e.id !== 'wadi-barada');
    expect(errorLines(data)).toEqual([`${FILE}: entity "wadi-barada": id: required entity is missing (expected category "place")`]);
    const data2 = clone();
    entity(data2, 'tbs').category = 'group';
    expect(errorLines(data2)).toEqual([
      `${FILE}: entity "tbs": category: must be "organization" for this required entity, found "group"`,
    ]);
  });

  it('rejects a person with fewer than 3 facts and an entity without facts', () => {
    const data = clone();
    entity(data, 'bashar-al-jaafari').facts = entity(data, 'bashar-al-jaafari').facts.slice(0, 2);
    const davos = entity(data, 'davos');
    davos.facts = [];
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "bashar-al-jaafari": facts: a person needs at least 3 fact(s), has 2`,
      `${FILE}: entity "davos": facts: a place needs at least 1 fact(s), has 0`,
      `${FILE}: entity "davos": roleFactId: "davos-wef-simsek" is not one of this entity's facts`,
    ]);
  });

  it('rejects a dataset that is not an object', () => {
    expect(errorLines(null)).toEqual([`${FILE}: dataset: (root): Invalid type: Expected Object but received null`]);
  });
});

describe('aliases in the dataset file', () => {
  it('rejects an alias claimed by two entities, on both', () => {
    const data = clone();
    (entity(data, 'moscow').aliases as unknown[]).push('Russia');
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "moscow": aliases[1]: alias "Russia" (key "russia") is also claimed by entity "russia"; keep it on one entity only`,
      `${FILE}: entity "russia": name: alias "Russia" (key "russia") is also claimed by entity "moscow"; keep it on one entity only`,
      `${FILE}: entity "russia": aliases[0]: alias "Russia" (key "russia") is also claimed by entity "moscow"; keep it on one entity only`,
    ]);
  });

  it('compares them with foldKey (case, diacritics, hyphens)', () => {
    const data = clone();
    (entity(data, 'ankara').aliases as unknown[]).push({ text: 'TÜRKIYE' });
    expect(errorLines(data)).toContain(
      `${FILE}: entity "ankara": aliases[1]: alias "TÜRKIYE" (key "turkiye") is also claimed by entity "turkey"; keep it on one entity only`,
    );
  });

  it('has no "ambiguous" flag any more: a text that must never match is a namesake', () => {
    const data = clone();
    (entity(data, 'geneva').aliases as unknown[]).push({ text: 'Lake Geneva', ambiguous: true });
    expect(errorLines(data)).toEqual([`${FILE}: entity "geneva": aliases[2]: Invalid type: Expected (string | Object) but received Object`]);
  });

  it('rejects a lower-case common word, but not a script without case', () => {
    const data = clone();
    (entity(data, 'syria').aliases as unknown[]).push('regime', 'سوريا');
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "syria": aliases[2]: alias "regime" has no capital letter (lower-case common words are not allowed)`,
    ]);
  });

  it('rejects a namesake that is also a name of the entity', () => {
    const data = clone();
    (entity(data, 'mehmet-simsek').namesakes = ['SIMSEK']);
    expect(errorLines(data)).toEqual([
      `${FILE}: entity "mehmet-simsek": namesakes[0]: namesake "SIMSEK" is also a name or alias of this entity`,
    ]);
  });
});

describe('alias files', () => {
  const RU = 'data/aliases/ru.json';
  const FR = 'data/aliases/fr.json';
  const ru = (aliases: Json, namesakes: Json = {}): { file: string; data: unknown } => ({
    file: RU,
    data: { language: 'ru', aliases, namesakes },
  });

  it('are merged, each alias with its language, identical ones once', () => {
    const result = validateDataset({
      file: FILE,
      data: clone(),
      sources,
      aliasFiles: [
        ru(
          { 'bashar-al-assad': [{ text: 'Башар Асад', seenIn: ['https://example.org/a'] }, { text: 'Assad', kind: 'surname', seenIn: [] }] },
          { 'bashar-al-assad': [{ text: 'Хафез Асад' }, { text: 'Hafez al-Assad' }] },
        ),
        { file: FR, data: { language: 'fr', aliases: { 'bashar-al-assad': [{ text: 'Bachar al-Assad', seenIn: [] }] } } },
      ],
    });
    if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
    const assad = result.dataset.entities.find((e) => e.id === 'bashar-al-assad')!;
    const own = entity(clone(), 'bashar-al-assad');
    expect(assad.aliases).toEqual([
      ...own.aliases,
      { text: 'Bachar al-Assad', lang: 'fr' },
      { text: 'Башар Асад', lang: 'ru' },
    ]);
    expect(assad.namesakes).toEqual([...own.namesakes, 'Хафез Асад']);
  });

  it('name the file, entity and field of a bad entry', () => {
    const options: Options = {
      aliasFiles: [
        ru({
          'bashar-al-assad': [
            { text: 'Башар Асад', seenIn: [] },
            { text: 'Асад', kind: 'nickname', seenIn: [] },
            { text: '  ', seenIn: [] },
            { text: 'Башар аль-Асад' },
            { text: 'Асаду', seenIn: 'https://example.org/' },
          ],
        }),
      ],
    };
    expect(errorsOf(clone(), options)[0]).toEqual({
      file: RU,
      entry: 'bashar-al-assad',
      entryKind: 'aliases',
      field: '[1].kind',
      message: 'must be "name", "surname" or "acronym"',
    });
    expect(errorLines(clone(), options)).toEqual([
      `${RU}: aliases["bashar-al-assad"][1].kind: must be "name", "surname" or "acronym"`,
      `${RU}: aliases["bashar-al-assad"][2].text: must not be empty`,
      `${RU}: aliases["bashar-al-assad"][3].seenIn: is missing`,
      `${RU}: aliases["bashar-al-assad"][4].seenIn: must be an array of addresses`,
    ]);
  });

  it('name an unknown entity, a wrong language and a lower-case alias', () => {
    const lines = errorLines(clone(), {
      aliasFiles: [
        {
          file: RU,
          data: {
            language: 'uk',
            aliases: { 'syrian-daily': [{ text: 'Аль-Ватан', seenIn: [] }], 'geneva-talks': [{ text: 'женевские переговоры', seenIn: [] }] },
            namesakes: { nobody: [{ text: 'Никто' }] },
          },
        },
      ],
    });
    expect(lines).toEqual([
      `${RU}: language: "uk" must match the file name "ru.json"`,
      `${RU}: aliases["syrian-daily"]: unknown entity "syrian-daily"`,
      `${RU}: aliases["geneva-talks"][0].text: alias "женевские переговоры" has no capital letter (lower-case common words are not allowed)`,
      `${RU}: namesakes["nobody"]: unknown entity "nobody"`,
    ]);
  });

  it('report a clash they cause in the alias file, not in the dataset', () => {
    const lines = errorLines(clone(), { aliasFiles: [ru({ moscow: [{ text: 'Россия', seenIn: [] }, { text: 'Russia', seenIn: [] }] })] });
    expect(lines).toEqual([
      `${RU}: aliases["moscow"][1].text: alias "Russia" (key "russia") is also claimed by entity "russia" (${FILE}); keep it on one entity only`,
    ]);
  });

  it('report a clash between two alias files in both', () => {
    const lines = errorLines(clone(), {
      aliasFiles: [
        ru({ moscow: [{ text: 'Москва', seenIn: [] }] }),
        { file: FR, data: { language: 'fr', aliases: { russia: [{ text: 'Москва', seenIn: [] }] } } },
      ],
    });
    expect(lines).toEqual([
      `${RU}: aliases["moscow"][0].text: alias "Москва" (key "москва") is also claimed by entity "russia" (${FR}); keep it on one entity only`,
      `${FR}: aliases["russia"][0].text: alias "Москва" (key "москва") is also claimed by entity "moscow" (${RU}); keep it on one entity only`,
    ]);
  });

  it('report an alias listed again with another kind, and a namesake that is a name of its entity', () => {
    const lines = errorLines(clone(), {
      aliasFiles: [ru({ tass: [{ text: 'TASS', kind: 'name', seenIn: [] }] }, { 'mehmet-simsek': [{ text: 'şimşek' }] })],
    });
    expect(lines).toEqual([
      `${RU}: aliases["tass"][0].kind: alias "TASS" is already listed for this entity with kind "acronym" (in the dataset), here with kind "name"`,
      `${RU}: namesakes["mehmet-simsek"][0]: namesake "şimşek" is also a name or alias of this entity (in ${FILE})`,
    ]);
  });
});

describe('source metadata', () => {
  const metaFile = `data/sources/${SOURCE_ID}.json`;
  const meta = JSON.parse(readFileSync(join(root, metaFile), 'utf8')) as Json;

  it('names the file, the source and the field', () => {
    const result = validateSourceMeta({ file: metaFile, data: { ...meta, date: 'January 23, 2017', url: 'not a url', strippedNames: 'yes' } });
    expect(result.ok ? [] : formatDatasetErrors(result.errors).split('\n')).toEqual([
      `${metaFile}: source "${SOURCE_ID}": date: must be a date written YYYY-MM-DD`,
      `${metaFile}: source "${SOURCE_ID}": url: Invalid URL: Received "not a url"`,
      `${metaFile}: source "${SOURCE_ID}": strippedNames: Invalid type: Expected boolean but received "yes"`,
    ]);
  });

  it('is checked by validateDataset too', () => {
    const broken = sources.map((s) => ({ ...s, outlet: '' }));
    expect(errorLines(clone(), { sources: broken })).toEqual([`${metaFile}: source "${SOURCE_ID}": outlet: must not be empty`]);
  });
});

describe('loadDatasetFromDisk (what the build:before hook runs)', () => {
  /** A copy of data/ in a temporary folder, to break. */
  function copyOfData(): string {
    const dir = mkdtempSync(join(tmpdir(), 'astana-data-'));
    mkdirSync(join(dir, 'data'));
    cpSync(join(root, 'data/sources'), join(dir, 'data/sources'), { recursive: true });
    cpSync(join(root, FILE), join(dir, FILE));
    return dir;
  }

  it('throws every problem, one line each, with the file, entry and field', () => {
    const dir = copyOfData();
    try {
      const data = clone();
      fact(data, 'mohammad-alloush', 'alloush-opposition-wants-ceasefire-only').evidence = [
        'said the opposition in Astana is only interested in a ceasefire.',
      ];
      writeFileSync(join(dir, FILE), JSON.stringify(data));
      mkdirSync(join(dir, 'data/aliases'));
      writeFileSync(join(dir, 'data/aliases/ru.json'), '{ "language": "ru", "aliases": {');
      expect(() => loadDatasetFromDisk(dir)).toThrow(
        new RegExp(
          `^data/aliases/ru\\.json: file: \\(json\\): cannot read JSON: .*\n` +
            `${FILE.replace('.', '\\.')}: entity "mohammad-alloush": facts\\[4\\]\\.evidence: no excerpt names "Mohammad Alloush"`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a missing aliases folder as no extra aliases', () => {
    const dir = copyOfData();
    try {
      const { dataset } = loadDatasetFromDisk(dir);
      expect(dataset).toEqual(original);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing sources folder', () => {
    expect(() => loadDatasetFromDisk(join(root, 'no-such-dir'))).toThrow(/data\/sources: sources: \(directory\): directory is missing/);
  });
});
