import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { dataset } from '../../src/core/dataset';
import { normalizeWhitespace } from '../../src/core/dataset/validate';
import { seriousA11yViolations } from './support/a11y';
import { cardText, clickInCard, inCard } from './support/card';
import { startFirefoxSession, type FirefoxSession } from './support/firefox';
import { startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

const SOURCE = 'cnn-2017-01-23-astana-talks';

/** The excerpts of a fact or quote, whitespace runs as one space, as the view must highlight them. */
function excerptsOf(kind: 'fact' | 'quote', id: string): string[] {
  const item =
    kind === 'fact' ? dataset.entities.flatMap((entity) => entity.facts).find((fact) => fact.id === id) : dataset.quotes.find((quote) => quote.id === id);
  if (!item) throw new Error(`no ${kind} "${id}" in the dataset`);
  return item.evidence.map(normalizeWhitespace);
}

/** What a reader of the source view sees, read in the page: run by Playwright and by puppeteer. */
function readView() {
  const marks = [...document.querySelectorAll<HTMLElement>('mark.source-excerpt')];
  const count = Math.max(0, ...marks.flatMap((mark) => (mark.dataset.excerpts ?? '').split(' ').map((n) => Number(n) + 1)));
  const highlighted = Array.from({ length: count }, (_, index) =>
    marks
      .filter((mark) => (mark.dataset.excerpts ?? '').split(' ').includes(String(index)))
      .map((mark) => mark.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  // Where the view opens: the start of the first excerpt (the one that carries the claim), which
  // need not be the first highlight in the text.
  const first = marks.find((mark) => (mark.dataset.excerpts ?? '').split(' ').includes('0'));
  // The first line box: an excerpt over several lines has a bounding box wider than its first line.
  const box = first?.getClientRects()[0];
  // Seen, not just laid out: inside the viewport, and the element at its centre is the highlight.
  const hit = box ? document.elementFromPoint(box.left + Math.min(box.width, 40) / 2, box.top + box.height / 2) : null;
  return {
    highlighted,
    focusedIsFirst: first !== undefined && document.activeElement === first,
    inViewport: box !== undefined && box.top >= 0 && box.bottom <= innerHeight && box.height > 0,
    seenAtCentre: hit !== null && first !== undefined && (hit === first || first.contains(hit)),
    scrolled: scrollY > 0,
    outlet: document.querySelector('h1')?.textContent ?? '',
    date: document.querySelector('time')?.textContent ?? '',
    text: document.querySelector('.source-text')?.textContent ?? '',
  };
}

/** Waits for the source view a citation opened, in a new tab. */
async function openedView(session: ChromiumSession, click: () => Promise<void>): Promise<Page> {
  const [view] = await Promise.all([session.context.waitForEvent('page', (page) => page.url().includes('/source.html')), click()]);
  await view.waitForLoadState();
  await view.waitForSelector('mark.source-excerpt');
  return view;
}

describe('the source view in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a citation in a hover card opens the source with its excerpts highlighted, focused and in view', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/card.html'));
    await waitForStableHighlights(page);
    const mark = page.locator('[data-astana-entity="mohammad-alloush"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    // The card's root is closed: it is reached through tests/e2e/support/card.ts.
    await expect.poll(() => cardText(page)).toContain('Mohammad Alloush');
    const fact = (await inCard(page, '.af-fact'))!;
    const factId = (await fact.getAttribute('data-fact-id'))!;
    // A button, not a link: a web page may not link to the extension's pages.
    expect(await fact.$eval('.af-source-link', (element) => element.tagName)).toBe('BUTTON');
    await fact.dispose();

    const view = await openedView(session, () => clickInCard(page, '.af-fact .af-source-link'));
    expect(view.url()).toBe(`chrome-extension://${session.extensionId}/source.html?source=${SOURCE}&fact=${factId}`);
    await expect.poll(async () => (await view.evaluate(readView)).focusedIsFirst).toBe(true);
    const seen = await view.evaluate(readView);
    expect(seen.highlighted).toEqual(excerptsOf('fact', factId));
    expect(seen).toMatchObject({ inViewport: true, seenAtCentre: true, outlet: 'CNN' });
    expect(seen.date).toMatch(/2017/);
    expect(await view.locator('mark.source-excerpt').first().isVisible()).toBe(true);
    expect(await seriousA11yViolations(view)).toEqual([]);
    await view.close();
    await page.close();
  });

  it('a citation in the lookup page opens the source on a quote, from the keyboard', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/lookup.html?id=mehmet-simsek`);
    const citation = page.locator('.af-quote').first().locator('a.af-source-link');
    await citation.waitFor();
    const quoteId = (await page.locator('.af-quote').first().getAttribute('data-quote-id'))!;
    const view = await openedView(session, async () => {
      await citation.focus();
      await page.keyboard.press('Enter');
    });
    expect(view.url()).toBe(`chrome-extension://${session.extensionId}/source.html?source=${SOURCE}&quote=${quoteId}`);
    await expect.poll(async () => (await view.evaluate(readView)).focusedIsFirst).toBe(true);
    const seen = await view.evaluate(readView);
    expect(seen.highlighted).toEqual(excerptsOf('quote', quoteId));
    expect(seen).toMatchObject({ inViewport: true, seenAtCentre: true });
    await view.close();
    await page.close();
  });

  it('a citation in the toolbar popup opens the source with the fact\'s excerpts highlighted', async () => {
    await session.firstTab.goto(session.url('/report.html'));
    const popup = await session.openPopup();
    const search = popup.getByRole('combobox');
    await search.fill('Alloush');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('Mohammad Alloush');
    await search.press('Enter');
    const fact = popup.locator('.af-details .af-fact').first();
    await fact.waitFor();
    const factId = (await fact.getAttribute('data-fact-id'))!;
    const view = await openedView(session, () =>
      // The popup closes as the new tab takes the focus, sometimes before the click returns.
      fact
        .locator('a.af-source-link')
        .click()
        .catch((error: unknown) => {
          if (!String(error).includes('has been closed')) throw error;
        }),
    );
    expect(view.url()).toBe(`chrome-extension://${session.extensionId}/source.html?source=${SOURCE}&fact=${factId}`);
    await expect.poll(async () => (await view.evaluate(readView)).focusedIsFirst).toBe(true);
    const seen = await view.evaluate(readView);
    expect(seen.highlighted).toEqual(excerptsOf('fact', factId));
    expect(seen).toMatchObject({ inViewport: true, seenAtCentre: true });
    await view.close();
    await popup.close().catch(() => {});
  });

  it('highlights both excerpts of a fact that has two, and notes a restored name', async () => {
    const facts = dataset.entities.flatMap((entity) => entity.facts);
    const two = facts.find((fact) => fact.evidence.length === 2)!;
    const restored = facts.find((fact) => fact.restoredName)!;
    const view = await session.context.newPage();
    await view.goto(`chrome-extension://${session.extensionId}/source.html?source=${SOURCE}&fact=${two.id}`);
    await view.waitForSelector('mark.source-excerpt');
    expect((await view.evaluate(readView)).highlighted).toEqual(two.evidence.map(normalizeWhitespace));
    // Each excerpt has a link above the text that moves focus to it.
    await view.getByRole('link', { name: 'Go to excerpt 2' }).click();
    expect(await view.evaluate(() => document.activeElement?.id)).toBe(
      await view.getByRole('link', { name: 'Go to excerpt 2' }).evaluate((a) => a.getAttribute('href')!.slice(1)),
    );
    await view.goto(`chrome-extension://${session.extensionId}/source.html?source=${SOURCE}&fact=${restored.id}`);
    await expect
      .poll(() => view.locator('.source-restored').innerText())
      .toBe(`Name restored: this copy reads “${restored.restoredName!.reads}”; we read the name as ${restored.restoredName!.name}.`);
    await view.close();
  });

  it('says what is wrong with a bad address instead of showing a blank page', async () => {
    const view = await session.context.newPage();
    const errors: string[] = [];
    view.on('pageerror', (error) => errors.push(error.message));
    await view.goto(`chrome-extension://${session.extensionId}/source.html?source=nope&fact=x`);
    await expect.poll(() => view.getByRole('alert').innerText()).toContain('No source “nope”');
    await view.goto(`chrome-extension://${session.extensionId}/source.html?source=${SOURCE}&fact=nope`);
    await expect.poll(() => view.getByRole('alert').innerText()).toContain('No fact “nope”');
    expect(await view.locator('.source-text').innerText()).toContain('(CNN)');
    expect(errors).toEqual([]);
    await view.close();
  });

});

describe('the source view in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await startFirefoxSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a citation in the lookup page opens the source view with its excerpts highlighted', async () => {
    // A news page is open as a reader's would be (and the session's request record is not empty).
    const news = await session.newPage();
    await news.goto(session.url('/report.html'));
    // Puppeteer may not navigate to an extension page: the extension opens its lookup page itself.
    const before = new Set(await session.browser.pages());
    await session.evaluateInExtension(`browser.tabs.create({ url: browser.runtime.getURL('/lookup.html?id=mohammad-alloush') })`);
    const lookup = await newFirefoxTab(session, before, '/lookup.html');
    await lookup.setViewport({ width: 1200, height: 900 });
    await lookup.waitForSelector('.af-details .af-fact a.af-source-link');
    const factId = await lookup.evaluate(() => document.querySelector<HTMLElement>('.af-details .af-fact')!.dataset.factId!);
    await lookup.click('.af-details .af-fact a.af-source-link');
    // A tab a link opened has no puppeteer page: it is read through WebDriver BiDi.
    const read = () => session.evaluateInTab<ReturnType<typeof readView> & { href: string }>('/source.html', `({ ...(${readView})(), href: location.href })`);
    const start = Date.now();
    let seen = await read();
    while (!seen?.focusedIsFirst && Date.now() - start < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await read();
    }
    expect(seen?.href).toMatch(new RegExp(`^moz-extension://[^/]+/source\\.html\\?source=${SOURCE}&fact=${factId}$`));
    expect(seen!.highlighted).toEqual(excerptsOf('fact', factId));
    expect(seen).toMatchObject({ focusedIsFirst: true, inViewport: true, seenAtCentre: true, outlet: 'CNN' });
    expect(seen!.date).toMatch(/2017/);
    await lookup.close();
    await news.close();
  });
});

/**
 * The tab the background opened. Puppeteer's page for a tab opened on an extension page keeps
 * reporting about:blank as its address, so the tab's own location tells it apart.
 */
async function newFirefoxTab(session: FirefoxSession, before: Set<FirefoxPage>, path: string): Promise<FirefoxPage> {
  const start = Date.now();
  while (Date.now() - start < 15_000) {
    for (const page of await session.browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes(path)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab on ${path} opened.`);
}
