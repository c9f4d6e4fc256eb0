/**
 * Scoring of the name matcher against annotated pages (format in ./annotations.ts), shared by
 * the evaluation tests so that every corpus is scored the same way.
 *
 * A predicted mention is a true positive when an unused expected mention has the same entity
 * and an overlapping span (one-to-one); exact-span agreement is reported separately.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../src/core/dataset/schema';
import type { CompiledMatcher } from '../../src/core/matcher';
import { parseAnnotated, type AnnotatedText } from './annotations';

export interface Span {
  start: number;
  end: number;
  entityId: string;
  text: string;
}

export interface Failure {
  doc: string;
  /** FP and FN are errors; PARTIAL is a true positive whose span differs from the annotation. */
  kind: 'FP' | 'FN' | 'PARTIAL';
  span: Span;
  /** For an FP: the expected mention it overlaps (another entity), if any; for an FN: the prediction over it, if any. */
  other: Span | undefined;
  context: string;
}

export interface DocResult {
  doc: string;
  expected: number;
  predicted: number;
  tp: number;
  exact: number;
  fp: number;
  fn: number;
}

export interface EvalResult {
  docs: DocResult[];
  failures: Failure[];
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  precision: number;
  recall: number;
}

export interface Doc {
  name: string;
  parsed: AnnotatedText;
}

/** Every `*.txt` of a folder, parsed, in file-name order. */
export function loadAnnotatedDir(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, parsed: parseAnnotated(readFileSync(join(dir, name), 'utf8'), name) }));
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

/**
 * Scores `matcher` on `docs`, counting only mentions (expected and predicted) of the categories
 * `on` accepts. An expected id whose category `categoryOf` does not know still counts.
 */
export function evaluate(
  matcher: CompiledMatcher,
  docs: readonly Doc[],
  categoryOf: ReadonlyMap<string, Category>,
  on: (category: Category) => boolean,
): EvalResult {
  const results: DocResult[] = [];
  const failures: Failure[] = [];
  for (const { name, parsed } of docs) {
    const expected: Span[] = parsed.expected.filter((e) => {
      const category = categoryOf.get(e.entityId);
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

/** The per-document table, the totals and every error, as printed by the evaluation tests. */
export function formatReport(title: string, r: EvalResult): string {
  const width = Math.max(...r.docs.map((d) => d.doc.length), 14);
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
    row(['TOTAL (micro)', r.tp + r.fn, r.tp + r.fp, r.tp, r.exact, r.fp, r.fn, pct(r.precision), pct(r.recall)]),
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
  return lines.join('\n');
}
