import { describe, expect, it } from 'vitest';
import {
  articleDate,
  articleFarFromRecord,
  datePublishedFromJsonLd,
  daysBetween,
  parseDateValue,
} from '../../src/core/article-date';

describe('parseDateValue', () => {
  it('reads ISO dates and date-times as the calendar day the publisher wrote', () => {
    expect(parseDateValue('2019-05-03')).toBe('2019-05-03');
    expect(parseDateValue('2019-05-03T10:00:00Z')).toBe('2019-05-03');
    // Late evening in New York is still 3 May there, whatever UTC says.
    expect(parseDateValue('2019-05-03T23:30:00-04:00')).toBe('2019-05-03');
    expect(parseDateValue(' 2019-05-03 08:15 ')).toBe('2019-05-03');
    expect(parseDateValue('20190503')).toBe('2019-05-03');
    expect(parseDateValue('20190503T101500Z')).toBe('2019-05-03');
  });

  it('reads the written-out forms news CMSs put in meta tags', () => {
    expect(parseDateValue('Fri, 03 May 2019 10:00:00 GMT')).toBe('2019-05-03');
    expect(parseDateValue('3 May 2019')).toBe('2019-05-03');
    expect(parseDateValue('May 3, 2019')).toBe('2019-05-03');
    expect(parseDateValue('Sept. 12, 2018')).toBe('2018-09-12');
    expect(parseDateValue('January 23, 2017')).toBe('2017-01-23');
  });

  it('refuses what is no date, or no real one', () => {
    for (const value of ['', 'yesterday', '2 hours ago', '2019-02-30', '2019-13-01', '0000-01-01', '1066-10-14', '3 Marching 2019', '12345678', '2019-5-3x', '{"a":1}']) {
      expect(parseDateValue(value)).toBeNull();
    }
  });
});

describe('datePublishedFromJsonLd', () => {
  it('reads a top-level article, an array, and a @graph (Yoast), the article first', () => {
    expect(datePublishedFromJsonLd('{"@type":"NewsArticle","datePublished":"2019-05-03T08:00:00Z"}')).toEqual(['2019-05-03T08:00:00Z']);
    expect(datePublishedFromJsonLd('[{"@type":"Organization"},{"@type":"Article","datePublished":"2019-05-03"}]')).toEqual(['2019-05-03']);
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2010-01-01' },
        { '@type': ['NewsArticle', 'ReportageNewsArticle'], datePublished: { '@value': '2019-05-03' } },
      ],
    });
    expect(datePublishedFromJsonLd(graph)).toEqual(['2019-05-03', '2010-01-01']);
  });

  it('finds an article nested in a page, and gives nothing for malformed or hostile JSON', () => {
    expect(datePublishedFromJsonLd('{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","datePublished":"2019-05-03"}}')).toEqual(['2019-05-03']);
    expect(datePublishedFromJsonLd('{"@type": "NewsArticle", "datePublished": ')).toEqual([]);
    expect(datePublishedFromJsonLd('')).toEqual([]);
    expect(datePublishedFromJsonLd('null')).toEqual([]);
    // Deep nesting is walked only so far, and never overflows the stack.
    const deep = '{"a":'.repeat(5000) + '{"@type":"Article","datePublished":"2019-05-03"}' + '}'.repeat(5000);
    expect(() => datePublishedFromJsonLd(deep)).not.toThrow();
    // A huge graph is walked within a budget.
    const wide = JSON.stringify({ '@graph': Array.from({ length: 50_000 }, () => ({ '@type': 'Thing' })) });
    const start = performance.now();
    datePublishedFromJsonLd(wide);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('articleDate', () => {
  it('prefers meta tags, then JSON-LD, then microdata, then a <time> in the article header', () => {
    expect(
      articleDate([
        { kind: 'time', value: '2001-01-01' },
        { kind: 'itemprop', value: '2002-02-02' },
        { kind: 'json-ld', value: '{"@type":"NewsArticle","datePublished":"2003-03-03"}' },
        { kind: 'meta', value: '2019-05-03T10:00:00Z' },
      ]),
    ).toBe('2019-05-03');
    expect(
      articleDate([
        { kind: 'time', value: '2001-01-01' },
        { kind: 'json-ld', value: 'not json' },
        { kind: 'itemprop', value: '2002-02-02' },
      ]),
    ).toBe('2002-02-02');
  });

  it('skips candidates that do not read as dates, and is null when none does', () => {
    expect(articleDate([{ kind: 'meta', value: 'soon' }, { kind: 'meta', value: '2019-05-03' }])).toBe('2019-05-03');
    expect(articleDate([{ kind: 'meta', value: 'soon' }])).toBeNull();
    expect(articleDate([])).toBeNull();
  });
});

describe('article against record', () => {
  it('counts whole days either way', () => {
    expect(daysBetween('2017-01-23', '2019-05-03')).toBe(830);
    expect(daysBetween('2017-01-23', '2017-01-20')).toBe(-3);
  });

  it('says so only beyond a few days', () => {
    expect(articleFarFromRecord('2019-05-03', '2017-01-23')).toBe(true);
    expect(articleFarFromRecord('2016-12-01', '2017-01-23')).toBe(true);
    expect(articleFarFromRecord('2017-01-24', '2017-01-23')).toBe(false);
    expect(articleFarFromRecord('2017-01-26', '2017-01-23')).toBe(false);
    expect(articleFarFromRecord('2017-01-27', '2017-01-23')).toBe(true);
  });
});
