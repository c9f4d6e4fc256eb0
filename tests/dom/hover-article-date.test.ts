// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectDateCandidates, readArticleDate } from '../../src/page/cards/read-article-date';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('reading the article\'s own date from the page', () => {
  it('collects meta tags (strongest name first), JSON-LD, microdata and a <time> in the article header', () => {
    document.head.innerHTML = `
      <meta name="date" content="2001-01-01">
      <meta property="article:published_time" content="2019-05-03T08:00:00+02:00">
      <meta name="description" content="2002-02-02">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-05-04"}]}</script>`;
    document.body.innerHTML = `
      <article><header><h1>Title</h1><time datetime="2019-05-05">5 May</time></header>
      <p>Updated <span itemprop="datePublished" content="2019-05-06">6 May</span></p></article>
      <aside><time datetime="2024-01-01">sidebar</time></aside>`;
    expect(collectDateCandidates(document)).toEqual([
      { kind: 'meta', value: '2019-05-03T08:00:00+02:00' },
      { kind: 'meta', value: '2001-01-01' },
      { kind: 'json-ld', value: '{"@graph":[{"@type":"NewsArticle","datePublished":"2019-05-04"}]}' },
      { kind: 'itemprop', value: '2019-05-06' },
      { kind: 'time', value: '2019-05-05' },
    ]);
    expect(readArticleDate(document)).toBe('2019-05-03');
  });

  it('falls back past malformed JSON-LD, and is null on a page that declares nothing', () => {
    document.head.innerHTML = `<script type="application/ld+json">{"datePublished": </script>`;
    document.body.innerHTML = `<article><header><time datetime="2019-05-05T10:00Z">5 May</time></header></article>`;
    expect(readArticleDate(document)).toBe('2019-05-05');
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>No dates here. <time datetime="2019-01-01">a sidebar time</time></p>';
    expect(readArticleDate(document)).toBeNull();
  });
});
