import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { pageSetupFor, quoteReferenceOf } from '../../src/background/page-setup';
import { dataset } from '../../src/core/dataset';
import { compileMatcher, compileMatcherData } from '../../src/core/matcher';
import { PageSetupSchema, QuoteReferenceSchema } from '../../src/platform/messaging';
import { checkQuotations } from '../../src/core/quotes';

const SOURCE = readFileSync('data/sources/cnn-2017-01-23-astana-talks.txt', 'utf8');

/** What a content script receives: the background's reply after the browser's structured clone. */
const received = <T>(value: T): T => structuredClone(value);

describe('the page setup the background sends each page', () => {
  it('passes the schema the content script checks it with', () => {
    const setup = pageSetupFor('https://edition.cnn.com/2017/01/23/middleeast/astana', compileMatcherData(dataset.entities));
    expect(v.parse(PageSetupSchema, received(setup)).site).toBe('cnn.com');
  });

  it('holds of the dataset only what quote checking needs: categories, speaksThrough and the recorded quotes', () => {
    const reference = quoteReferenceOf(dataset);
    expect(reference.quotes).toEqual(dataset.quotes);
    expect(reference.entities).toEqual(
      dataset.entities.map(({ id, category, speaksThrough }) => ({ id, category, ...(speaksThrough ? { speaksThrough } : {}) })),
    );
    // Roles, facts and aliases stay with the card script.
    expect(JSON.stringify(reference).length).toBeLessThan(JSON.stringify(dataset).length / 3);
  });

  it('checks quotations exactly as the whole dataset does', () => {
    const matcher = compileMatcher(dataset.entities);
    const reference = v.parse(QuoteReferenceSchema, received(quoteReferenceOf(dataset)));
    const withReference = checkQuotations(SOURCE, matcher, reference);
    expect(withReference.length).toBeGreaterThan(0);
    expect(withReference).toEqual(checkQuotations(SOURCE, matcher, dataset));
  });

  it('rejects matcher data whose forms are malformed', () => {
    const setup = received(pageSetupFor('https://example.org/', compileMatcherData(dataset.entities)));
    expect(v.safeParse(PageSetupSchema, setup).success).toBe(true);
    const withForms = (forms: unknown) => ({ ...setup, matcher: { ...setup.matcher, forms } });
    expect(v.safeParse(PageSetupSchema, withForms({})).success).toBe(false);
    expect(v.safeParse(PageSetupSchema, withForms([['assad', [['assad', '', 1]]]])).success).toBe(false);
    expect(v.safeParse(PageSetupSchema, withForms([['assad', [['assad', '', 1, 'x']]]])).success).toBe(false);
    expect(v.safeParse(PageSetupSchema, withForms([[1, []]])).success).toBe(false);
  });

  it('rejects a reference with an unknown category or a malformed quote', () => {
    const reference = received(quoteReferenceOf(dataset));
    expect(v.safeParse(QuoteReferenceSchema, { ...reference, entities: [{ id: 'x', category: 'planet' }] }).success).toBe(false);
    expect(v.safeParse(QuoteReferenceSchema, { ...reference, quotes: [{ ...reference.quotes[0], kind: 'rumour' }] }).success).toBe(false);
  });
});
