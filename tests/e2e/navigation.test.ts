/**
 * Navigation the content script lives through in Chromium: a single-page app that swaps its
 * article and pushes a new address, and a page the reader goes back to.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { highlightTexts } from './support/hostile';
import { startChromiumSession, type ChromiumSession } from './support/session';

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

/** A router in the page: a click on a link swaps the article and pushes the link's address, without a load. */
const SPA = page(
  'Single-page app',
  `<header id="header"><p>Live: the Astana talks</p><nav><a id="next" href="/spa/second">Next story</a></nav></header>
  <main id="main"><article><p>Mohammad Alloush told AFP the talks must stop the bloodshed.</p></article></main>
  <script>
    const stories = { '/spa/second': '<article><p>Mehmet Simsek told TASS that Bashar al-Jaafari will attend.</p></article>' };
    document.getElementById('next').addEventListener('click', (event) => {
      event.preventDefault();
      const path = event.currentTarget.getAttribute('href');
      history.pushState({}, '', path);
      document.getElementById('main').innerHTML = stories[path];
    });
  </script>`,
);

const FIRST = page('First', '<p id="text">Mohammad Alloush told AFP that Mehmet Simsek spoke to TASS.</p><a id="away" href="/second.html">Away</a>');
const SECOND = page('Second', '<p id="text">Nothing to see here.</p>');

describe('navigation in Chromium', () => {
  let session: ChromiumSession;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    [session, server] = await Promise.all([
      startChromiumSession(),
      startStaticServer({ pages: { '/spa/first': SPA, '/spa/second': SPA, '/first.html': FIRST, '/second.html': SECOND } }),
    ]);
  });
  afterAll(async () => {
    try {
      // Also fails the file on any request beyond the local servers (support/session.ts).
      await session?.close();
    } finally {
      await server?.close();
    }
  });

  /** The toolbar badge of the window's active tab: the number of distinct entities on its page. */
  const badge = () =>
    session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });

  const nested = (tab: Page) => tab.evaluate(() => document.querySelectorAll('[data-astana-entity] [data-astana-entity]').length);

  it('a single-page app: the new article is highlighted, the old highlights are gone, the kept header keeps its own', async () => {
    const tab = session.firstTab;
    await tab.bringToFront();
    await tab.goto(server.url('/spa/first'));
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(['Astana talks', 'Mohammad Alloush', 'AFP']);
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');

    await tab.click('#next');
    expect(new URL(tab.url()).pathname).toBe('/spa/second');
    await expect
      .poll(() => highlightTexts(tab), { timeout: 10_000 })
      .toEqual(['Astana talks', 'Mehmet Simsek', 'TASS', 'Bashar al-Jaafari']);
    expect(await highlightTexts(tab, '#header')).toEqual(['Astana talks']);
    expect(await nested(tab)).toBe(0);
    // The toolbar follows the new story.
    await expect.poll(badge, { timeout: 10_000 }).toBe('4');
  });

  // Chromium under Playwright never restores from the back-forward cache (Playwright switches it
  // off, and Chromium reports the extension's messaging as a blocker too): going back loads the
  // page again. The cache itself is tested in Firefox (firefox.test.ts).
  it('going back to a page: its highlights are as they were, not doubled, and the badge counts them again', async () => {
    const tab = session.firstTab;
    await tab.bringToFront();
    await tab.goto(server.url('/first.html'));
    const expected = ['Mohammad Alloush', 'AFP', 'Mehmet Simsek', 'TASS'];
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(expected);
    await tab.click('#away');
    await tab.waitForURL(server.url('/second.html'));
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    await tab.goBack();
    expect(tab.url()).toBe(server.url('/first.html'));
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(expected);
    expect(await tab.locator('[data-astana-entity]').count()).toBe(4);
    expect(await nested(tab)).toBe(0);
    await expect.poll(badge, { timeout: 10_000 }).toBe('4');
  });
});
