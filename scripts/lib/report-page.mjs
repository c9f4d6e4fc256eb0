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
