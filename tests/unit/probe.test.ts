/**
 * The probe (src/core/probe) is the first stage on every page: a Bloom filter of the dataset's
 * name keys that decides whether the page script is loaded at all. It may say "maybe" for a page
 * without names, never "no" for one the matcher would highlight. Checked here on every annotated
 * page of every corpus, with the filter the build makes from the dataset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProbeIndex, probeKeys } from '../../src/build/probe-index';
import { dataset } from '../../src/core/dataset';
import type { Category } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher';
import { BLOOM_BITS, decodeProbeIndex } from '../../src/core/probe/bloom';
import { HIT_OTHER, HIT_PLACE, scanText } from '../../src/core/probe/scan';
import { parseAnnotated, type AnnotatedText } from '../support/annotations';

const bits = decodeProbeIndex(buildProbeIndex(dataset.entities).base64);
const matcher = compileMatcher(dataset.entities);
const categoryOf = new Map<string, Category>(dataset.entities.map((e) => [e.id, e.category]));

const CORPORA = join(process.cwd(), 'tests/fixtures/corpus');
const EVAL = join(process.cwd(), 'tests/fixtures/eval');
const pages: { name: string; parsed: AnnotatedText }[] = [
  ...readdirSync(CORPORA).flatMap((lang) =>
    readdirSync(join(CORPORA, lang))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: `${lang}/${f}`, parsed: parseAnnotated(readFileSync(join(CORPORA, lang, f), 'utf8'), f) })),
  ),
  ...readdirSync(EVAL)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `eval/${f}`, parsed: parseAnnotated(readFileSync(join(EVAL, f), 'utf8'), f) })),
];

/** The sentence (or headline, caption…) around [start, end). */
function sentenceOf(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** What scanning a text finds, all of it (the probe itself stops at the first non-place hit). */
const scan = (text: string): number => scanText(bits, text, 0, text.length, HIT_OTHER | HIT_PLACE).hits;

/** A place is found as a place (or as anything else); anything else as something other than a place. */
const hitsFor = (category: Category | undefined, hits: number): boolean =>
  category === 'place' ? hits !== 0 : (hits & HIT_OTHER) !== 0;

describe('the probe says "maybe" wherever the matcher finds a name', () => {
  it('for every expected mention the matcher finds, in every corpus: its sentence hits', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const { name, parsed } of pages) {
      const found = matcher.find(parsed.text);
      for (const mention of parsed.expected) {
        const matched = found.some((m) => m.entityId === mention.entityId && m.start < mention.end && mention.start < m.end);
        if (!matched) continue;
        checked++;
        const sentence = sentenceOf(parsed.text, mention.start, mention.end);
        if (!hitsFor(categoryOf.get(mention.entityId), scan(sentence))) missed.push(`${name}: ${mention.text} (${mention.entityId}) in ${JSON.stringify(sentence)}`);
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect(missed).toEqual([]);
  });

  it('for every name the matcher finds at all (wrongly or not): its sentence hits', () => {
    const missed: string[] = [];
    for (const { name, parsed } of pages) {
      for (const m of matcher.find(parsed.text)) {
        const sentence = sentenceOf(parsed.text, m.start, m.end);
        if (!hitsFor(m.category, scan(sentence))) missed.push(`${name}: ${m.text} (${m.entityId}) in ${JSON.stringify(sentence)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['Russian declension', 'встреча в Астане и переговоры с Асадом', HIT_OTHER],
    ['Arabic proclitics', 'مندوب دمشق بالأمم المتحدة', HIT_OTHER],
    ['Arabic article merged into ل', 'المبعوث الخاص للأمم المتحدة', HIT_OTHER],
    ['a Turkish suffix', "Esad'ın geleceği", HIT_OTHER],
    ['a Turkish suffix in capitals', "BM'DEN AÇIKLAMA", HIT_OTHER],
    ['dotted capital I', 'BUGÜN ŞİMŞEK KONUŞTU', HIT_OTHER],
    ['a French elision', "L'ONU a dit", HIT_OTHER],
    ['an Italian elision', "L'Isis rivendica un attentato", HIT_OTHER],
    ['a German genitive', 'der Rücktritt Assads', HIT_OTHER],
    ['a German adjective', 'Mitglied der Islamischen Armee', HIT_OTHER],
    ['a name that starts with a lower-case word', 'las conversaciones de Astaná', HIT_OTHER],
    ['a place only', 'in Kasachstan', HIT_PLACE],
  ])('%s: %s', (_what, text, flag) => expect(scan(text) & flag).toBe(flag));
});

describe('the probe says "no" to text without names', () => {
  /** Paragraphs of the distractor pages that hold no name of the dataset, only words close to them. */
  const DISTRACTOR_PARAGRAPHS: [page: string, starts: string][] = [
    ['de/06-distraktor-bildergalerie.txt', '9. Damaszener Rosen in einem Garten'],
    ['de/06-distraktor-bildergalerie.txt', '11. Ein Truthahn auf einem Bauernhof'],
    ['es/06-distractor-fotogaleria.txt', '5. Un tejedor muestra una pieza de damasco'],
    ['es/06-distractor-fotogaleria.txt', '8. Un camarero prepara un gin-tonic con ginebra'],
    ['fr/06-distracteur-vie-locale.txt', 'Un petit-suisse, un filet de miel'],
    ['it/06-distrattore-fotogallery.txt', '7. Bambini giocano a mosca cieca'],
    ['it/06-distrattore-fotogallery.txt', '10. La statua della dea Iside'],
    ['ru/06-distractor.txt', 'Казань. В Казанском кремле'],
    ['ru/06-distractor.txt', 'Курды. Сирийские демократические силы (СДС)'],
    ['ru/06-distractor.txt', 'Право. Студенты юрфака'],
    ['tr/06-distractor.txt', "Meteoroloji, hafta sonu Karadeniz'de şimşek"],
  ];

  it.each(DISTRACTOR_PARAGRAPHS)('%s: "%s…"', (page, starts) => {
    const [lang, file] = page.split('/') as [string, string];
    const source = readFileSync(join(CORPORA, lang, file), 'utf8');
    const paragraph = source.split('\n').find((line) => line.startsWith(starts));
    expect(paragraph, `a paragraph of ${page} starting with ${starts}`).toBeDefined();
    expect(paragraph).not.toContain('[[');
    expect(scan(paragraph!)).toBe(0);
  });

  it.each([
    'The Weekend Review: a recipe for roast chicken with lemon, thyme and garlic, and a walk along the river.',
    'Le Tour de France passe cette année par les Alpes et les Pyrénées ; la dernière étape arrive à Paris.',
    'Погода на завтра: в Санкт-Петербурге снег, на дорогах гололед.',
    'الطقس غداً: أمطار خفيفة على المناطق الساحلية ورياح نشطة في المساء.',
    'Bugün İzmir ve Antalya’da hava güneşli, akşam saatlerinde rüzgâr kuvvetlenecek.',
  ])('%s', (text) => expect(scan(text)).toBe(0));
});

describe('the filter', () => {
  it('stays far from full, so that "maybe" stays rare on other pages', () => {
    const keys = probeKeys(dataset.entities).size;
    expect(keys).toBeLessThan(BLOOM_BITS / 20);
    let set = 0;
    for (const byte of bits) for (let b = byte; b; b &= b - 1) set++;
    expect(set / BLOOM_BITS).toBeLessThan(0.2);
  });
});
