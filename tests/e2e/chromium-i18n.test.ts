import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inCard, readCard } from './support/card';
import { startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

/** Screenshots for people to look at: the Arabic interface. */
const SHOTS = fileURLToPath(new URL('../../.output/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

const ARABIC = /[\u0600-\u06FF]/;

/**
 * Records `lang` and `dir` of the root at the moment <body> is parsed, before anything can be
 * painted and before any module script (the page's Preact code) runs.
 */
function recordRootAtBody() {
  const seen = { lang: '', dir: '' };
  (window as unknown as { __rootAtBody: typeof seen }).__rootAtBody = seen;
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    seen.lang = document.documentElement.lang;
    seen.dir = document.documentElement.dir;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

const rootAtBody = (page: Page) =>
  page.evaluate(() => (window as unknown as { __rootAtBody: { lang: string; dir: string } }).__rootAtBody);

/** The direction an element's text runs in, as the browser computed it. */
const direction = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);

describe('the interface in Arabic, right to left (Chromium started with --lang=ar)', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession({ lang: 'ar' });
    await session.context.addInitScript(recordRootAtBody);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the popup runs right to left in Arabic; names, facts and quoted words keep their own direction', async () => {
    const page = session.firstTab;
    await page.goto(session.url('/quotes.html'));
    await waitForStableHighlights(page);
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('.popup-mention').count()).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.popup-quote').count()).toBeGreaterThan(0);

    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await direction(popup, 'main')).toBe('rtl');
    // Arabic headings and labels.
    expect(await popup.locator('#popup-on-page').innerText()).toBe('في هذه الصفحة');
    expect(await popup.locator('#popup-quotes-on-page').innerText()).toBe('الاقتباسات في هذه الصفحة');
    expect(await popup.getByRole('combobox').getAttribute('placeholder')).toMatch(ARABIC);
    expect(await popup.getByRole('switch', { name: /^التمييز على/ }).count()).toBe(1);
    // The dataset's names stay English, and run left to right inside the Arabic list.
    const name = popup.locator('.popup-mention-name').first();
    expect(await name.getAttribute('lang')).toBe('en');
    expect(await direction(popup, '.popup-mention-name')).toBe('ltr');
    // The page's quoted words stand in Arabic quotation marks, set apart so their punctuation stays inside.
    const quoteText = await popup.locator('.popup-quote-text').first().innerText();
    expect(quoteText).toMatch(/^«\u2068.+\u2069»$/s);
    // An English quotation runs left to right: its ellipsis and line ends where English puts them.
    expect(await direction(popup, '.popup-quote-text')).toBe('ltr');
    // The verdict chip is Arabic.
    expect(await popup.locator('.af-verdict').first().innerText()).toMatch(ARABIC);

    // Without the scrollbar for the shot: Playwright's full-page capture of a right-to-left page
    // with one is shifted by the scrollbar's width, which cuts off the start of every line.
    await popup.addStyleTag({ content: 'html { scrollbar-width: none; }' });
    await popup.screenshot({ path: `${SHOTS}popup-ar.png`, fullPage: true });
    await popup.close();
  });

  it('the options and lookup pages are right to left from their first parse, with dates in Arabic', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    // Set by the blocking head script, before <body> existed: no left-to-right first paint.
    expect(await rootAtBody(options)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await options.title()).toBe('إعدادات Astana Facts');
    expect(await options.locator('h1').innerText()).toBe('إعدادات Astana Facts');
    expect(await direction(options, 'main')).toBe('rtl');
    await options.screenshot({ path: `${SHOTS}options-ar.png`, fullPage: true });
    await options.close();

    const lookup = await session.context.newPage();
    await lookup.goto(`chrome-extension://${session.extensionId}/lookup.html?id=mehmet-simsek`);
    await lookup.locator('.af-fact').first().waitFor();
    expect(await rootAtBody(lookup)).toEqual({ lang: 'ar', dir: 'rtl' });
    // The facts are ours, in English: marked so, left to right, and the page says so.
    expect(await lookup.locator('.af-fact-text').first().getAttribute('lang')).toBe('en');
    expect(await direction(lookup, '.af-fact-text')).toBe('ltr');
    expect(await lookup.locator('.af-details-language').innerText()).toMatch(/الإنجليزية/);
    // The source's date in the interface's locale.
    expect(await lookup.locator('.af-source').first().innerText()).toMatch(/يناير/);
    await lookup.screenshot({ path: `${SHOTS}lookup-ar.png`, fullPage: true });
    await lookup.close();
  });

  it('the hover card speaks Arabic and keeps the English facts left to right', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/card.html'));
    const mark = page.locator('[data-astana-entity="mohammad-alloush"]').first();
    await mark.waitFor();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Mohammad Alloush');
    const card = (await readCard(page))!;
    expect(card).toMatchObject({ lang: 'ar', direction: 'rtl' });
    const badge = (await inCard(page, '.af-badge'))!;
    expect(await badge.innerText()).toMatch(ARABIC);
    // The role is the dataset's English: marked so, and left to right in the Arabic card.
    const role = (await inCard(page, '.af-card-role'))!;
    expect(await role.getAttribute('lang')).toBe('en');
    expect(await role.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await page.screenshot({ path: `${SHOTS}card-ar.png` });
    await page.close();
  });
});
