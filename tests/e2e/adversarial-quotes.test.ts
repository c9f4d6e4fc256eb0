/**
 * Adversarial inputs for quote checking in real Chromium (issue 15): each page must be checked
 * to the end, with the right marks, and without crashing the tab. How long it takes is the
 * bench's business (`npm run bench`, adversarial pages), not this file's.
 */
import { describe, expect, it } from 'vitest';
import { serveAdversarialPages } from './support/adversarial';

const ATTRIBUTED = '\u201CWe wish to finish this sequence of crimes,\u201D Alloush told AFP. ';
const REPEATS = 20_000;
/** src/page/quotes/quote-checker.ts MAX_QUOTE_MARKS, as the README states it. */
const MAX_QUOTE_MARKS = 1000;

const page = (body: string) => `<!doctype html><meta charset="utf-8"><title>x</title>${body}`;
const pages = {
  // 200,000 opening guillemets that never close, then a paragraph whose quotation must still be checked.
  '/unclosed-guillemets.html': page(
    `<p id="marks">Alloush said ${'\u00AB'.repeat(200_000)}</p><p id="after">${ATTRIBUTED}</p>`,
  ),
  // 20,000 attributed quotations in one paragraph.
  '/many-quotations.html': page(`<p id="many">${ATTRIBUTED.repeat(REPEATS)}</p><p id="after">${ATTRIBUTED}</p>`),
};

describe('adversarial pages for quote checking', () => {
  const { open } = serveAdversarialPages(pages);

  it('200,000 unclosed « in one paragraph: read to the end, the quotation after it checked, no crash', async () => {
    const { page: tab, crashed } = await open('/unclosed-guillemets.html');
    await tab.waitForSelector('#after [data-astana-quote]', { timeout: 60_000 });
    const result = await tab.evaluate(() => ({
      inMarks: document.querySelectorAll('#marks [data-astana-quote]').length,
      after: [...document.querySelectorAll('#after [data-astana-quote]')].map((el) => `${el.getAttribute('data-astana-quote')}:${el.textContent}`),
      length: document.getElementById('marks')!.textContent!.length,
    }));
    expect(result).toEqual({
      inMarks: 0,
      after: ['partial:We wish to finish this sequence of crimes,'],
      length: 'Alloush said '.length + 200_000,
    });
    expect(crashed()).toBe(false);
    await tab.close();
  });

  it('20,000 attributed quotations in one paragraph: the first 1,000 marked, then the names, no crash', { timeout: 240_000 }, async () => {
    const { page: tab, crashed } = await open('/many-quotations.html');
    // The paragraph's names wait for its quote check: once they start, the check is over.
    await tab.waitForFunction(() => document.querySelector('#many [data-astana-entity]') !== null, undefined, {
      timeout: 180_000,
      polling: 500,
    });
    const result = await tab.evaluate(() => {
      const marks = [...document.querySelectorAll('#many [data-astana-quote]')];
      return {
        marks: marks.length,
        verdicts: [...new Set(marks.map((el) => `${el.getAttribute('data-astana-quote')}:${el.textContent}`))],
        nested: document.querySelectorAll('[data-astana-quote] [data-astana-quote]').length,
        // Past the page's cap, nothing more is marked, the next paragraph included.
        after: document.querySelectorAll('#after [data-astana-quote]').length,
        text: document.getElementById('many')!.textContent,
      };
    });
    expect(result).toEqual({
      marks: MAX_QUOTE_MARKS,
      verdicts: ['partial:We wish to finish this sequence of crimes,'],
      nested: 0,
      after: 0,
      text: ATTRIBUTED.repeat(REPEATS),
    });
    // The paragraph's first quotations are the ones marked: its first mark follows its first “.
    expect(
      await tab.evaluate(() => {
        const range = document.createRange();
        range.setStart(document.getElementById('many')!, 0);
        range.setEndBefore(document.querySelector('#many [data-astana-quote]')!);
        return range.toString();
      }),
    ).toBe('\u201C');
    expect(crashed()).toBe(false);
    await tab.close();
  });
});
