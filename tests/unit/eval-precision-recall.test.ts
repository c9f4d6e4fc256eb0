/**
 * Precision and recall of the name matcher on an annotated corpus of news-style texts
 * (tests/fixtures/eval/*.txt, format in tests/support/annotations.ts) that the matcher's
 * authors did not write. The corpus is ground truth: when a figure drops below its target,
 * fix the data or the matcher, not the corpus.
 *
 * A predicted mention is a true positive when an unused expected mention has the same
 * entity and an overlapping span (one-to-one); exact-span agreement is reported separately.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dataset } from '../../src/core/dataset';
import type { Category } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher';
import { DEFAULT_CATEGORIES } from '../../src/core/settings/model';
import { parseAnnotated } from '../support/annotations';
import { evaluate as score, formatReport, loadAnnotatedDir, type Doc, type EvalResult } from '../support/precision-recall';

const EVAL_DIR = join(process.cwd(), 'tests/fixtures/eval');

const TARGET_PRECISION = 0.95;
const TARGET_RECALL = 0.9;
const ALL_CATEGORIES_MIN_PRECISION = 0.9;

const categoryOf = new Map<string, Category>(dataset.entities.map((e) => [e.id, e.category]));
const matcher = compileMatcher(dataset.entities);

const loadCorpus = (): Doc[] => loadAnnotatedDir(EVAL_DIR);
const evaluate = (docs: Doc[], on: (category: Category) => boolean): EvalResult => score(matcher, docs, categoryOf, on);
const report = (title: string, r: EvalResult): void => console.log(formatReport(title, r));

const corpus = loadCorpus();

describe('evaluation corpus', () => {
  it('has 12 to 16 documents of 150 to 500 words', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(corpus.length).toBeLessThanOrEqual(16);
    for (const { name, parsed } of corpus) {
      const words = parsed.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      expect(words, name).toBeGreaterThanOrEqual(150);
      expect(words, name).toBeLessThanOrEqual(500);
    }
  });

  it('annotates only entity ids that exist in the dataset', () => {
    const missing = corpus.flatMap(({ name, parsed }) =>
      parsed.expected.filter((e) => !categoryOf.has(e.entityId)).map((e) => `${name}: ${e.entityId} (${e.text})`),
    );
    if (missing.length) console.log(`Annotated ids missing from the dataset:\n  ${missing.join('\n  ')}`);
    expect(missing).toEqual([]);
  });

  it('parses annotations into offsets of the plain text', () => {
    const parsed = parseAnnotated('Mr. [[Alloush|mohammad-alloush]]’s talks in [[Astana\nx|astana]].');
    expect(parsed.text).toBe('Mr. Alloush’s talks in Astana\nx.');
    expect(parsed.expected).toEqual([
      { start: 4, end: 11, entityId: 'mohammad-alloush', text: 'Alloush' },
      { start: 23, end: 31, entityId: 'astana', text: 'Astana\nx' },
    ]);
    expect(() => parseAnnotated('a [[broken annotation')).toThrow(/stray/);
    expect(() => parseAnnotated('a [[ spaced |x]]')).toThrow(/whitespace/);
  });
});

describe('matcher precision and recall on the evaluation corpus', () => {
  it(`default categories (place off): precision >= ${TARGET_PRECISION}, recall >= ${TARGET_RECALL}`, () => {
    const result = evaluate(corpus, (category) => DEFAULT_CATEGORIES[category]);
    report('Default categories (person, group, organization, event; place off)', result);
    expect(result.precision).toBeGreaterThanOrEqual(TARGET_PRECISION);
    expect(result.recall).toBeGreaterThanOrEqual(TARGET_RECALL);
  });

  it(`all categories on (places included): precision >= ${ALL_CATEGORIES_MIN_PRECISION}`, () => {
    const result = evaluate(corpus, () => true);
    report('All categories on (places included)', result);
    expect(result.precision).toBeGreaterThanOrEqual(ALL_CATEGORIES_MIN_PRECISION);
  });
});
