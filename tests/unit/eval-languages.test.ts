/**
 * Precision and recall of the name matcher, per language, on the annotated corpora of
 * tests/fixtures/corpus/<lang>/*.txt (format in tests/support/annotations.ts): pages written
 * in the style of each language's reporting on the talks and annotated by meaning before any
 * matcher change. The corpora are ground truth: when a figure drops below its target, fix
 * the data or the matcher, never the corpus.
 *
 * Every category is on (places included), and the dataset is the one the extension ships:
 * data/astana-talks.json with every data/aliases/<lang>.json merged in.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';
import type { Category } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher';
import { evaluate, formatReport, loadAnnotatedDir, type EvalResult } from '../support/precision-recall';

const CORPUS_DIR = join(process.cwd(), 'tests/fixtures/corpus');

/** [language, minimum precision, minimum recall]: real English reporting is held to more. */
const TARGETS: [lang: string, precision: number, recall: number][] = [
  ['en', 0.99, 0.97],
  ['fr', 0.97, 0.85],
  ['es', 0.97, 0.85],
  ['de', 0.97, 0.85],
  ['it', 0.97, 0.85],
  ['ar', 0.97, 0.85],
  ['ru', 0.97, 0.85],
  ['tr', 0.97, 0.85],
];

const categoryOf = new Map<string, Category>(dataset.entities.map((e) => [e.id, e.category]));
const matcher = compileMatcher(dataset.entities);
const corpora = new Map(TARGETS.map(([lang]) => [lang, loadAnnotatedDir(join(CORPUS_DIR, lang))]));
const results = new Map<string, EvalResult>();

function resultOf(lang: string): EvalResult {
  let result = results.get(lang);
  if (!result) {
    result = evaluate(matcher, corpora.get(lang)!, categoryOf, () => true);
    results.set(lang, result);
  }
  return result;
}

describe('language corpora', () => {
  it.each(TARGETS.map(([lang]) => lang))('%s: six annotated pages, every id in the dataset', (lang) => {
    expect(existsSync(join(CORPUS_DIR, lang))).toBe(true);
    const docs = corpora.get(lang)!;
    expect(docs.length).toBeGreaterThanOrEqual(6);
    const missing = docs.flatMap(({ name, parsed }) =>
      parsed.expected.filter((e) => !categoryOf.has(e.entityId)).map((e) => `${name}: ${e.entityId} (${e.text})`),
    );
    expect(missing).toEqual([]);
  });
});

describe('matcher precision and recall per language (all categories on)', () => {
  it.each(TARGETS)('%s: precision >= %s, recall >= %s', (lang, precision, recall) => {
    const result = resultOf(lang);
    console.log(formatReport(`${lang}: all categories on (places included)`, result));
    expect.soft(result.precision).toBeGreaterThanOrEqual(precision);
    expect(result.recall).toBeGreaterThanOrEqual(recall);
  });

  it('prints the summary table', () => {
    const rows = TARGETS.map(([lang, p, r]) => {
      const result = resultOf(lang);
      const tag = lang === 'en' ? 'real English' : lang;
      return `| ${tag} | ${result.tp + result.fn} | ${result.precision.toFixed(3)} | ${result.recall.toFixed(3)} | ≥ ${p} / ≥ ${r} |`;
    });
    console.log(['', '| text | mentions | precision | recall | target |', '|---|---|---|---|---|', ...rows].join('\n'));
    expect(rows).toHaveLength(TARGETS.length);
  });
});
