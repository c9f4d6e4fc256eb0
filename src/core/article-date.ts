/**
 * The publication date of the article a reader is on, from what the page declares about
 * itself. Pure: the page script collects the raw candidates (src/page/article-date.ts) and
 * this module decides. A date is a calendar day, "YYYY-MM-DD", as the publisher wrote it:
 * an article stamped 2019-05-03T23:30-04:00 was published on 3 May where it was written.
 */

/** Where a candidate was found, strongest first: the order in which they are trusted. */
const DATE_CANDIDATE_KINDS = ['meta', 'json-ld', 'itemprop', 'time'] as const;
type DateCandidateKind = (typeof DATE_CANDIDATE_KINDS)[number];

export interface DateCandidate {
  kind: DateCandidateKind;
  /** A date value, or for `json-ld` the text of a whole `<script type="application/ld+json">`. */
  value: string;
}

/**
 * `<meta>` names and properties that carry a publication date, most specific first. Open
 * Graph's article:published_time is the common one; the others are what news CMSs emit
 * (Dublin Core, Parse.ly, Sailthru, Google News' older tags).
 */
export const PUBLISHED_META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
] as const;

/** A date this far from any real news article is a placeholder or a typo, not a publication date. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ISO 8601 date, optionally with a time and offset: "2019-05-03", "2019-05-03T10:00:00+02:00". */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]\d)/;
/** The compact form some CMSs put in meta tags: "20190503" or "20190503T100000Z". */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T\d)/;
/** RFC 2822 and its relatives: "Fri, 03 May 2019 10:00:00 GMT", "3 May 2019". */
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
/** "May 3, 2019". */
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

/** A declared date as "YYYY-MM-DD", or null when the value is no date we can read with certainty. */
export function parseDateValue(value: string): string | null {
  const text = value.trim().slice(0, 64);
  let match = ISO.exec(text) ?? COMPACT.exec(text);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return isoDay(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return isoDay(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  return null;
}

/** 1-12 for an English month name or its abbreviation ("May", "Sept", "sep"); 0 for any other word. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
  return index + 1;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over to March: such a day does not exist.
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** JSON-LD @types of the page's own article, whose datePublished wins over any other node's. */
const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report)$/;
/** JSON-LD is the page's text: walk a bounded amount of it, whatever it holds. */
const MAX_JSON_NODES = 2000;
const MAX_JSON_DEPTH = 12;

/**
 * The datePublished values of one JSON-LD script, the article's own first: a top-level object,
 * an array of them, or a `@graph` (Yoast and most CMSs), with nested objects (a WebPage's
 * mainEntity, a review's itemReviewed) searched too. Malformed JSON gives nothing.
 */
export function datePublishedFromJsonLd(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const ofArticles: string[] = [];
  const others: string[] = [];
  let budget = MAX_JSON_NODES;
  const visit = (node: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_JSON_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const published = dateValueOf(record['datePublished']);
    if (published !== null) (isArticle(record['@type']) ? ofArticles : others).push(published);
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'datePublished' && value !== null && typeof value === 'object') visit(value, depth + 1);
    }
  };
  visit(data, 0);
  return [...ofArticles, ...others];
}

function dateValueOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return dateValueOf(value[0]);
  if (value !== null && typeof value === 'object') return dateValueOf((value as Record<string, unknown>)['@value']);
  return null;
}

function isArticle(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/**
 * The article's publication date: the first candidate that reads as a date, strongest kind
 * first (meta tags, then JSON-LD, microdata, a `<time>` in the article header), each kind in
 * the order the page gave them. Null when the page declares none.
 */
export function articleDate(candidates: readonly DateCandidate[]): string | null {
  for (const kind of DATE_CANDIDATE_KINDS) {
    for (const candidate of candidates) {
      if (candidate.kind !== kind) continue;
      const values = kind === 'json-ld' ? datePublishedFromJsonLd(candidate.value) : [candidate.value];
      for (const value of values) {
        const date = parseDateValue(value);
        if (date) return date;
      }
    }
  }
  return null;
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/**
 * How far an article may be from the record before the card says so. The record is a report
 * of the talks' opening day; an article of the next few days tells of the same talks, one of
 * weeks later may tell of what the record cannot know.
 */
const ARTICLE_DATE_TOLERANCE_DAYS = 3;

/** True when the article is far enough from the record, either way, for the card to mention it. */
export function articleFarFromRecord(article: string, record: string): boolean {
  return Math.abs(daysBetween(record, article)) > ARTICLE_DATE_TOLERANCE_DAYS;
}
