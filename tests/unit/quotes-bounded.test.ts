/**
 * Bounded work for quote checking (issue 15): the adversarial inputs cost near-linear work,
 * and the work comes in pieces small enough for the page to slice. Work is measured in the
 * modules' own step counts (core/quotes/work.ts `meter`), not in wall time, which a shared
 * machine cannot measure reliably; how long it takes is the bench's business.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/core/dataset';
import { compileMatcher } from '../../src/core/matcher';
import { checkQuotations, checkQuotationsWork, findQuotations, meter, type CheckedQuotation, type Work } from '../../src/core/quotes';

const matcher = compileMatcher(dataset.entities);

/** Runs `work` to its end; returns its result, its steps in all and the most steps between two yields. */
function measure<T>(work: Work<T>): { value: T; ops: number; slice: number; yields: number } {
  const start = meter.ops;
  let last = start;
  let slice = 0;
  let yields = 0;
  for (;;) {
    const step = work.next();
    slice = Math.max(slice, meter.ops - last);
    last = meter.ops;
    if (step.done) return { value: step.value, ops: meter.ops - start, slice, yields };
    yields++;
  }
}

function opsOf(run: () => unknown): number {
  const start = meter.ops;
  run();
  return meter.ops - start;
}

const ATTRIBUTED = '\u201CWe wish to finish this sequence of crimes,\u201D Alloush told AFP. ';

describe('detection', () => {
  it('200,000 unclosed « in one paragraph: read once, not once per mark', () => {
    const small = opsOf(() => expect(findQuotations('\u00AB'.repeat(20_000))).toEqual([]));
    const large = opsOf(() => expect(findQuotations('\u00AB'.repeat(200_000))).toEqual([]));
    expect(large / small).toBeLessThan(20);
    expect(large).toBeLessThan(20 * 200_000);
  });

  it('unclosed marks of every kind, and closed ones among them, stay linear', () => {
    for (const unit of ['\u201E ', '\u00BB ', ' "a', ' \u201Da', '\u00AB a \u00AB b \u00BB ', '\u201E x \u201D. ']) {
      const small = opsOf(() => findQuotations(unit.repeat(5_000)));
      const large = opsOf(() => findQuotations(unit.repeat(50_000)));
      expect(large / small, JSON.stringify(unit)).toBeLessThan(20);
    }
  });

  it('200,000 unclosed « in the checker: no quotation, and no slice grows with the text', () => {
    const small = measure(checkQuotationsWork('Alloush said ' + '\u00AB'.repeat(20_000), matcher, dataset));
    const large = measure(checkQuotationsWork('Alloush said ' + '\u00AB'.repeat(200_000), matcher, dataset));
    expect(large.value).toEqual([]);
    expect(large.ops / small.ops).toBeLessThan(20);
    expect(large.slice).toBeLessThan(2 * small.slice + 50_000);
  });
});

describe('20,000 attributed quotations in one paragraph', () => {
  const run = (repeats: number) => measure(checkQuotationsWork(ATTRIBUTED.repeat(repeats), matcher, dataset));

  it('checks every one of them, with the right verdict and speaker', { timeout: 120_000 }, () => {
    const { value } = run(20_000);
    expect(value.length).toBe(20_000);
    expect(new Set(value.map((c) => `${c.speakerId}:${c.verdict.verdict}:${c.verdict.quote?.id}`))).toEqual(
      new Set(['mohammad-alloush:partial:alloush-afp-finish-bloodletting']),
    );
    const text = ATTRIBUTED.repeat(20_000);
    const lastOne = value[value.length - 1]!;
    expect(text.slice(lastOne.innerStart, lastOne.innerEnd)).toBe('We wish to finish this sequence of crimes,');
    expect(text.slice(lastOne.speakerStart, lastOne.speakerEnd)).toBe('Alloush');
  });

  it('costs near-linear work, in slices that do not grow with the paragraph', { timeout: 120_000 }, () => {
    const small = run(1_000);
    const large = run(10_000);
    expect(large.ops / small.ops).toBeLessThan(20);
    expect(large.slice).toBeLessThan(2 * small.slice + 50_000);
    expect(large.yields).toBeGreaterThan(10 * small.yields * 0.5);
  });

  it('stops at a limit', () => {
    const { value, ops } = measure(checkQuotationsWork(ATTRIBUTED.repeat(20_000), matcher, dataset, { limit: 100 }));
    expect(value.length).toBe(100);
    expect(ops).toBeLessThan(run(1_000).ops);
  });

  it('without a full stop between them (one long sentence) too', { timeout: 120_000 }, () => {
    const comma = ATTRIBUTED.replace('AFP. ', 'AFP, and ');
    const small = measure(checkQuotationsWork(comma.repeat(1_000), matcher, dataset));
    const large = measure(checkQuotationsWork(comma.repeat(10_000), matcher, dataset));
    expect(large.value.length).toBe(10_000);
    expect(large.ops / small.ops).toBeLessThan(20);
    expect(large.slice).toBeLessThan(2 * small.slice + 50_000);
  });

  it('many names and quotations with no attribution between them stay linear', { timeout: 120_000 }, () => {
    const unit = 'Alloush and Simsek, “we are here now” and “still here,” ';
    const small = measure(checkQuotationsWork(unit.repeat(1_000), matcher, dataset));
    const large = measure(checkQuotationsWork(unit.repeat(10_000), matcher, dataset));
    expect(large.ops / small.ops).toBeLessThan(20);
  });
});

describe('a long text, a window at a time', () => {

  it('gives each quotation the verdict it gets in a short text', () => {
    const paragraph =
      'Mehmet Simsek, Turkish deputy prime minister, spoke on Monday. “So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this,” Simsek told Russian TASS news agency. “People just literally shouted at each other,” he said. The talks went on. ';
    const short = checkQuotations(paragraph, matcher, dataset);
    expect(short.length).toBe(2);
    const long = checkQuotations(paragraph.repeat(300), matcher, dataset);
    expect(long.length).toBe(600);
    const summary = (c: CheckedQuotation) => [c.speakerId, c.how, c.verdict.verdict, c.verdict.quote?.id ?? null];
    for (let i = 0; i < long.length; i++) expect(summary(long[i]!)).toEqual(summary(short[i % 2]!));
  });
});
