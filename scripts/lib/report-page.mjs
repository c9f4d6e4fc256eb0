// Builds the demo news page from the verbatim source report, so the demo, the
// end-to-end tests and the benchmark all read the same article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_FILE = fileURLToPath(new URL('../../data/sources/cnn-2017-01-23-astana-talks.txt', import.meta.url));

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Splits the report into paragraphs and sub-headings. The copy has lost its line
 * breaks; a paragraph ended where a sentence is followed by two spaces, and the
 * report's sub-headings are its short questions ("Who is not coming?").
 * @param {string} text
 * @returns {{ kind: 'h2' | 'p', text: string }[]}
 */
export function reportBlocks(text) {
  const blocks = [];
  for (const chunk of text.trim().split(/(?<=[.?”])\s{2}(?=[A-Z”])/u)) {
    // A question of a few words at the start of a chunk is a sub-heading.
    const heading = /^((?:What|Who|Why|How)[^.?]{0,60}\?)\s+(.*)$/su.exec(chunk);
    if (heading) {
      blocks.push({ kind: 'h2', text: heading[1] });
      if (heading[2].trim()) blocks.push({ kind: 'p', text: heading[2].trim() });
    } else {
      blocks.push({ kind: 'p', text: chunk.trim() });
    }
  }
  return blocks;
}

/**
 * The demo article's repairs of the source copy, reviewed one by one: this copy of the report lost
 * its hyphenated words and dashes, leaving runs of spaces. Each `reads` is the copy's exact text
 * (with enough context to occur once), `restored` what the article prints. Names come from the
 * dataset's own identifications (its `restoredName` records: the UN Ambassador Bashar is Bashar
 * al-Jaafari, the Jaish "(Army of Islam)" is Jaish al-Islam…). Where a lost word is not a name
 * and cannot be known (an adjective, the daily's name) the gap is closed rather than filled.
 * @type {readonly { reads: string, restored: string, why: string }[]}
 */
export const DEMO_RESTORATIONS = [
  { reads: 'Russia and Turkey    who', restored: 'Russia and Turkey — who', why: 'a dash, lost with the hyphens' },
  { reads: 'the conflict    are expected', restored: 'the conflict — are expected', why: 'the closing dash' },
  { reads: 'President Bashar   and', restored: 'President Bashar al-Assad and', why: 'name: the Syrian President' },
  { reads: 'followed by a   meeting', restored: 'followed by a meeting', why: 'a lost adjective, unknown: gap closed' },
  { reads: 'three rounds of     peace', restored: 'three rounds of peace', why: 'lost adjectives, unknown: gap closed' },
  { reads: '300, 000', restored: '300,000', why: 'a broken thousands separator' },
  { reads: 'UN Ambassador Bashar   will head the   government', restored: 'UN Ambassador Bashar al-Jaafari will head the government', why: 'name: the UN Ambassador (dataset restoredName); a lost adjective closed' },
  { reads: 'state,”   Syrian   daily, reported', restored: 'state,” a Syrian daily reported', why: 'the daily’s name is lost (the dataset says so): it stays unnamed' },
  { reads: 'the Jaish   (Army of Islam)', restored: 'the Jaish al-Islam (Army of Islam)', why: 'name: Army of Islam is Jaish al-Islam' },
  { reads: 'ISIS and the al   Jabhat Fateh  .', restored: 'ISIS and the al Qaeda-linked Jabhat Fateh al-Sham.', why: 'name: Jabhat Fateh al-Sham, the group formerly known as al-Nusra, al Qaeda-linked (CNN spells “al Qaeda” unhyphenated, which is why “al” survived)' },
  { reads: 'The   Syrian Democratic Council', restored: 'The Syrian Democratic Council', why: 'a lost adjective, unknown: gap closed' },
  { reads: 'the powerful Ahrar   group', restored: 'the powerful Ahrar al-Sham group', why: 'name: Ahrar al-Sham' },
  { reads: 'negotiations is.   Assad', restored: 'negotiations is.  Assad', why: 'a paragraph break (two spaces) with a stray space' },
];

/**
 * The report with the restorations applied. Throws when a `reads` no longer occurs exactly once
 * (the source changed under the table) or when a gap is left unrestored, so the demo never shows
 * "President Bashar and" again without someone reviewing the table.
 * @param {string} text
 */
export function restoreReport(text) {
  let restored = text.trim();
  for (const { reads, restored: replacement } of DEMO_RESTORATIONS) {
    const count = restored.split(reads).length - 1;
    if (count !== 1) throw new Error(`report-page: the restoration of ${JSON.stringify(reads)} matches ${count} times in ${SOURCE_FILE}; review DEMO_RESTORATIONS`);
    restored = restored.replace(reads, () => replacement);
  }
  // A paragraph break is exactly two spaces after a sentence; anything else wider than one space,
  // or a space before punctuation, is a gap of the copy that the table does not cover.
  const gap = /\S {3,}\S|(?<![.?”]) {2}\S|\s[.,;:]/u.exec(restored);
  if (gap) throw new Error(`report-page: unrestored gap ${JSON.stringify(restored.slice(Math.max(0, gap.index - 30), gap.index + 30))} in ${SOURCE_FILE}; add it to DEMO_RESTORATIONS`);
  return restored;
}

/** The copy prints every quotation mark as ”: one that opens a word opens a quotation. */
const openingQuotes = (text) => text.replace(/(^|[\s(])”(?=\S)/gu, '$1“');

/**
 * reportBlocks, plus the sub-headings the copy ran into the middle of a paragraph
 * ("… the conflict. What’s different about these talks? These talks …").
 * @param {string} text
 */
function articleBlocks(text) {
  return reportBlocks(text).flatMap((block) => {
    if (block.kind !== 'p') return [block];
    const parts = block.text.split(/(?<=[.”]) ((?:What|Who|Why|How)[^.?”]{0,60}\?) /u);
    return parts.map((part, i) => ({ kind: i % 2 ? 'h2' : 'p', text: part.trim() })).filter((b) => b.text);
  });
}

/** Quotations set as pull quotes, each with its byline, as news sites do (words as the report quotes them). */
const PULL_QUOTES = [
  {
    after: 'pocket of territories in Aleppo.',
    text: 'So now for the first time the actors who have big stakes, who are on the ground, who have significant leverage on fighting components, are together working on this.',
    byline: 'Mehmet Simsek, Turkish deputy prime minister',
  },
  {
    after: 'only interested in a ceasefire.',
    text: 'Astana is a course of to finish the bloodletting by the regime and its allies. We wish to finish this sequence of crimes.',
    byline: 'Mohammad Alloush, head of the rebel delegation, to AFP',
  },
];

/**
 * The demo article: the report with its names restored (DEMO_RESTORATIONS), in a news layout
 * with headline, byline, sub-headings and pull quotes, labelled as a demo built from the source.
 */
export function demoArticleHtml() {
  const blocks = articleBlocks(restoreReport(readFileSync(SOURCE_FILE, 'utf8'))).map((b) => ({ ...b, text: openingQuotes(b.text) }));
  const html = [];
  const pending = [...PULL_QUOTES];
  for (const block of blocks) {
    html.push(`<${block.kind}>${escapeHtml(block.text)}</${block.kind}>`);
    for (const quote of pending.filter((q) => block.text.includes(q.after))) {
      pending.splice(pending.indexOf(quote), 1);
      html.push(`<blockquote class="pull"><p>“${escapeHtml(quote.text)}”</p><footer>— ${escapeHtml(quote.byline)}</footer></blockquote>`);
    }
  }
  if (pending.length) throw new Error(`report-page: no paragraph ends with ${JSON.stringify(pending[0].after)} for its pull quote`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Syria talks: what is happening in Astana</title>
    <style>
      body { font: 18px/1.6 Georgia, 'DejaVu Serif', serif; margin: 0; color: #1f2328; background: #fff; }
      .masthead { font: 800 22px/1 system-ui, sans-serif; letter-spacing: .02em; padding: 14px 24px; border-bottom: 3px solid #b42318; }
      .demo-note { font: 14px/1.4 system-ui, sans-serif; background: #fff8c5; border-bottom: 1px solid #d4a72c; padding: 8px 24px; margin: 0; }
      main { max-width: 44rem; margin: 1.5rem auto 3rem; padding: 0 1rem; }
      .kicker { font: 600 13px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .08em; color: #b42318; margin: 0; }
      h1 { font: 700 2.2rem/1.15 system-ui, sans-serif; margin: .5rem 0 .75rem; }
      .byline { font: 14px system-ui, sans-serif; color: #59636e; border-bottom: 1px solid #ddd; padding-bottom: 1rem; }
      h2 { font: 700 1.25rem/1.3 system-ui, sans-serif; margin-top: 2rem; }
      blockquote.pull { margin: 1.5rem 0; padding: .25rem 0 .25rem 1.25rem; border-left: 4px solid #b42318; font-size: 1.2rem; font-style: italic; }
      blockquote.pull p { margin: 0 0 .4rem; }
      blockquote.pull footer { font: normal 14px system-ui, sans-serif; color: #59636e; }
    </style>
  </head>
  <body>
    <div class="masthead">The Daily Demo</div>
    <p class="demo-note" role="note">A demo built from the source report (CNN, 23 January 2017); names restored where this copy had lost them.</p>
    <main>
      <article>
        <p class="kicker">Syria · Astana talks</p>
        <h1>Syria talks: what is happening in Astana?</h1>
        <p class="byline">From the CNN report of 23 January 2017 · the text of data/sources/, repaired as listed in scripts/lib/report-page.mjs</p>
        ${html.join('\n        ')}
      </article>
    </main>
  </body>
</html>
`;
}

/** @param {{ title?: string, extraHead?: string, extraBody?: string }} [options] */
export function reportPageHtml(options = {}) {
  const text = readFileSync(SOURCE_FILE, 'utf8');
  const body = reportBlocks(text)
    .map((block) => `<${block.kind}>${escapeHtml(block.text)}</${block.kind}>`)
    .join('\n      ');
  const title = options.title ?? 'Syria talks open in Astana';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)}</title>
    <style>
      body { font: 18px/1.6 Georgia, 'DejaVu Serif', serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; background: #fff; }
      header { border-bottom: 1px solid #ddd; margin-bottom: 1.5rem; }
      .kicker { font: 600 13px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .08em; color: #b42318; }
      h1 { font: 700 2rem/1.2 system-ui, sans-serif; margin: .4rem 0 1rem; }
      h2 { font: 700 1.25rem/1.3 system-ui, sans-serif; margin-top: 2rem; }
      .byline { font: 14px system-ui, sans-serif; color: #59636e; }
    </style>${options.extraHead ?? ''}
  </head>
  <body>
    <header>
      <p class="kicker">Demo page · text of a CNN report, 23 January 2017</p>
      <h1>${escapeHtml(title)}</h1>
      <p class="byline">Reproduced from the source document in data/sources/ for the Astana Facts demo.</p>
    </header>
    <article>
      ${body}
    </article>${options.extraBody ?? ''}
  </body>
</html>
`;
}
