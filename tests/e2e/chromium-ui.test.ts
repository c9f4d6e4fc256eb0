import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CARD_UI_GLOBAL } from '../../src/card/contract';
import { DEFAULT_SETTINGS } from '../../src/core/settings/model';
import { serializeSettings } from '../../src/core/settings/settings-file';
import { readMentions } from '../support/dom-tree';
import { seriousA11yViolations } from './support/a11y';
import { cardA11yViolations, cardRoot, clickInCard, readCard } from './support/card';
import { getStorage, setStorage, startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

/** Screenshots of the card, popup and options page, light and dark, for people to look at. */
const SHOTS = fileURLToPath(new URL('../../.output/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

async function hover(page: Page, selector: string) {
  const mark = page.locator(selector).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
}

describe('hover cards, popup, options and lookup in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a sourced card on hover, isolated from page CSS, inside the viewport', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/card.html'));
    await page.waitForSelector('[data-astana-entity="mohammad-alloush"]');
    await hover(page, '[data-astana-entity="mohammad-alloush"]');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Mohammad Alloush');
    const card = (await readCard(page))!;
    expect(card.text).toContain('Head of the rebel delegation');
    expect(card.text).toContain('CNN, January 23, 2017');
    expect(card.facts).toBeGreaterThanOrEqual(2);
    expect(card.facts).toBeLessThanOrEqual(4);
    expect(card.quotes).toBe(1);
    // The quote says whether it is verbatim.
    expect(card.text).toMatch(/Direct quote|Reported/i);
    // Page CSS does not reach it.
    expect(card.fontSize).toBe('13px');
    expect(card.color).not.toBe('rgb(255, 0, 0)');
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
    // The card only: this fixture's own colours are deliberately garish.
    expect(await cardA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}card-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}card-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    // No link: the source has no known address.
    expect(await (await cardRoot(page))!.evaluate((root) => root.querySelectorAll('a').length)).toBe(0);

    // The pointer can travel into the card and use "Show all".
    await clickInCard(page, 'button.af-card-more');
    await expect.poll(async () => (await readCard(page))?.facts ?? 0).toBeGreaterThan(card.facts);

    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('loads the card script on the first card, into the content script\'s world only', async () => {
    const page = await session.context.newPage();
    const cardScript = () => session.requests.filter((url) => url.endsWith('/card-ui.js'));
    const before = cardScript().length;
    await page.goto(session.url('/card.html'));
    await waitForStableHighlights(page);
    // Not before a card is due.
    expect(cardScript()).toHaveLength(before);
    await hover(page, '[data-astana-entity="mohammad-alloush"]');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Mohammad Alloush');
    // Once, from Chrome's per-session address, not the extension's fixed id (which Chrome then
    // redirects to internally: that shows as a second request).
    const loaded = cardScript().slice(before);
    expect(loaded[0]).not.toContain(session.extensionId);
    expect(loaded.filter((url) => !url.includes(session.extensionId))).toHaveLength(1);
    await page.mouse.move(2, 2);
    await expect.poll(() => readCard(page)).toBeNull();
    await hover(page, '[data-astana-entity="mohammad-alloush"]');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Mohammad Alloush');
    expect(cardScript().slice(before)).toEqual(loaded);
    // The page's world sees neither the card API nor, by the fixed address, the file.
    expect(await page.evaluate((key) => key in window, CARD_UI_GLOBAL)).toBe(false);
    const id = session.extensionId;
    expect(await page.evaluate((id) => fetch(`chrome-extension://${id}/card-ui.js`).then(() => 'fetched', () => 'refused'), id)).toBe('refused');
    await page.close();
  });

  it('keeps the card clear of a name at the bottom of the viewport', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/card.html'));
    await page.waitForSelector('[data-astana-entity="bashar-al-jaafari"]');
    await page.evaluate(() => {
      const mark = document.querySelector('[data-astana-entity="bashar-al-jaafari"]')!;
      const top = mark.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight + 40);
    });
    const markBox = await page.locator('[data-astana-entity="bashar-al-jaafari"]').first().boundingBox();
    await page.mouse.move(markBox!.x + 5, markBox!.y + 5);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Bashar al-Jaafari');
    const card = (await readCard(page))!;
    const name = { top: markBox!.y, left: markBox!.x, bottom: markBox!.y + markBox!.height, right: markBox!.x + markBox!.width };
    const covers = card.rect.left < name.right && name.left < card.rect.right && card.rect.top < name.bottom && name.top < card.rect.bottom;
    expect(covers).toBe(false);
    expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
    // Leaving the name closes the card.
    await page.mouse.move(5, 5);
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('opens on keyboard focus of a highlighted link, described by the card', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/card.html'));
    await page.waitForSelector('#link [data-astana-entity]');
    await page.focus('#link');
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain('Mehmet');
    const card = (await readCard(page))!;
    expect(await page.getAttribute('#link', 'aria-describedby')).toBe(card.hostId);
    // Focus stays on the page's link: the card never steals it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    expect(await page.getAttribute('#link', 'aria-describedby')).toBeNull();
    await page.close();
  });

  it('counts the entities on the page in the toolbar badge', async () => {
    await session.firstTab.goto(session.url('/report.html'));
    await waitForStableHighlights(session.firstTab);
    const distinct = await session.firstTab.evaluate(
      () => new Set([...document.querySelectorAll('[data-astana-entity]')].map((el) => el.getAttribute('data-astana-entity'))).size,
    );
    await session.firstTab.bringToFront();
    const badge = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe(String(distinct));
  });

  it('the popup lists the page entities, reveals mentions and switches the site live', async () => {
    const page = session.firstTab;
    await page.goto(session.url('/report.html'));
    await waitForStableHighlights(page);
    const highlighted = await page.locator('[data-astana-entity]').count();
    const popup = await session.openPopup();

    // "On this page", grouped by category, with counts.
    await expect.poll(() => popup.locator('.popup-mention').count()).toBeGreaterThan(5);
    const groups = await popup.locator('.popup-group-title').allInnerTexts();
    expect(groups.map((g) => g.trim())).toEqual(expect.arrayContaining(['People', 'Groups', 'Organizations', 'Events']));
    const assad = popup.locator('.popup-mention', { hasText: 'Bashar al-Assad' });
    await expect.poll(() => assad.innerText()).toContain('3');
    // Every count is the number of that entity's mentions on the page.
    const onPage: Record<string, number> = {};
    for (const { entity } of await page.evaluate(readMentions)) onPage[entity] = (onPage[entity] ?? 0) + 1;
    const listed = await popup.locator('.popup-mention').evaluateAll((items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(listed).toHaveLength(Object.keys(onPage).length);
    for (const text of listed) expect(Object.values(onPage)).toContain(Number(/(\d+)/.exec(text)![1]));
    expect(await seriousA11yViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}popup-light.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: `${SHOTS}popup-dark.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    // Clicking a name scrolls the page to its next mention and flashes it; again goes to the next one.
    await page.evaluate(() => scrollTo(0, 0));
    await assad.locator('.popup-mention-reveal').click();
    // The flash is seen: the mark's tint is stronger than a resting highlight's (0.22).
    const flashTint = () =>
      page.evaluate(() => {
        const flashing = document.querySelector('.astana-hl-flash');
        const alpha = flashing && /rgba\([^)]*,\s*([\d.]+)\)/.exec(getComputedStyle(flashing).backgroundColor)?.[1];
        return alpha ? Number(alpha) : 0;
      });
    await expect.poll(flashTint).toBeGreaterThan(0.5);
    const firstFlash = await page.evaluate(() => document.querySelector('.astana-hl-flash')!.getBoundingClientRect().top + scrollY);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.astana-hl-flash').length), { timeout: 5_000 }).toBe(0);
    await assad.locator('.popup-mention-reveal').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const flashing = document.querySelector('.astana-hl-flash');
          return flashing ? flashing.getBoundingClientRect().top + scrollY : null;
        }),
      )
      .not.toBe(firstFlash);

    // The site switch takes effect in the open tab at once, and is stored by site.
    const siteSwitch = popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
    await expect(siteSwitch.isChecked()).resolves.toBe(true);
    await siteSwitch.click();
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(0);
    expect(await getStorage(session.worker, ['siteRules'])).toEqual({ siteRules: { '127.0.0.1': false } });
    await siteSwitch.click();
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(highlighted);

    // By keyboard too.
    await siteSwitch.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(0);
    await popup.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(highlighted);

    // So does the global switch.
    const globalSwitch = popup.getByRole('switch', { name: 'Highlighting' });
    await globalSwitch.click();
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(0);
    await globalSwitch.click();
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(highlighted);

    // The shortcut is shown.
    expect(await popup.locator('body').innerText()).toContain('Alt+Shift+H');
    await popup.close();
  });

  it("the popup's \"show\" on a quotation scrolls the page to it and flashes it", async () => {
    const page = session.firstTab;
    // A short window, so that the last quotation starts out of sight.
    await page.setViewportSize({ width: 1280, height: 360 });
    try {
      await page.goto(session.url('/quotes.html'));
      await expect.poll(() => page.locator('#block [data-astana-quote]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.evaluate(() => scrollTo(0, 0));
      const inView = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('#block [data-astana-quote]')].some((el) => {
            const box = el.getBoundingClientRect();
            return box.bottom > 0 && box.top < innerHeight;
          }),
        );
      expect(await inView()).toBe(false);

      const popup = await session.openPopup();
      const entry = popup.locator('.popup-quote', { hasText: 'a lot of efforts in the past in Geneva' });
      await expect.poll(() => entry.count(), { timeout: 10_000 }).toBe(1);
      await entry.locator('.popup-quote-reveal').click();
      // Scrolled into view, and flashing as the reader sees it: the animation runs on that quotation only.
      await expect.poll(inView, { timeout: 5_000 }).toBe(true);
      const flashing = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-astana-quote]')]
            .filter((el) => getComputedStyle(el).animationName !== 'none')
            .map((el) => el.closest('[id]')?.id ?? ''),
        );
      await expect.poll(flashing, { timeout: 5_000 }).toContain('block');
      expect(new Set(await flashing())).toEqual(new Set(['block']));
      await popup.close();
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('the popup search finds names despite case, diacritics and typos, and opens an entity', async () => {
    await session.firstTab.goto(session.url('/report.html'));
    const popup = await session.openPopup();
    const search = popup.getByRole('combobox');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await search.fill('simsek');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('Mehmet Şimşek');
    await search.fill('jafari');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('Bashar al-Jaafari');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect.poll(() => popup.locator('.af-details-name').innerText()).toBe('Bashar al-Jaafari');
    const details = await popup.locator('.af-details').innerText();
    expect(details).toContain('CNN, January 23, 2017');
    await popup.close();
  });

  it('an options change reaches an open tab at once', async () => {
    const tab = session.firstTab;
    await tab.goto(session.url('/report.html'));
    await waitForStableHighlights(tab);
    expect(await tab.locator('[data-astana-category="place"]').count()).toBe(0);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await seriousA11yViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}options-light.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: `${SHOTS}options-dark.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByRole('switch', { name: 'Places' }).click();
    await expect.poll(() => tab.locator('[data-astana-category="place"]').count()).toBeGreaterThan(10);
    await options.getByRole('switch', { name: 'Places' }).click();
    await expect.poll(() => tab.locator('[data-astana-category="place"]').count()).toBe(0);
    await options.close();
  });

  it('the options page edits site rules and rejects an invalid import without changing anything', async () => {
    await setStorage(session.worker, { siteRules: { 'bbc.co.uk': false } });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByRole('textbox', { name: /site/i }).fill('https://edition.cnn.com/world');
    await page.getByRole('button', { name: /^add/i }).click();
    await expect.poll(async () => (await getStorage(session.worker, ['siteRules'])).siteRules).toEqual({
      'bbc.co.uk': false,
      'cnn.com': false,
    });
    const before = await getStorage(session.worker, ['enabled', 'mode', 'siteRules', 'categories', 'tooltips']);
    // A real settings file, as the options page exports it, whose only fault is its mode.
    const valid = JSON.parse(serializeSettings({ ...DEFAULT_SETTINGS, mode: 'only-listed', siteRules: { 'example.org': true } })) as {
      settings: Record<string, unknown>;
    };
    const file = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
    await page.locator('input[type="file"]').setInputFiles(file('bad-mode.json', { ...valid, settings: { ...valid.settings, mode: 'sometimes' } }));
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('the value of “settings.mode” is not valid');
    expect(await page.getByRole('alert').innerText()).toContain('Nothing was changed');
    expect(await getStorage(session.worker, ['enabled', 'mode', 'siteRules', 'categories', 'tooltips'])).toEqual(before);
    // The same file with a valid mode is taken: the mode alone was refused.
    await page.locator('input[type="file"]').setInputFiles(file('good-mode.json', valid));
    await expect.poll(async () => (await getStorage(session.worker, ['mode', 'siteRules']))).toEqual({
      mode: 'only-listed',
      siteRules: { 'example.org': true },
    });
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });

  it('the lookup page opens the entity a selection names', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/lookup.html?q=${encodeURIComponent('Army of Islam')}`);
    await expect.poll(() => page.locator('.af-details-name').innerText()).toBe('Jaish al-Islam');
    await page.close();
  });
});
