import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getStorage, startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

/**
 * Settings that are never lost, and the background's own jobs (badge, keyboard command, context
 * menu), driven through the real extension: its pages, its service worker and its tabs.
 */

const optionsUrl = (session: ChromiumSession) => `chrome-extension://${session.extensionId}/options.html`;

/** The badge of the window's active tab, as the toolbar shows it. */
async function badgeText(session: ChromiumSession): Promise<string> {
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

async function distinctEntities(page: Page): Promise<number> {
  return page.evaluate(() => new Set([...document.querySelectorAll('[data-astana-entity]')].map((el) => el.getAttribute('data-astana-entity'))).size);
}

/** Starts recording, in the service worker, the tab updates the background receives. */
async function recordTabUpdates(session: ChromiumSession): Promise<void> {
  await session.worker.evaluate(() => {
    const record = globalThis as unknown as { __tabUpdates?: string[] };
    if (!record.__tabUpdates) chrome.tabs.onUpdated.addListener((_id, info) => info.status && record.__tabUpdates!.push(info.status));
    record.__tabUpdates = [];
  });
}

async function tabUpdates(session: ChromiumSession): Promise<string[]> {
  return session.worker.evaluate(() => (globalThis as unknown as { __tabUpdates: string[] }).__tabUpdates);
}

describe('settings, badge, command and context menu in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });

  it('keeps both of two site switches flipped at the same moment in two pages', async () => {
    const pages = [await session.context.newPage(), await session.context.newPage()];
    for (const page of pages) await page.goto(optionsUrl(session));
    const expected: Record<string, boolean> = {};
    for (let round = 0; round < 4; round++) {
      const sites = pages.map((_page, i) => `site${round}-${i}.example`);
      for (const [i, page] of pages.entries()) await page.getByRole('textbox', { name: 'Add a site' }).fill(sites[i]!);
      // Both pages press "Add" in the same millisecond, neither waiting for the other's write.
      const at = Date.now() + 200;
      await Promise.all(
        pages.map((page) =>
          page.evaluate(
            (at) =>
              new Promise<void>((resolve) =>
                setTimeout(() => {
                  document.querySelector<HTMLButtonElement>('form.options-add button[type="submit"]')!.click();
                  resolve();
                }, at - Date.now()),
              ),
            at,
          ),
        ),
      );
      for (const site of sites) expected[site] = false;
      await expect.poll(async () => (await getStorage(session.worker, ['siteRules'])).siteRules, { timeout: 5000 }).toEqual(expected);
    }
    // Both pages show every site.
    for (const page of pages) await expect.poll(() => page.locator('.options-site').count()).toBe(Object.keys(expected).length);
    for (const page of pages) await page.close();
  });

  it('an import restarts the highlighting of an open tab once', async () => {
    const tab = session.firstTab;
    await tab.goto(session.url('/quotes.html'));
    await tab.waitForSelector('[data-astana-quote]');
    await waitForStableHighlights(tab);
    const names = await tab.locator('[data-astana-entity]').count();
    const quotes = await tab.locator('[data-astana-quote]').count();
    expect(names).toBeGreaterThan(3);
    expect(quotes).toBeGreaterThan(3);
    // Page-side counters: every name and quote mark the extension removes, and every one it adds.
    // Each restart removes every mark and makes new ones (a blockquote's quote marks at once).
    await tab.evaluate(() => {
      const counts = { namesRemoved: 0, namesAdded: 0, quotesRemoved: 0, quotesAdded: 0 };
      (window as unknown as { __marks: typeof counts }).__marks = counts;
      const is = (node: Node, attribute: string) => node instanceof Element && node.hasAttribute(attribute);
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (is(node, 'data-astana-entity')) counts.namesRemoved++;
            if (is(node, 'data-astana-quote')) counts.quotesRemoved++;
          }
          for (const node of record.addedNodes) {
            if (is(node, 'data-astana-entity')) counts.namesAdded++;
            if (is(node, 'data-astana-quote')) counts.quotesAdded++;
          }
        }
      }).observe(document.body, { childList: true, subtree: true });
    });

    const options = await session.context.newPage();
    await options.goto(optionsUrl(session));
    // Several settings change at once: places on, quote checking and cards off.
    const file = {
      format: 'astana-facts-settings',
      version: 1,
      settings: {
        enabled: true,
        mode: 'all-except-listed',
        siteRules: { 'bbc.co.uk': false },
        categories: { person: true, group: true, organization: true, place: true, event: true },
        tooltips: false,
        quotes: false,
      },
    };
    await options.locator('input[type="file"]').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => options.getByRole('status').innerText()).toContain('Settings imported');
    await expect.poll(() => tab.locator('[data-astana-category="place"]').count()).toBeGreaterThan(0);
    await waitForStableHighlights(tab);
    expect(await tab.locator('[data-astana-quote]').count()).toBe(0);
    const after = await tab.locator('[data-astana-entity]').count();
    const counts = await tab.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
    // One restart: every mark of before removed once, every name mark of after added once, and
    // no quotation marked again in between (quote checking is off in the file).
    expect(counts).toEqual({ namesRemoved: names, namesAdded: after, quotesRemoved: quotes, quotesAdded: 0 });
    await options.close();
  });

  it('keeps the badge through hash navigation and pushState', async () => {
    const tab = session.firstTab;
    await tab.goto(session.url('/report.html'));
    await waitForStableHighlights(tab);
    await tab.bringToFront();
    const distinct = String(await distinctEntities(tab));
    await expect.poll(() => badgeText(session)).toBe(distinct);

    for (const navigate of [() => (location.hash = '#section-2'), () => history.pushState({}, '', '/report.html?page=2')]) {
      await recordTabUpdates(session);
      await tab.evaluate(navigate);
      // The background has seen the tab's navigation finish...
      await expect.poll(() => tabUpdates(session)).toContain('complete');
      // ...and the badge still counts the highlights that are still there.
      expect(await tab.locator('[data-astana-entity]').count()).toBeGreaterThan(0);
      expect(await badgeText(session)).toBe(distinct);
    }

    // A real navigation, to a page without names, blanks it.
    await tab.goto(session.url('/no-such-page'));
    await expect.poll(() => badgeText(session)).toBe('');
  });

  it('the keyboard command turns the site off and on again', async () => {
    const tab = session.firstTab;
    await tab.goto(session.url('/card.html'));
    await tab.bringToFront();
    await tab.waitForSelector('[data-astana-entity]');
    const highlighted = await tab.locator('[data-astana-entity]').count();
    // Headless Chromium does not route key presses to extension commands, so the command is fired
    // through the background's own listener, as the browser does when Alt+Shift+H is pressed.
    const press = () => session.worker.evaluate(() => chrome.commands.onCommand.dispatch('toggle-site'));
    await press();
    await expect.poll(() => tab.locator('[data-astana-entity]').count()).toBe(0);
    expect(await getStorage(session.worker, ['siteRules'])).toEqual({ siteRules: { '127.0.0.1': false } });
    await press();
    await expect.poll(() => tab.locator('[data-astana-entity]').count()).toBe(highlighted);
    expect(await getStorage(session.worker, ['siteRules'])).toEqual({ siteRules: {} });
  });

  it('has the "Look up" context menu item, which opens the lookup page on the selection', async () => {
    // update() fails for an item that does not exist.
    await session.worker.evaluate(() => chrome.contextMenus.update('astana-lookup-selection', {}));
    const opened = session.context.waitForEvent('page', { predicate: (page) => page.url().includes('/lookup.html') });
    await session.worker.evaluate(() =>
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'astana-lookup-selection', selectionText: '  Army of Islam ' }),
    );
    const lookup = await opened;
    expect(new URL(lookup.url()).searchParams.get('q')).toBe('Army of Islam');
    await expect.poll(() => lookup.locator('.af-details-name').innerText()).toBe('Jaish al-Islam');
    await lookup.close();
  });

  it('the open popup follows the page when its names change, without being asked', async () => {
    const tab = session.firstTab;
    await tab.goto(session.url('/card.html'));
    await tab.waitForSelector('[data-astana-entity]');
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('.popup-mention').count()).toBeGreaterThan(0);
    const listed = await popup.locator('.popup-mention').count();
    expect(await popup.locator('.popup-mention', { hasText: 'Ahrar al-Sham' }).count()).toBe(0);
    // From now on, count what the popup asks the page.
    await popup.evaluate(() => {
      const tabs = chrome.tabs as unknown as { sendMessage: (...args: unknown[]) => unknown };
      const send = tabs.sendMessage.bind(tabs);
      const asked: unknown[] = [];
      (window as unknown as { __asked: unknown[] }).__asked = asked;
      tabs.sendMessage = (...args: unknown[]) => {
        asked.push(args[1]);
        return send(...args);
      };
    });

    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news: Ahrar al-Sham said it would not attend the talks.';
      document.body.prepend(p);
    });
    await expect.poll(() => popup.locator('.popup-mention', { hasText: 'Ahrar al-Sham' }).count()).toBe(1);
    expect(await popup.locator('.popup-mention').count()).toBe(listed + 1);
    // The page told the popup: it was not asked again.
    expect(await popup.evaluate(() => (window as unknown as { __asked: unknown[] }).__asked)).toEqual([]);
    await popup.close();
  });
});
