import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetFromDisk } from '../../src/build/load-dataset';
import { REQUIRED_ENTITIES, validateDataset, formatDatasetErrors } from '../../src/core/dataset/validate';
import {
  aliasKind,
  aliasText,
  dataset as bundled,
  getEntity,
  getSource,
  listByCategory,
  lookupAlias,
  quotesBySpeaker,
  sources as bundledSources,
} from '../../src/core/dataset';

const SOURCE_ID = 'cnn-2017-01-23-astana-talks';
const root = process.cwd();
const { dataset, sources } = loadDatasetFromDisk(root);

describe('the real dataset', () => {
  it('passes validation with zero errors', () => {
    const data = JSON.parse(readFileSync(join(root, 'data/astana-talks.json'), 'utf8')) as unknown;
    const result = validateDataset({ file: 'data/astana-talks.json', data, sources });
    if (!result.ok) throw new Error(formatDatasetErrors(result.errors));
    expect(result.ok).toBe(true);
  });

  it('has every required entity with its category', () => {
    for (const [id, category] of Object.entries(REQUIRED_ENTITIES)) {
      const entity = dataset.entities.find((e) => e.id === id);
      expect(entity, id).toBeDefined();
      expect(entity?.category, id).toBe(category);
    }
  });

  it('gives every person at least 3 facts and every entity at least 1', () => {
    for (const entity of dataset.entities) {
      expect(entity.facts.length, entity.id).toBeGreaterThanOrEqual(entity.category === 'person' ? 3 : 1);
    }
  });

  it('restores the stripped parts of display names', () => {
    expect(getEntity('bashar-al-assad')?.name).toBe('Bashar al-Assad');
    expect(getEntity('bashar-al-jaafari')?.name).toBe('Bashar al-Jaafari');
    expect(getEntity('jabhat-fateh-al-sham')?.name).toBe('Jabhat Fateh al-Sham');
    expect(getEntity('jaish-al-islam')?.name).toBe('Jaish al-Islam');
    expect(getEntity('ahrar-al-sham')?.name).toBe('Ahrar al-Sham');
  });

  it('never lists a given name alone or a lower-case word as an alias', () => {
    const forbidden = new Set(['bashar', 'mohammad', 'mohammed', 'muhammad', 'mehmet', 'is']);
    for (const entity of dataset.entities) {
      for (const alias of entity.aliases) {
        const text = aliasText(alias);
        expect(forbidden.has(text.toLowerCase()), `${entity.id}: ${text}`).toBe(false);
        expect(/\p{Lu}/u.test(text), `${entity.id}: ${text}`).toBe(true);
      }
    }
  });

  it('marks acronyms as such', () => {
    const acronymsOf = (id: string) =>
      (getEntity(id)?.aliases ?? []).filter((a) => aliasKind(a) === 'acronym').map(aliasText);
    expect(acronymsOf('united-nations')).toEqual(['UN']);
    expect(acronymsOf('isis')).toEqual(expect.arrayContaining(['ISIS', 'ISIL']));
    expect(acronymsOf('united-states')).toEqual(expect.arrayContaining(['US', 'USA']));
    expect(acronymsOf('syrian-democratic-council')).toEqual(['SDC']);
  });

  it('mentions no URL in any fact, quote or source metadata', () => {
    const urlLike = /https?:|www\.|\.com\b|\.org\b/i;
    for (const entity of dataset.entities) {
      for (const fact of entity.facts) expect(urlLike.test(fact.text), fact.id).toBe(false);
    }
    for (const quote of dataset.quotes) expect(urlLike.test(quote.text), quote.id).toBe(false);
    for (const source of sources) expect(urlLike.test(source.description)).toBe(false);
  });

  it('has source metadata without a url', () => {
    const meta = sources.find((s) => s.id === SOURCE_ID);
    expect(meta).toBeDefined();
    expect(meta?.outlet).toBe('CNN');
    expect(meta?.date).toBe('2017-01-23');
    expect(meta?.textFile).toBe(`${SOURCE_ID}.txt`);
    expect(meta && 'url' in meta).toBe(false);
    expect(getSource(SOURCE_ID)).toBeDefined();
    expect(getSource(SOURCE_ID) && 'url' in getSource(SOURCE_ID)!).toBe(false);
  });

  it('is the same data the runtime bundles', () => {
    expect(bundled).toEqual(dataset);
    expect(Object.keys(bundledSources)).toEqual([SOURCE_ID]);
    expect('text' in bundledSources[SOURCE_ID]!).toBe(false);
  });

  it('gives no quote a date the source does not state', () => {
    for (const quote of dataset.quotes) expect(quote.date, quote.id).toBeUndefined();
  });
});

describe('quotes', () => {
  const expected: [speakerId: string, kind: 'direct' | 'reported', startsWith: string][] = [
    ['mehmet-simsek', 'direct', 'So now for the first time the actors who have big stakes'],
    ['mehmet-simsek', 'direct', 'Yes, there’s been a lot of efforts in the past in Geneva'],
    ['mehmet-simsek', 'direct', 'facts on the ground have changed dramatically'],
    ['mehmet-simsek', 'reported', 'It was no longer realistic to seek an end to the conflict'],
    ['mohammad-alloush', 'direct', 'Astana is a course of'],
    ['mohammad-alloush', 'reported', 'The opposition in Astana is only interested in a ceasefire'],
    ['united-states', 'direct', 'the immediate demands of the transition'],
    ['united-states', 'reported', 'It won’t be sending a delegation'],
    ['syrian-daily', 'direct', 'figures representing the military and the Syrian judiciary'],
    ['bashar-al-assad', 'reported', 'He hopes rebels attending peace talks will agree to lay down their arms'],
    ['bashar-al-assad', 'reported', 'He hoped for reconciliation deals after the Astana talks'],
    ['moscow', 'reported', 'It invited to the talks all the opposition fighting groups except ISIS'],
    ['syrian-democratic-council', 'reported', 'It did not receive an invitation'],
    ['ahrar-al-sham', 'reported', 'It would not attend the Astana talks'],
    ['ahrar-al-sham', 'reported', 'It was still giving its support to other rebel groups'],
  ];

  it.each(expected)('%s (%s): %s', (speakerId, kind, start) => {
    const found = quotesBySpeaker(speakerId).filter((q) => q.text.startsWith(start));
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe(kind);
  });

  it('captures every quotation of the source and nothing more', () => {
    expect(dataset.quotes).toHaveLength(expected.length);
    const text = sources[0]!.text;
    const quoted = [...text.matchAll(/”([^”]+)”/g)].map((m) => m[1]!.replace(/,$/, '').replace(/\s+/g, ' ').trim());
    const direct = dataset.quotes.filter((q) => q.kind === 'direct').map((q) => q.text.replace(/\s+/g, ' ').trim());
    expect(direct.sort()).toEqual(quoted.sort());
  });

  it('keeps the venue and relative time of the Davos remarks', () => {
    const davos = quotesBySpeaker('mehmet-simsek').filter((q) => q.venue.includes('World Economic Forum in Davos'));
    expect(davos).toHaveLength(2);
    for (const q of davos) expect(q.when).toBe('last week');
  });

  it('keeps the gaps of the source in the AFP quote', () => {
    const afp = quotesBySpeaker('mohammad-alloush').find((q) => q.kind === 'direct');
    expect(afp?.venue).toBe('told AFP');
    expect(afp?.text).toMatch(/^Astana is a course of\s+to finish the bloodletting/);
  });
});

describe('lookup API', () => {
  it('getEntity', () => {
    expect(getEntity('mehmet-simsek')?.category).toBe('person');
    expect(getEntity('nobody')).toBeUndefined();
  });

  it('listByCategory', () => {
    expect(listByCategory('place')).toHaveLength(15);
    expect(listByCategory('event').map((e) => e.id).sort()).toEqual(['astana-talks', 'geneva-talks']);
    expect(listByCategory('person').map((e) => e.id)).toEqual(
      expect.arrayContaining(['bashar-al-assad', 'bashar-al-jaafari', 'mohammad-alloush', 'mehmet-simsek']),
    );
  });

  it.each([
    ['Şimşek', 'mehmet-simsek'],
    ['simsek', 'mehmet-simsek'],
    ['Mehmet Simsek', 'mehmet-simsek'],
    ['U.N.', 'united-nations'],
    ['UN', 'united-nations'],
    ['United Nations', 'united-nations'],
    ['ISIS', 'isis'],
    ['ISIL', 'isis'],
    ['Islamic State', 'isis'],
    ['Army of Islam', 'jaish-al-islam'],
    ['Jaysh al-Islam', 'jaish-al-islam'],
    ['al-Assad', 'bashar-al-assad'],
    ['Al Assad', 'bashar-al-assad'],
    ['Assad’s', 'bashar-al-assad'],
    ['President Assad', 'bashar-al-assad'],
    ['Ja’afari', 'bashar-al-jaafari'],
    ['Muhammad Alloush', 'mohammad-alloush'],
    ['Nusra Front', 'jabhat-fateh-al-sham'],
    ['Ahrar ash-Sham', 'ahrar-al-sham'],
    ['U.S.', 'united-states'],
    ['Türkiye', 'turkey'],
    ['turkey', 'turkey'],
    ['Astana', 'astana'],
    ['Astana talks', 'astana-talks'],
    ['Astana peace talks', 'astana-talks'],
    ['Geneva', 'geneva'],
    ['Geneva talks', 'geneva-talks'],
    ['SDC', 'syrian-democratic-council'],
    ['World Economic Forum', 'world-economic-forum'],
  ])('lookupAlias(%j) -> %s', (text, id) => {
    expect(lookupAlias(text)?.id).toBe(id);
  });

  it.each(['isis', 'Isis', 'us', 'Us', 'un', 'tass', 'Bashar', 'Mehmet', 'Mohammad', 'IS', '', 'Syrian daily'])(
    'lookupAlias(%j) -> null',
    (text) => {
      expect(lookupAlias(text)).toBeNull();
    },
  );

  it('quotesBySpeaker returns only that speaker', () => {
    expect(quotesBySpeaker('mehmet-simsek')).toHaveLength(4);
    expect(quotesBySpeaker('afp')).toEqual([]);
  });
});
