import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset, getSourceText } from '../../src/core/dataset';
import { containsVerbatim, normalizeWhitespace } from '../../src/core/dataset/validate';
import { locateExcerpt, segmentByRanges } from '../../src/core/text/excerpt';

const slice = (text: string, range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('locateExcerpt', () => {
  it('finds an excerpt as written and returns offsets into the text', () => {
    const text = 'One. Two three. Four.';
    expect(locateExcerpt(text, 'Two three.')).toEqual({ start: 5, end: 15 });
  });

  it('lets any whitespace run of the excerpt match any whitespace run of the text', () => {
    const text = 'delegates of President Bashar   and rebels';
    expect(slice(text, locateExcerpt(text, 'President Bashar and'))).toBe('President Bashar   and');
    expect(slice('a b\n\tc', locateExcerpt('a b\n\tc', 'a   b c'))).toBe('a b\n\tc');
    // Outer whitespace of the excerpt is not part of it.
    expect(slice(text, locateExcerpt(text, '  Bashar  '))).toBe('Bashar');
  });

  it('takes every other character literally, regular-expression syntax included', () => {
    const text = 'Costs (a) $5.00? [yes] a+b | c\\d ^e*';
    for (const excerpt of ['(a) $5.00?', '[yes] a+b', '| c\\d ^e*']) expect(slice(text, locateExcerpt(text, excerpt))).toBe(excerpt);
    expect(locateExcerpt('Costs 5x00', '5.00')).toBeNull();
  });

  it('returns null for a blank excerpt or one that is not there, and finds the first of several', () => {
    expect(locateExcerpt('text', '')).toBeNull();
    expect(locateExcerpt('text', ' \n ')).toBeNull();
    expect(locateExcerpt('the talks', 'the  talk s')).toBeNull();
    expect(locateExcerpt('x y, x y', 'x y')).toEqual({ start: 0, end: 3 });
  });

  it('agrees with the dataset validator on random texts and excerpts', () => {
    const chunk = fc.constantFrom('a', 'b', ' ', '  ', '\n', '.', '(', '’');
    const textArb = fc.array(chunk, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(textArb, textArb, (text, excerpt) => {
        const range = locateExcerpt(text, excerpt);
        expect(range !== null).toBe(containsVerbatim(text, excerpt));
        if (range) expect(normalizeWhitespace(text.slice(range.start, range.end))).toBe(normalizeWhitespace(excerpt));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every excerpt of every fact and quote of the dataset in its source', () => {
    const items = [...dataset.entities.flatMap((entity) => entity.facts), ...dataset.quotes];
    expect(items.length).toBeGreaterThan(50);
    for (const item of items) {
      const text = getSourceText(item.sourceId)!;
      for (const excerpt of item.evidence) {
        const range = locateExcerpt(text, excerpt);
        expect(range, `${item.id}: ${excerpt}`).not.toBeNull();
        expect(normalizeWhitespace(slice(text, range)!)).toBe(normalizeWhitespace(excerpt));
      }
    }
  });
});

describe('segmentByRanges', () => {
  it('cuts the text at each range and says which ranges cover each piece', () => {
    expect(segmentByRanges(10, [{ start: 2, end: 4 }])).toEqual([
      { start: 0, end: 2, excerpts: [] },
      { start: 2, end: 4, excerpts: [0] },
      { start: 4, end: 10, excerpts: [] },
    ]);
  });

  it('keeps both of two overlapping ranges, skips missing ones and empty pieces', () => {
    expect(segmentByRanges(8, [{ start: 0, end: 5 }, null, { start: 3, end: 8 }])).toEqual([
      { start: 0, end: 3, excerpts: [0] },
      { start: 3, end: 5, excerpts: [0, 2] },
      { start: 5, end: 8, excerpts: [2] },
    ]);
    expect(segmentByRanges(0, [])).toEqual([]);
    expect(segmentByRanges(3, [])).toEqual([{ start: 0, end: 3, excerpts: [] }]);
  });
});
