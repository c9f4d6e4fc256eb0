import type { Entity } from '../../src/core/dataset/schema';

const entity = (e: Omit<Entity, 'role' | 'roleFactId' | 'facts'> & Partial<Pick<Entity, 'role'>>): Entity => ({
  role: 'test',
  roleFactId: 'test',
  facts: [],
  ...e,
});

/** A small dataset covering every alias feature the matcher knows about. */
export const ENTITIES: Entity[] = [
  entity({
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    category: 'person',
    aliases: ['Bashar al-Assad', { text: 'al-Assad', kind: 'surname' }, { text: 'Assad', kind: 'surname' }],
    namesakes: ['Hafez al-Assad'],
  }),
  entity({
    id: 'mohammad-alloush',
    name: 'Mohammad Alloush',
    category: 'person',
    aliases: ['Mohammed Alloush', { text: 'Alloush', kind: 'surname' }],
    namesakes: ['Zahran Alloush'],
  }),
  entity({
    id: 'mehmet-simsek',
    name: 'Mehmet Şimşek',
    category: 'person',
    aliases: [{ text: 'Şimşek', kind: 'surname' }],
  }),
  entity({
    id: 'bashar-al-jaafari',
    name: 'Bashar al-Jaafari',
    category: 'person',
    aliases: [{ text: 'Jaafari', kind: 'surname' }, { text: "Ja'afari", kind: 'surname' }],
  }),
  entity({
    id: 'jabhat-fateh-al-sham',
    name: 'Jabhat Fateh al-Sham',
    category: 'group',
    aliases: ['Jabhat al-Nusra', { text: 'JFS', kind: 'acronym' }],
  }),
  entity({ id: 'fateh', name: 'Fateh', category: 'group', aliases: ['Fateh'] }),
  entity({ id: 'turkey', name: 'Turkey', category: 'place', aliases: ['Turkey', 'Türkiye'] }),
  entity({ id: 'kazakhstan', name: 'Kazakhstan', category: 'place', aliases: ['Kazakhstan'] }),
  entity({ id: 'army-of-islam', name: 'Army of Islam', category: 'group', aliases: ['Jaysh al-Islam'] }),
  entity({
    id: 'islamic-state',
    name: 'Islamic State',
    category: 'group',
    aliases: [{ text: 'ISIS', kind: 'acronym' }, { text: 'ISIL', kind: 'acronym' }, 'Daesh'],
  }),
  entity({
    id: 'united-nations',
    name: 'United Nations',
    category: 'organization',
    aliases: [{ text: 'U.N.', kind: 'acronym' }, 'UN Security Council'],
  }),
  entity({ id: 'united-states', name: 'United States', category: 'place', aliases: [{ text: 'US', kind: 'acronym' }] }),
  entity({ id: 'russia', name: 'Russia', category: 'place', aliases: ['Russia'], namesakes: ['Kremlin'] }),
  entity({ id: 'paren-test', name: 'Paren Test', category: 'event', aliases: ['(test)', 'a+b? [c]'] }),
];
