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
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from '../../src/core/dataset';
import type { Category } from '../../src/core/dataset/schema';
import { compileMatcher } from '../../src/core/matcher';
import { DEFAULT_CATEGORIES } from '../../src/core/settings/model';
import { parseAnnotated, type AnnotatedText } from '../support/annotations';

const EVAL_DIR = join(process.cwd(), 'tests/fixtures/eval');

const TARGET_PRECISION = 0.95;
const TARGET_RECALL = 0.9;
const ALL_CATEGORIES_MIN_PRECISION = 0.9;

interface Span {
  start: number;
  end: number;
  entityId: string;
  text: string;
}

interface Failure {
  doc: string;
  /** FP and FN are errors; PARTIAL is a true positive whose span differs from the annotation. */
  kind: 'FP' | 'FN' | 'PARTIAL';
  span: Span;
  /** For an FP: the expected mention it overlaps (another entity), if any; for an FN: the prediction over it, if any. */
  other: Span | undefined;
  context: string;
}

interface DocResult {
  doc: string;
  expected: number;
  predicted: number;
  tp: number;
  exact: number;
  fp: number;
  fn: number;
}

interface EvalResult {
  docs: DocResult[];
  failures: Failure[];
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  precision: number;
  recall: number;
}

interface Doc {
  name: string;
  parsed: AnnotatedText;
}

const categoryOf = new Map<string, Category>(dataset.entities.map((e) => [e.id, e.category]));

function loadCorpus(): Doc[] {
  return readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, parsed: parseAnnotated(readFileSync(join(EVAL_DIR, name), 'utf8'), name) }));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function show(text: string): string {
  return JSON.stringify(text.replace(/\u00AD/g, '<SHY>').replace(/\u00A0/g, '<NBSP>').replace(/\u2011/g, '<NBH>'));
}

function contextOf(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 35), span.start);
  const after = text.slice(span.end, span.end + 35);
  return `…${before}⟦${text.slice(span.start, span.end)}⟧${after}…`.replace(/\s+/g, ' ');
}

function evaluate(docs: Doc[], on: (category: Category) => boolean): EvalResult {
  const matcher = compileMatcher(dataset.entities);
  const results: DocResult[] = [];
  const failures: Failure[] = [];
  for (const { name, parsed } of docs) {
    const expected: Span[] = parsed.expected.filter((e) => {
      const category = categoryOf.get(e.entityId);
      // An id missing from the data is reported by its own test; it still counts as expected.
      return category === undefined || on(category);
    });
    const predicted: Span[] = matcher
      .find(parsed.text)
      .filter((m) => on(m.category))
      .map((m) => ({ start: m.start, end: m.end, entityId: m.entityId, text: m.text }));

    const used = new Set<number>();
    let tp = 0;
    let exact = 0;
    const unmatchedPredictions: Span[] = [];
    for (const p of predicted) {
      const i = expected.findIndex((e, k) => !used.has(k) && e.entityId === p.entityId && overlaps(e, p));
      if (i < 0) {
        unmatchedPredictions.push(p);
        continue;
      }
      used.add(i);
      tp++;
      const e = expected[i]!;
      if (e.start === p.start && e.end === p.end) exact++;
      else failures.push({ doc: name, kind: 'PARTIAL', span: p, other: e, context: contextOf(parsed.text, p) });
    }
    for (const p of unmatchedPredictions) {
      failures.push({
        doc: name,
        kind: 'FP',
        span: p,
        other: expected.find((e) => overlaps(e, p)),
        context: contextOf(parsed.text, p),
      });
    }
    expected.forEach((e, k) => {
      if (used.has(k)) return;
      failures.push({
        doc: name,
        kind: 'FN',
        span: e,
        other: predicted.find((p) => overlaps(e, p)),
        context: contextOf(parsed.text, e),
      });
    });
    results.push({
      doc: name,
      expected: expected.length,
      predicted: predicted.length,
      tp,
      exact,
      fp: predicted.length - tp,
      fn: expected.length - tp,
    });
  }
  const tp = results.reduce((s, r) => s + r.tp, 0);
  const fp = results.reduce((s, r) => s + r.fp, 0);
  const fn = results.reduce((s, r) => s + r.fn, 0);
  const exact = results.reduce((s, r) => s + r.exact, 0);
  return {
    docs: results,
    failures,
    tp,
    fp,
    fn,
    exact,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(title: string, r: EvalResult): void {
  const width = Math.max(...r.docs.map((d) => d.doc.length), 8);
  const row = (cells: (string | number)[]): string =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(width) : String(c).padStart(7))).join(' ');
  const lines = [
    `\n=== ${title} ===`,
    row(['document', 'expect', 'pred', 'TP', 'exact', 'FP', 'FN', 'P', 'R']),
    ...r.docs.map((d) =>
      row([
        d.doc,
        d.expected,
        d.predicted,
        d.tp,
        d.exact,
        d.fp,
        d.fn,
        d.predicted ? pct(d.tp / d.predicted) : '-',
        d.expected ? pct(d.tp / d.expected) : '-',
      ]),
    ),
    row([
      'TOTAL (micro)',
      r.tp + r.fn,
      r.tp + r.fp,
      r.tp,
      r.exact,
      r.fp,
      r.fn,
      pct(r.precision),
      pct(r.recall),
    ]),
    `precision ${r.precision.toFixed(4)}  recall ${r.recall.toFixed(4)}  exact-span agreement ${r.exact}/${r.tp} true positives (${pct(r.tp ? r.exact / r.tp : 1)})`,
  ];
  const fps = r.failures.filter((f) => f.kind === 'FP');
  const fns = r.failures.filter((f) => f.kind === 'FN');
  lines.push(`\nFalse positives (${fps.length}):`);
  for (const f of fps) {
    const why = f.other ? ` (text is annotated as ${f.other.entityId} ${show(f.other.text)})` : '';
    lines.push(`  FP ${f.doc}: ${show(f.span.text)} -> ${f.span.entityId}${why}  ${f.context}`);
  }
  lines.push(`\nFalse negatives (${fns.length}):`);
  for (const f of fns) {
    const why = f.other ? ` (matched instead as ${f.other.entityId} ${show(f.other.text)})` : ' (no match)';
    lines.push(`  FN ${f.doc}: ${show(f.span.text)} -> ${f.span.entityId}${why}  ${f.context}`);
  }
  const partial = r.failures.filter((f) => f.kind === 'PARTIAL');
  lines.push(`\nTrue positives with a different span (${partial.length}):`);
  for (const f of partial) {
    lines.push(`  ~ ${f.doc}: matched ${show(f.span.text)}, annotated ${show(f.other?.text ?? '')} -> ${f.span.entityId}  ${f.context}`);
  }
  console.log(lines.join('\n'));
}

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
