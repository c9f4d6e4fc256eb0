import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { cardRoot, clickInCard, inCard, readCard } from './support/card';
import { startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

const ALLOUSH = '#intro [data-astana-entity="mohammad-alloush"]';
const SIMSEK_LINK = '#link [data-astana-entity="mehmet-simsek"]';
const RECORD_DATE = /23 January 2017|January 23, 2017/;

async function open(session: ChromiumSession, path: string, wait = '[data-astana-entity]'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url(path));
  await page.waitForSelector(wait, { state: 'attached' });
  await waitForStableHighlights(page);
  return page;
}

async function centre(page: Page, selector: string) {
  return page.evaluate((s) => {
    const rect = document.querySelector(s)!.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
}

async function hover(page: Page, selector: string) {
  const point = await centre(page, selector);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

async function cardShows(page: Page, text: string | RegExp) {
  await expect.poll(async () => (await readCard(page))?.text ?? '').toMatch(text);
}

/**
 * Holds that no card is visible for a while: what "stays closed" means. A bounded watch, not a
 * condition, because the claim is that nothing happens; four times the hover delay, read often.
 */
async function staysClosed(page: Page, forMs = 1000) {
  const until = Date.now() + forMs;
  while (Date.now() < until) expect(await readCard(page)).toBeNull();
}

/** The accessibility tree's nodes, as screen readers get them (closed shadow roots included). */
async function axNodes(cdp: CDPSession) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.map((node) => ({
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    description: String(node.description?.value ?? ''),
    focused: node.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
  }));
}

describe('the hover card in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says when its record is from before any claim, and that a 2019 article is far from it', async () => {
    const page = await open(session, '/card-behaviour.html');
    await hover(page, ALLOUSH);
    await cardShows(page, /Mohammad Alloush/);
    const card = (await readCard(page))!;
    // The name, then the record's date, then the article's: every claim comes after them.
    expect(card.blocks[0]).toMatch(/^Mohammad Alloush/);
    expect(card.blocks[1]).toMatch(new RegExp(`^As reported on (${RECORD_DATE.source})`));
    expect(card.blocks[1]).toContain('Later events are not in this record.');
    expect(card.blocks[2]).toMatch(new RegExp(`^This article: (3 May 2019|May 3, 2019) · our record: (${RECORD_DATE.source})$`));
    // The role and the facts follow.
    expect(card.facts).toBeGreaterThan(0);
    expect(card.blocks.length).toBeGreaterThan(4);
    await page.close();

    // An article of the talks' own days gets the record's date only.
    const report = await open(session, '/card.html');
    await hover(report, '[data-astana-entity="mohammad-alloush"]');
    await cardShows(report, /As reported on/);
    expect((await readCard(report))!.text).not.toContain('This article');
    await report.close();
  });

  it('stays closed after Escape while the pointer rests on the name, until it leaves and comes back', async () => {
    // A name split across inline elements: "Mohammad <b>Alloush</b>", two pieces of one name.
    const first = '#split [data-astana-entity="mohammad-alloush"]';
    const second = '#split-b [data-astana-entity="mohammad-alloush"]';
    const page = await open(session, '/card-behaviour.html', second);
    await hover(page, first);
    await cardShows(page, /Mohammad Alloush/);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    // Still resting on the name: across to its other piece, and small moves within it.
    await hover(page, second);
    const point = await centre(page, second);
    await page.mouse.move(point.x + 2, point.y);
    await staysClosed(page);
    await hover(page, '#plain');
    await hover(page, first);
    await cardShows(page, /Mohammad Alloush/);
    await page.close();
  });

  it('closes only on a scroll that moves the name, not on an auto-scrolling carousel', async () => {
    const page = await open(session, '/card-behaviour.html');
    await hover(page, ALLOUSH);
    await cardShows(page, /Mohammad Alloush/);
    await page.evaluate(() => {
      const carousel = document.getElementById('carousel')!;
      (window as unknown as { ticker: number }).ticker = window.setInterval(() => (carousel.scrollLeft += 30), 40);
    });
    await page.waitForFunction(() => document.getElementById('carousel')!.scrollLeft > 600);
    expect((await readCard(page))?.text ?? '').toContain('Mohammad Alloush');
    await page.evaluate(() => clearInterval((window as unknown as { ticker: number }).ticker));
    await page.mouse.wheel(0, 60);
    await expect.poll(() => readCard(page)).toBeNull();
    await page.close();
  });

  it('never shows a card for a page\'s own mark, and shows a real mark\'s own entity whatever the page rewrites', async () => {
    const page = await open(session, '/card-behaviour.html', '#altered-p [data-astana-entity]');
    // The page rewrites the attribute of a real highlight and forges one of its own.
    await page.evaluate(() => {
      document.querySelector('#altered-p [data-astana-entity]')!.setAttribute('data-astana-entity', 'bashar-al-assad');
      const forged = document.createElement('mark');
      forged.setAttribute('data-astana-entity', 'mohammad-alloush');
      forged.setAttribute('data-astana-category', 'person');
      forged.id = 'forged-late';
      forged.textContent = 'words the page chose';
      document.getElementById('plain')!.append(' ', forged);
    });
    for (const forged of ['#forged', '#forged-late']) {
      await hover(page, forged);
      await staysClosed(page);
    }
    await hover(page, '#altered-p [data-astana-entity]');
    await cardShows(page, /Bashar al-Jaafari/);
    expect((await readCard(page))!.text).not.toContain('Bashar al-Assad');
    // The page sees the card's host, but not into it.
    expect(await page.evaluate(() => document.querySelector('astana-facts-ui')!.shadowRoot)).toBeNull();
    await page.close();
  });

  it('an English card on a right-to-left page is laid out left to right', async () => {
    const page = await open(session, '/card-rtl.html', '[data-astana-entity="united-nations"]');
    await hover(page, '[data-astana-entity="united-nations"]');
    await cardShows(page, /United Nations/);
    const card = (await readCard(page))!;
    expect(card.direction).toBe('ltr');
    expect(card.lang).toMatch(/^en/);
    const layout = (await cardRoot(page))!;
    const measured = await layout.evaluate((root) => {
      const card = root.querySelector('.af-card')!.getBoundingClientRect();
      const name = root.querySelector('.af-card-name')!.getBoundingClientRect();
      const fact = root.querySelector('.af-fact-text')!;
      return { nameFromLeft: name.left - card.left, nameFromRight: card.right - name.right, factDirection: getComputedStyle(fact).direction };
    });
    // The name starts at the card's left edge, as English does.
    expect(measured.nameFromLeft).toBeLessThan(measured.nameFromRight);
    expect(measured.factDirection).toBe('ltr');
    await page.close();
  });

  it('a tap opens a card; a second tap closes it, a tap elsewhere too; a linked name follows its link on the second tap', async () => {
    const page = await open(session, '/card-behaviour.html');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (selector: string) => {
      const { x, y } = await centre(page, selector);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await tap(ALLOUSH);
    await cardShows(page, /Mohammad Alloush/);
    await tap(ALLOUSH);
    await expect.poll(() => readCard(page)).toBeNull();
    await tap(ALLOUSH);
    await cardShows(page, /Mohammad Alloush/);
    await tap('#plain');
    await expect.poll(() => readCard(page)).toBeNull();

    await tap(SIMSEK_LINK);
    await cardShows(page, /Mehmet Şimşek/);
    expect(new URL(page.url()).hash).toBe('');
    await tap(SIMSEK_LINK);
    await expect.poll(() => new URL(page.url()).hash).toBe('#simsek');
    await page.close();
  });

  it('keyboard: a focused container opens nothing; the card key opens a selected name\'s card as a dialog whose controls work', async () => {
    const page = await open(session, '/card-behaviour.html');
    const cdp = await page.context().newCDPSession(page);
    await page.focus('#main');
    await staysClosed(page, 500);
    expect(await page.getAttribute('#main', 'aria-describedby')).toBeNull();

    // A keyboard reader's caret (caret browsing) or selection in a plain-text name.
    await page.evaluate((selector) => {
      const text = document.querySelector(selector)!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 3);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, ALLOUSH);
    await page.keyboard.press('Alt+Shift+Enter');
    await cardShows(page, /Mohammad Alloush/);
    // Announced as a dialog named by the entity, with the focus in it.
    await expect
      .poll(async () => (await axNodes(cdp)).find((node) => node.role === 'dialog')?.name)
      .toBe('Mohammad Alloush');
    expect((await axNodes(cdp)).find((node) => node.role === 'dialog')?.focused).toBe(true);
    // Tab to "Show all" and press it.
    const before = (await readCard(page))!.facts;
    for (let i = 0; i < 12 && !(await readCard(page))?.focused?.includes('af-card-more'); i++) await page.keyboard.press('Tab');
    expect((await readCard(page))!.focused).toContain('af-card-more');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readCard(page))?.facts ?? 0).toBeGreaterThan(before);
    // Escape closes it and puts the reader back where they were.
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    expect(await page.evaluate((s) => document.querySelector(s)!.contains(getSelection()!.anchorNode), ALLOUSH)).toBe(true);
    await page.close();
  });

  it('keyboard: a focused link\'s card is its description, and the card key takes the reader into it', async () => {
    const page = await open(session, '/card-behaviour.html');
    const cdp = await page.context().newCDPSession(page);
    await page.focus('#link');
    await cardShows(page, /Mehmet Şimşek/);
    expect((await readCard(page))!.text).toContain('Press Alt+Shift+Enter to open this card.');
    await expect
      .poll(async () => (await axNodes(cdp)).find((node) => node.role === 'link' && node.name === 'Mehmet Simsek')?.description ?? '')
      .toMatch(/As reported on/);
    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(async () => (await readCard(page))?.focused ?? null).toContain('af-card');
    // Tabbing out of the card's last control gives the focus back to the link.
    for (let i = 0; i < 12 && (await readCard(page)); i++) await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('link');
    await page.close();
  });

  it('follows the page\'s own darkness, not only the system theme, and the page\'s text size', async () => {
    const dark = await open(session, '/card-dark.html');
    await dark.emulateMedia({ colorScheme: 'light' });
    await hover(dark, '[data-astana-entity="mohammad-alloush"]');
    await cardShows(dark, /Mohammad Alloush/);
    const onDark = (await readCard(dark))!;
    expect(onDark.theme).toBe('dark');
    expect(onDark.backgroundColor).toBe('rgb(23, 25, 29)');
    await dark.close();

    const light = await open(session, '/card-layout.html', '[data-astana-entity="mohammad-alloush"]');
    await light.emulateMedia({ colorScheme: 'dark' });
    await light.evaluate(() => document.querySelector('[data-astana-entity="mohammad-alloush"]')!.scrollIntoView({ block: 'center' }));
    await hover(light, '[data-astana-entity="mohammad-alloush"]');
    await cardShows(light, /Mohammad Alloush/);
    const onLight = (await readCard(light))!;
    expect(onLight.theme).toBe('light');
    expect(onLight.backgroundColor).toBe('rgb(255, 255, 255)');
    const nameHeight = async (page: Page) => (await (await inCard(page, '.af-card-name'))!.boundingBox())!.height;
    const normalName = await nameHeight(light);
    await light.close();

    const large = await open(session, '/card-large-font.html');
    await hover(large, '[data-astana-entity="mohammad-alloush"]');
    await cardShows(large, /Mohammad Alloush/);
    const onLarge = (await readCard(large))!;
    // 24 px text against the 16 px default: a card half as large again (the light page's 17 px text, a little larger).
    expect(onLarge.rect.width).toBeCloseTo(360 * 1.5, 0);
    expect(onLight.rect.width).toBeCloseTo(360 * (17 / 16), -1);
    expect(await nameHeight(large)).toBeGreaterThan(normalName * 1.3);
    await large.close();
  });

  it('shows the pointer cursor on linked names and the help cursor on others, and the card\'s buttons work with the mouse', async () => {
    const page = await open(session, '/card-behaviour.html');
    const cursor = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).cursor, selector);
    expect(await cursor(SIMSEK_LINK)).toBe('pointer');
    expect(await cursor(ALLOUSH)).toBe('help');
    await hover(page, ALLOUSH);
    await cardShows(page, /Show all/);
    const before = (await readCard(page))!.facts;
    expect(await (await inCard(page, '.af-card-more'))!.isVisible()).toBe(true);
    await clickInCard(page, '.af-card-more');
    await expect.poll(async () => (await readCard(page))?.facts ?? 0).toBeGreaterThan(before);
    await page.close();
  });
});
