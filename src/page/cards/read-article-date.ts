import { articleDate, PUBLISHED_META_NAMES, type DateCandidate } from '../../core/article-date';

/** Enough for any real page's JSON-LD; a page that declares more gets only its first scripts read. */
const MAX_JSON_LD_SCRIPTS = 8;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_ELEMENTS = 20;

const META_NAMES = new Set<string>(PUBLISHED_META_NAMES);
const META_RANK = new Map<string, number>(PUBLISHED_META_NAMES.map((name, rank) => [name, rank]));

/**
 * Collects what the page says about its own publication date (meta tags, JSON-LD, microdata,
 * a `<time>` in the article header) for the pure decision in src/core/article-date.ts. A few
 * bounded selector queries, no walk of the page; whatever the page holds, it never throws.
 */
export function collectDateCandidates(doc: Document): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const metas: { rank: number; value: string }[] = [];
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[property], meta[name], meta[itemprop]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (content && META_NAMES.has(key)) metas.push({ rank: META_RANK.get(key)!, value: content });
    if (metas.length >= MAX_ELEMENTS) break;
  }
  metas.sort((a, b) => a.rank - b.rank);
  for (const { value } of metas) candidates.push({ kind: 'meta', value });

  let scripts = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    if (++scripts > MAX_JSON_LD_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length <= MAX_JSON_LD_CHARS) candidates.push({ kind: 'json-ld', value: text });
  }

  let items = 0;
  for (const element of doc.querySelectorAll('[itemprop~="datePublished"]')) {
    if (++items > MAX_ELEMENTS) break;
    const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent ?? '';
    candidates.push({ kind: 'itemprop', value: value.slice(0, 64) });
  }

  // A <time> in the article's header, not any <time> of the page: a sidebar's "2 hours ago" is not the article's date.
  let times = 0;
  for (const time of doc.querySelectorAll('article header time[datetime], main header time[datetime], article time[pubdate][datetime]')) {
    if (++times > MAX_ELEMENTS) break;
    candidates.push({ kind: 'time', value: time.getAttribute('datetime') ?? '' });
  }
  return candidates;
}

/** The article's publication date ("YYYY-MM-DD"), or null when it declares none or cannot be read. */
export function readArticleDate(doc: Document): string | null {
  try {
    return articleDate(collectDateCandidates(doc));
  } catch {
    return null;
  }
}
