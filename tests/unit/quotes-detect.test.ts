import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuotations, QuotationScanner, quotationFromElementText } from '../../src/core/quotes';
import { naiveFindQuotations } from '../support/naive-quotations';

const texts = (text: string) => findQuotations(text).map((q) => q.text);

describe('findQuotations', () => {
  it('finds straight double quotes, with consistent offsets', () => {
    const text = 'Simsek said "we are working together" on Monday.';
    const [q, ...rest] = findQuotations(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'we are working together', marks: 'straight' });
    expect(text.slice(q!.start, q!.end)).toBe('"we are working together"');
    expect(text.slice(q!.innerStart, q!.innerEnd)).toBe(q!.text);
  });

  it('finds curly quotes', () => {
    const found = findQuotations('\u201CWe are together,\u201D he said. Later: \u201CIt works now.\u201D');
    expect(found.map((q) => [q.text, q.marks])).toEqual([
      ['We are together,', 'curly'],
      ['It works now.', 'curly'],
    ]);
  });

  it('handles the source style with \u201D on both sides', () => {
    const text =
      'Simsek said the \u201Dfacts on the ground have changed dramatically\u201D in Syria. \u201DYes, there\u2019s been a lot of efforts,\u201D he said.';
    expect(texts(text)).toEqual(['facts on the ground have changed dramatically', 'Yes, there\u2019s been a lot of efforts,']);
    expect(findQuotations(text).every((q) => q.marks === 'curly')).toBe(true);
  });

  it('handles German \u201E\u2026\u201C', () => {
    expect(texts('Er sagte \u201Ewir sind bereit\u201C gestern.')).toEqual(['wir sind bereit']);
  });

  it('finds guillemets, French spacing and reversed \u00BB\u2026\u00AB', () => {
    expect(texts('\u00ABNous sommes ensemble\u00BB, a-t-il dit.')).toEqual(['Nous sommes ensemble']);
    expect(texts('Il a dit\u00A0: \u00AB\u00A0nous sommes ensemble\u00A0\u00BB hier.')).toEqual(['nous sommes ensemble']);
    expect(texts('Er sagte: \u00BBWir sind zusammen\u00AB gestern.')).toEqual(['Wir sind zusammen']);
    expect(findQuotations('\u00ABNous sommes ensemble\u00BB')[0]!.marks).toBe('guillemets');
  });

  it('keeps inner quotations inside the outer one', () => {
    expect(texts('"He told me \'we will win the war\' yesterday," she said.')).toEqual([
      "He told me 'we will win the war' yesterday,",
    ]);
    expect(texts('\u201CThey call it \u2018a course of action\u2019 and there\u2019s more,\u201D he said.')).toEqual([
      'They call it \u2018a course of action\u2019 and there\u2019s more,',
    ]);
    expect(texts('\u00ABIl a dit "non merci" hier soir\u00BB, selon lui.')).toEqual(['Il a dit "non merci" hier soir']);
    expect(texts('\u00ABIl a dit \u201Cnon merci\u201D hier soir\u00BB, selon lui.')).toEqual([
      'Il a dit \u201Cnon merci\u201D hier soir',
    ]);
  });

  it('ignores inch marks, stray marks and one-word scare quotes', () => {
    expect(texts('a 15" screen and a 17" laptop')).toEqual([]);
    expect(texts('He is 6\'2" tall and said "we will go" now.')).toEqual(['we will go']);
    expect(texts('He said "hello there and left.')).toEqual([]);
    expect(texts('the "moderate" rebels')).toEqual([]);
    expect(texts('the \u201Cmoderate\u201D rebels and \u201Cmore moderate\u201D ones')).toEqual(['more moderate']);
    expect(texts('He said "one two\n\nThree four" five.')).toEqual([]);
  });

  it('finds several quotations in one sentence', () => {
    expect(texts('"First part here," he said, "and second part here."')).toEqual([
      'First part here,',
      'and second part here.',
    ]);
  });
});

describe('quotationFromElementText', () => {
  it('covers the trimmed element text', () => {
    const q = quotationFromElementText('  We will win the war.  ');
    expect(q).toEqual({ start: 2, end: 22, innerStart: 2, innerEnd: 22, text: 'We will win the war.', marks: 'element' });
  });

  it('shifts by an offset and drops wrapping marks from the inner words', () => {
    const before = 'Alloush told AFP: ';
    const element = '\u201CWe wish to finish this sequence of crimes\u201D';
    const q = quotationFromElementText(element, before.length)!;
    const combined = before + element;
    expect(combined.slice(q.start, q.end)).toBe(element);
    expect(combined.slice(q.innerStart, q.innerEnd)).toBe('We wish to finish this sequence of crimes');
    expect(q.marks).toBe('element');
  });

  it('returns null for fewer than two words', () => {
    expect(quotationFromElementText(' moderate ')).toBeNull();
    expect(quotationFromElementText('')).toBeNull();
  });
});

describe('the one-pass scanner', () => {
  // Pieces that make every rule of the finder meet every other: each mark kind, spaces,
  // paragraph breaks, digits before marks, and stretches long enough to pass the length limit.
  const PIECES = ['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', ' ', 'a', 'bc', 'x y', '\n', '\n\n', '\n \n', '.', ',', '5', '\u00A0', '(', 'a"b', ' \u00AB ', ' \u00BB ', 'x'.repeat(1500), 'y z'.repeat(700)];

  it('finds exactly what reading on from every opening mark in turn finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(findQuotations(text)).toEqual(naiveFindQuotations(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('can stop after any number of marks and go on where it stopped', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.slice(0, 20)), { maxLength: 80 }), fc.integer({ min: 1, max: 5 }), (parts, budget) => {
        const text = parts.join('');
        const scanner = new QuotationScanner(text);
        const found = [];
        while (!scanner.done) found.push(...scanner.next(budget));
        expect(found).toEqual(findQuotations(text));
      }),
      { numRuns: 1000 },
    );
  });
});
