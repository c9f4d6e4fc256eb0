import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/dataset/schema';
import {
  createSearchIndex,
  editDistance,
  prefixDistance,
  searchEntities,
  searchIndex,
  typoAllowance,
} from '../../../src/core/search';

const top = (query: string) => searchEntities(query)[0]?.entity.id;

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit each', () => {
    expect(editDistance('assad', 'assad')).toBe(0);
    expect(editDistance('asad', 'assad')).toBe(1);
    expect(editDistance('assad', 'asad')).toBe(1);
    expect(editDistance('asaad', 'assad')).toBe(1);
    expect(editDistance('asasd', 'assad')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('xyzzy', 'united nations', 1)).toBe(2);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
  });

  it('prefixDistance measures the distance to the closest start of the target', () => {
    expect(prefixDistance('jafar', 'jaafari')).toBe(1);
    expect(prefixDistance('alep', 'aleppo')).toBe(0);
    expect(prefixDistance('xyz', 'aleppo', 1)).toBe(2);
  });
});

describe('typoAllowance', () => {
  it('allows no typo below 4 letters, one up to 7, two from 8', () => {
    expect(typoAllowance('isi')).toBe(0);
    expect(typoAllowance('asad')).toBe(1);
    expect(typoAllowance('jafari')).toBe(1);
    expect(typoAllowance('jaafarii')).toBe(2);
    expect(typoAllowance('al nusra')).toBe(1);
  });
});

describe('searchEntities over the dataset', () => {
  it.each([
    ['simsek', 'mehmet-simsek'],
    ['şimşek', 'mehmet-simsek'],
    ['SIMSEK', 'mehmet-simsek'],
    ['Mehmet Simsek', 'mehmet-simsek'],
    ['asad', 'bashar-al-assad'],
    ['assad', 'bashar-al-assad'],
    ['al assad', 'bashar-al-assad'],
    ['army of islam', 'jaish-al-islam'],
    ['al nusra', 'jabhat-fateh-al-sham'],
    ['al-Nusra', 'jabhat-fateh-al-sham'],
    ['nusra', 'jabhat-fateh-al-sham'],
    ['jafari', 'bashar-al-jaafari'],
    ['jaafari', 'bashar-al-jaafari'],
    ['u.n.', 'united-nations'],
    ['UN', 'united-nations'],
    ['united natoins', 'united-nations'],
    ['aleppo', 'aleppo'],
    ['alep', 'aleppo'],
    ['geneve', 'geneva'],
    ['tÜrkiye', 'turkey'],
    ['daesh', 'isis'],
  ])('%s -> %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('finds nothing for nonsense or blank queries', () => {
    expect(searchEntities('xyzzy')).toEqual([]);
    expect(searchEntities('')).toEqual([]);
    expect(searchEntities('   ')).toEqual([]);
    expect(searchEntities('-')).toEqual([]);
  });

  it('puts the entity whose name is the query first', () => {
    const results = searchEntities('geneva');
    expect(results.map((r) => r.entity.id).slice(0, 2)).toEqual(['geneva', 'geneva-talks']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('reports which alias matched', () => {
    expect(searchEntities('army of islam')[0]!.matchedAlias).toBe('Army of Islam');
    expect(searchEntities('Jaish al-Islam')[0]!.matchedAlias).toBe('Jaish al-Islam');
    expect(searchEntities('simsek')[0]!.matchedAlias).toBe('Şimşek');
  });

  it('returns each entity once, best scores first, within the limit', () => {
    const results = searchEntities('a', { limit: 5 });
    expect(results.length).toBeLessThanOrEqual(5);
    expect(new Set(results.map((r) => r.entity.id)).size).toBe(results.length);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it('does not guess at typos in very short queries', () => {
    expect(searchEntities('isiz').map((r) => r.entity.id)).toContain('isis');
    expect(searchEntities('usx')).toEqual([]);
  });
});

describe('ranking on a small index', () => {
  const entity = (id: string, name: string, aliases: Entity['aliases']): Entity => ({
    id,
    name,
    category: 'person',
    role: 'test',
    roleFactId: 'test',
    aliases,
    facts: [],
  });
  const index = createSearchIndex([
    entity('alpha', 'Alpha Beta', ['Alpha Beta', 'Gamma']),
    entity('alphabet', 'Alphabet', ['Alphabet']),
    entity('beta', 'Betamax', ['Betamax']),
  ]);

  it('ranks exact over prefix over word prefix over fuzzy', () => {
    // "alpha beta" is one edit (a space) away from "alphabet": a fuzzy match, ranked below the exact one.
    expect(searchIndex(index, 'alphabet').map((r) => r.entity.id)).toEqual(['alphabet', 'alpha']);
    // Both start with "alpha": the shorter completion ranks first.
    expect(searchIndex(index, 'alpha').map((r) => r.entity.id)).toEqual(['alphabet', 'alpha']);
    const beta = searchIndex(index, 'beta');
    expect(beta.map((r) => r.entity.id)).toEqual(['beta', 'alpha']);
    const fuzzy = searchIndex(index, 'gamna');
    expect(fuzzy.map((r) => r.entity.id)).toEqual(['alpha']);
    expect(fuzzy[0]!.matchedAlias).toBe('Gamma');
    expect(fuzzy[0]!.score).toBeLessThan(beta[1]!.score);
  });
});
