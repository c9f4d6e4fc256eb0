import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFromDisk } from '../../src/build/load-dataset';
import {
  containsVerbatim,
  formatDatasetErrors,
  validateDataset,
  validateSourceMeta,
  type DatasetError,
} from '../../src/core/dataset/validate';
import type { Source } from '../../src/core/dataset/schema';

const FILE = 'data/astana-talks.json';
const root = process.cwd();
const { sources } = loadDatasetFromDisk(root);
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

function quote(data: Json, id: string): Json {
  const found = (data.quotes as Json[]).find((q) => q.id === id);
  if (!found) throw new Error(`no quote ${id}`);
  return found;
}

function errorsOf(data: unknown, srcs: Source[] = sources): { errors: DatasetError[]; text: string } {
  const result = validateDataset({ file: FILE, data, sources: srcs });
  expect(result.ok).toBe(false);
  const errors = result.ok ? [] : result.errors;
  return { errors, text: formatDatasetErrors(errors) };
}

describe('validateDataset on broken data', () => {
  it('accepts the real data', () => {
    const result = validateDataset({ file: FILE, data: clone(), sources });
    expect(result.ok ? [] : formatDatasetErrors(result.errors)).toEqual([]);
  });

  it('rejects an evidence excerpt that is not in the source', () => {
    const data = clone();
    entity(data, 'mohammad-alloush').facts[1].evidence = 'a leading figure in the Jaish al-Islam faction';
    const { errors, text } = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, entry: 'mohammad-alloush', field: 'facts[1].evidence' });
    expect(text).toBe(
      'data/astana-talks.json: entity "mohammad-alloush": facts[1].evidence: not found verbatim in source "cnn-2017-01-23-astana-talks"',
    );
  });

  it('rejects evidence whose quotation marks were changed', () => {
    const data = clone();
    const q = quote(data, 'alloush-afp-finish-bloodletting');
    q.evidence = (q.evidence as string).replace(/”/g, '"');
    const { text } = errorsOf(data);
    expect(text).toContain('quote "alloush-afp-finish-bloodletting": evidence: not found verbatim');
  });

  it('accepts evidence whose whitespace runs differ, but nothing else', () => {
    const data = clone();
    const fact = entity(data, 'bashar-al-assad').facts[0];
    fact.evidence = (fact.evidence as string).replace(/\s+/g, '\n ');
    expect(validateDataset({ file: FILE, data, sources }).ok).toBe(true);
    expect(containsVerbatim('a  b\tc', 'a b c')).toBe(true);
    expect(containsVerbatim('al-Assad', 'al Assad')).toBe(false);
  });

  it('rejects a direct quote whose text is not verbatim', () => {
    const data = clone();
    quote(data, 'simsek-davos-facts-changed').text = 'the facts on the ground have changed dramatically';
    const { text } = errorsOf(data);
    expect(text).toContain('data/astana-talks.json: quote "simsek-davos-facts-changed": text: a direct quote must appear verbatim');
  });

  it('rejects a dangling speakerId', () => {
    const data = clone();
    quote(data, 'assad-amnesty-hope').speakerId = 'bashar-assad';
    const { errors, text } = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(text).toBe('data/astana-talks.json: quote "assad-amnesty-hope": speakerId: unknown entity "bashar-assad"');
  });

  it('rejects a dangling sourceId', () => {
    const data = clone();
    entity(data, 'geneva').facts[0].sourceId = 'cnn-2017-01-24';
    const { text } = errorsOf(data);
    expect(text).toContain('data/astana-talks.json: entity "geneva": facts[0].sourceId: unknown source "cnn-2017-01-24"');
  });

  it('rejects a missing required field such as role', () => {
    const data = clone();
    delete entity(data, 'tass').role;
    const { errors, text } = errorsOf(data);
    expect(errors[0]).toMatchObject({ file: FILE, entry: 'tass', entryKind: 'entity', field: 'role' });
    expect(text).toMatch(/^data\/astana-talks\.json: entity "tass": role: /);
  });

  it('rejects an empty role', () => {
    const data = clone();
    entity(data, 'tass').role = '   ';
    expect(errorsOf(data).text).toMatch(/entity "tass": role: must not be empty/);
  });

  it('rejects an unknown field', () => {
    const data = clone();
    entity(data, 'davos').facts[0].url = 'https://example.org/';
    expect(errorsOf(data).text).toMatch(/entity "davos": facts\[0\]\.url: /);
  });

  it('names the position when an entry has no valid id', () => {
    const data = clone();
    (data.entities as Json[])[3]!.id = 'Mehmet Simsek';
    const { text } = errorsOf(data);
    expect(text).toMatch(/^data\/astana-talks\.json: entities\[3\]: id: must be lower-case words joined by hyphens/);
  });

  it('rejects a wrong category', () => {
    const data = clone();
    entity(data, 'tbs').category = 'group';
    const { errors, text } = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(text).toBe(
      'data/astana-talks.json: entity "tbs": category: must be "organization" for this required entity, found "group"',
    );
  });

  it('rejects a category outside the schema', () => {
    const data = clone();
    entity(data, 'tbs').category = 'broadcaster';
    expect(errorsOf(data).text).toMatch(/entity "tbs": category: /);
  });

  it('rejects a duplicate entity id', () => {
    const data = clone();
    const copy = structuredClone(entity(data, 'davos'));
    copy.aliases = ['Davos Klosters'];
    copy.facts = [{ ...copy.facts[0], id: 'davos-copy-fact' }];
    (data.entities as Json[]).push(copy);
    const { errors } = errorsOf(data);
    expect(errors.some((e) => e.entry === 'davos' && e.field === 'id' && /duplicate id "davos"/.test(e.message))).toBe(true);
  });

  it('rejects a duplicate fact id', () => {
    const data = clone();
    entity(data, 'iran').facts[1].id = entity(data, 'syria').facts[0].id;
    const { text } = errorsOf(data);
    expect(text).toMatch(/data\/astana-talks\.json: entity "iran": facts\[1\]\.id: duplicate id "syria-nearly-six-years-of-war"/);
  });

  it('rejects a duplicate quote id', () => {
    const data = clone();
    quote(data, 'sdc-no-invitation').id = 'assad-amnesty-hope';
    const { text } = errorsOf(data);
    expect(text).toMatch(/quote "assad-amnesty-hope": id: duplicate id "assad-amnesty-hope"/);
  });

  it('rejects an alias claimed by two entities', () => {
    const data = clone();
    (entity(data, 'moscow').aliases as unknown[]).push('Russia');
    const { errors, text } = errorsOf(data);
    expect(errors.map((e) => e.entry).sort()).toEqual(['moscow', 'russia', 'russia']);
    expect(text).toContain('data/astana-talks.json: entity "moscow": aliases[1]: alias "Russia" (key "russia") is also claimed by entity "russia"');
  });

  it('compares aliases with foldKey (case, diacritics, hyphens)', () => {
    const data = clone();
    (entity(data, 'ankara').aliases as unknown[]).push({ text: 'TÜRKIYE' });
    expect(errorsOf(data).text).toContain('entity "ankara": aliases[1]: alias "TÜRKIYE" (key "turkiye")');
  });

  it('accepts a shared alias marked ambiguous on both entities', () => {
    const data = clone();
    (entity(data, 'geneva').aliases as unknown[]).push({ text: 'Lake Geneva', ambiguous: true });
    (entity(data, 'switzerland').aliases as unknown[]).push({ text: 'Lake Geneva', ambiguous: true });
    expect(validateDataset({ file: FILE, data, sources }).ok).toBe(true);
    (entity(data, 'switzerland').aliases as Json[]).pop();
    (entity(data, 'switzerland').aliases as unknown[]).push('Lake Geneva');
    expect(errorsOf(data).text).toContain('entity "switzerland": aliases[1]: alias "Lake Geneva"');
  });

  it('rejects a lower-case common word as an alias', () => {
    const data = clone();
    (entity(data, 'syria').aliases as unknown[]).push('regime');
    expect(errorsOf(data).text).toMatch(/entity "syria": aliases\[2\]: alias "regime" has no capital letter/);
  });

  it('rejects a missing required entity', () => {
    const data = clone();
    data.entities = (data.entities as Json[]).filter((e) => e.id !== 'wadi-barada');
    const { errors, text } = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(text).toBe('data/astana-talks.json: entity "wadi-barada": id: required entity is missing (expected category "place")');
  });

  it('rejects a person with fewer than 3 facts and an entity without facts', () => {
    const data = clone();
    entity(data, 'mehmet-simsek').facts = entity(data, 'mehmet-simsek').facts.slice(0, 2);
    entity(data, 'davos').facts = [];
    const { text } = errorsOf(data);
    expect(text).toContain('entity "mehmet-simsek": facts: a person needs at least 3 fact(s), has 2');
    expect(text).toContain('entity "davos": facts: a place needs at least 1 fact(s), has 0');
  });

  it('rejects a bad date format', () => {
    const data = clone();
    quote(data, 'assad-amnesty-hope').date = '23/01/2017';
    const { errors, text } = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(text).toBe('data/astana-talks.json: quote "assad-amnesty-hope": date: must be a date written YYYY-MM-DD');
  });

  it('rejects a quote date after the publication of its source', () => {
    const data = clone();
    quote(data, 'assad-amnesty-hope').date = '2017-01-24';
    expect(errorsOf(data).text).toContain('quote "assad-amnesty-hope": date: 2017-01-24 is after the publication date');
  });

  it('rejects a dataset that is not an object', () => {
    expect(errorsOf(null).text).toMatch(/^data\/astana-talks\.json: dataset: \(root\): /);
  });
});

describe('source metadata', () => {
  const metaFile = 'data/sources/cnn-2017-01-23-astana-talks.json';
  const meta = JSON.parse(readFileSync(join(root, metaFile), 'utf8')) as Json;

  it('accepts the real metadata', () => {
    expect(validateSourceMeta({ file: metaFile, data: meta }).ok).toBe(true);
  });

  it('names the file, the source and the field', () => {
    const result = validateSourceMeta({ file: metaFile, data: { ...meta, date: 'January 23, 2017', url: 'not a url' } });
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : formatDatasetErrors(result.errors);
    expect(text).toContain(`${metaFile}: source "cnn-2017-01-23-astana-talks": date: must be a date written YYYY-MM-DD`);
    expect(text).toContain(`${metaFile}: source "cnn-2017-01-23-astana-talks": url: `);
  });

  it('is checked by validateDataset too', () => {
    const broken = sources.map((s) => ({ ...s, outlet: '' }));
    const { text } = errorsOf(clone(), broken);
    expect(text).toContain(`${metaFile}: source "cnn-2017-01-23-astana-talks": outlet: must not be empty`);
  });

  it('loadDatasetFromDisk throws the formatted errors', () => {
    expect(() => loadDatasetFromDisk(join(root, 'no-such-dir'))).toThrow(/data\/sources: sources: \(directory\): directory is missing/);
  });
});
