/**
 * Hostile pages in real Chromium with the built extension: huge and deep documents,
 * frames, shadow roots, SVG, right-to-left text, pages that style or fight our
 * highlights, strict CSP, designMode, XHTML, mutation storms and re-rendering
 * frameworks. Each page has its asserted outcome; none is a time limit (the bench
 * measures time), and every wait is for a condition.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF } from '../../src/page/dom/backoff';
import { PAGE_SCRIPT_GLOBAL } from '../../src/probe/contract';
import { cardText } from './support/card';
import { CHROME_BUILD, contentScriptWorlds, startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';
import { countHighlights, highlightOrder, highlightTexts, recordHighlightOrder, startHostileServers, type HostileServers } from './support/hostile';

const HIGHLIGHT = '[data-astana-entity]';

describe('hostile pages in Chromium', () => {
  let session: ChromiumSession;
  let servers: HostileServers;

  beforeAll(async () => {
    [session, servers] = await Promise.all([startChromiumSession(), startHostileServers()]);
  });
  afterAll(async () => {
    try {
      // Also fails the file on any request beyond the local servers (see support/session.ts).
      await session?.close();
    } finally {
      await servers?.close();
    }
  });

  async function open(
    path: string,
    options: { before?: (page: Page) => Promise<void>; waitUntil?: 'load' | 'domcontentloaded' } = {},
  ): Promise<{ page: Page; errors: Error[] }> {
    const page = await session.context.newPage();
    // The tab a reader reads is the one in front: a background tab gets few idle callbacks.
    await page.bringToFront();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await options.before?.(page);
    await page.goto(servers.url(path), { waitUntil: options.waitUntil ?? 'load', timeout: 60_000 });
    return { page, errors };
  }

  /** The page answers a script: its main thread is not blocked for good (however long it takes, which is the bench's business). */
  const answers = (page: Page) => page.evaluate(() => document.readyState);

  it('one 1 MB text node: every name in it is highlighted, once, and the page keeps answering', async () => {
    const { page, errors } = await open('/hostile/huge-text-node.html');
    await page.waitForSelector(HIGHLIGHT, { timeout: 30_000 });
    // While the rest is being highlighted.
    expect(await answers(page)).toBe('complete');
    const names = servers.generated.huge.names!;
    await expect.poll(() => countHighlights(page), { timeout: 90_000, interval: 500 }).toBe(names);
    const texts = await highlightTexts(page, '#huge');
    expect(new Set(texts)).toEqual(new Set(['Mohammad Alloush', 'Mehmet Simsek', 'TASS', 'Bashar al-Jaafari', 'AFP', 'Ahrar al-Sham']));
    expect(texts).toHaveLength(names);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('5,000 levels of nesting: the name at the bottom is highlighted, no crash', async () => {
    const { page, errors } = await open('/hostile/deep-nesting.html');
    await page.waitForSelector(`#bottom ${HIGHLIGHT}`, { timeout: 15_000 });
    expect(await highlightTexts(page, '#bottom')).toEqual(['Mohammad Alloush', 'AFP']);
    expect(await answers(page)).toBe('complete');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('100,000 paragraphs, read from the middle: the names in the viewport are highlighted first', async () => {
    const { page, errors } = await open('/hostile/many-paragraphs.html', { before: recordHighlightOrder, waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // The names the reader sees (900 px: about 40 paragraphs, one name in ten).
    const inFirstViewport = await page.evaluate(
      () =>
        [...document.querySelectorAll('#many p')].filter((p) => {
          const box = p.getBoundingClientRect();
          return p.textContent!.endsWith('spoke.') && box.top < innerHeight && box.bottom > 0;
        }).length,
    );
    expect(inFirstViewport).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await highlightOrder(page)).length, { timeout: 60_000, interval: 250 }).toBeGreaterThanOrEqual(inFirstViewport);
    // Every name in the viewport came before any name above or below it.
    const order = await highlightOrder(page);
    expect(order.slice(0, inFirstViewport)).toEqual(Array(inFirstViewport).fill(true));
    expect(await countHighlights(page)).toBeLessThanOrEqual(servers.generated.many.names!);
    expect(await answers(page)).toBe('complete');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('frames are not scanned: the content script is not registered with all_frames', async () => {
    // Decision: highlighting the top document only. Frames are mostly ads, embeds and
    // editors; a same-origin frame is skipped as well as a cross-origin one.
    const manifest = JSON.parse(readFileSync(`${CHROME_BUILD}/manifest.json`, 'utf8')) as { content_scripts: { all_frames?: boolean }[] };
    expect(manifest.content_scripts.map((script) => script.all_frames ?? false)).toEqual([false]);
    const { page } = await open(`/hostile/iframes.html?cross=${encodeURIComponent(servers.crossOrigin)}`);
    const worlds = await contentScriptWorlds(page);
    await page.waitForSelector(`#top ${HIGHLIGHT}`);
    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    expect(frames).toHaveLength(2);
    for (const frame of frames) await frame.waitForSelector('#inner');
    expect(frames.map((frame) => new URL(frame.url()).origin).sort()).toEqual(
      [new URL(servers.url('/')).origin, servers.crossOrigin].sort(),
    );
    await waitForStableHighlights(page);
    // The content script runs in the top frame, and in no other.
    expect(worlds.inTopFrame()).toBe(true);
    expect(worlds.otherFrames()).toEqual([]);
    for (const frame of frames) expect(await frame.locator(HIGHLIGHT).count(), frame.url()).toBe(0);
    expect(await highlightTexts(page, '#top')).toEqual(['Mohammad Alloush', 'AFP', 'Astana talks']);
    await page.close();
  });

  it('open shadow roots are not entered; the page around them is highlighted', async () => {
    const { page } = await open('/hostile/shadow.html');
    await page.waitForSelector(`#light ${HIGHLIGHT}`);
    await waitForStableHighlights(page);
    expect(await highlightTexts(page, '#light')).toEqual(['Mohammad Alloush', 'AFP']);
    const inShadow = await page.evaluate(() => document.getElementById('host')!.shadowRoot!.querySelectorAll('[data-astana-entity]').length);
    expect(inShadow).toBe(0);
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.textContent)).toBe(
      'Mehmet Simsek told TASS that Bashar al-Jaafari will attend.',
    );
    await page.close();
  });

  it('SVG <text> is never highlighted', async () => {
    const { page } = await open('/hostile/svg.html');
    await page.waitForSelector(`#html ${HIGHLIGHT}`);
    await waitForStableHighlights(page);
    expect(await page.locator(`svg ${HIGHLIGHT}`).count()).toBe(0);
    expect(await page.locator('#svg-text').textContent()).toBe('Mehmet Simsek told TASS');
    await page.close();
  });

  it('right-to-left Arabic with Latin names: the names are highlighted, the Arabic text is intact', async () => {
    const original = await session.context.newPage();
    // The text as served, read with highlighting not yet applied (before document_idle is not reliable: read the source).
    const { page } = await open('/hostile/rtl.html');
    await page.waitForSelector(HIGHLIGHT);
    await waitForStableHighlights(page);
    const highlighted = await page.locator('#article').textContent();
    await original.goto(servers.url('/hostile/rtl.html'));
    const source = await original.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').getElementById('article')!.textContent;
    });
    expect(highlighted).toBe(source);
    // The Arabic names too, from the Arabic alias file (data/aliases/ar.json).
    expect(await highlightTexts(page, '#article')).toEqual([
      'Mohammad Alloush',
      'AFP',
      'محادثات أستانا',
      'Mehmet Simsek',
      'TASS',
      'بشار الأسد',
      'Bashar al-Jaafari',
      'ISIS',
      'Jaish al-Islam',
    ]);
    await original.close();
    await page.close();
  });

  it("a page that hides <mark> and resets every style: our highlights stay visible, the page's marks untouched", async () => {
    const { page } = await open('/hostile/page-marks.html');
    await page.waitForSelector(HIGHLIGHT);
    await waitForStableHighlights(page);
    const boxes = await page.locator(HIGHLIGHT).evaluateAll((els) =>
      els.map((el) => ({ display: getComputedStyle(el).display, width: el.getBoundingClientRect().width, text: el.textContent })),
    );
    expect(boxes.map((b) => b.text)).toEqual(['Mohammad Alloush', 'AFP', 'TASS']);
    for (const box of boxes) {
      expect(box.display, box.text!).toBe('inline');
      expect(box.width, box.text!).toBeGreaterThan(0);
    }
    expect(await page.locator('#own').evaluate((el) => el.outerHTML)).toBe('<mark id="own">editor\'s note</mark>');
    expect(await page.locator('#own2').evaluate((el) => el.outerHTML)).toBe('<mark class="site-mark" id="own2">highlighted by the site</mark>');
    expect(await page.locator('#own').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await page.close();
  });

  it('a strict Content-Security-Policy does not stop the content script', async () => {
    const { page } = await open('/hostile/csp.html');
    await page.waitForSelector(HIGHLIGHT);
    await waitForStableHighlights(page);
    // The policy is in force: the page's own inline script was blocked.
    expect(await page.evaluate(() => document.body.dataset.inlineScriptRan ?? 'blocked')).toBe('blocked');
    expect(await highlightTexts(page, '#text')).toEqual(['Mohammad Alloush', 'AFP', 'Mehmet Simsek', 'TASS']);
    // Nor the card script it imports on the first card.
    await page.locator('[data-astana-entity="mohammad-alloush"]').first().hover();
    // As the reader sees it: cardText reads a visible card only.
    await expect.poll(() => cardText(page)).toContain('Head of the rebel delegation');
    await page.close();
  });

  it('a document in designMode is left alone, while the same page without it is highlighted', async () => {
    const { page } = await open('/hostile/design-mode.html');
    expect(await page.evaluate(() => document.designMode)).toBe('on');
    const worlds = await contentScriptWorlds(page);
    // The content script ran in the designMode page...
    await expect.poll(() => worlds.inTopFrame()).toBe(true);
    // ...and in its control, the same page without designMode, opened after it, where it highlighted the names.
    const control = await open('/hostile/design-mode-control.html');
    expect(await control.page.evaluate(() => document.designMode)).toBe('off');
    await expect.poll(() => highlightTexts(control.page, '#text')).toEqual(['Mohammad Alloush', 'AFP', 'Mehmet Simsek', 'TASS']);
    const controlWorlds = await contentScriptWorlds(control.page);
    expect(await controlWorlds.evaluateInTopFrame(`typeof globalThis[${JSON.stringify(PAGE_SCRIPT_GLOBAL)}]`)).toBe('object');
    // In the designMode page, the probe stopped at once: no page script, no highlight.
    expect(await worlds.evaluateInTopFrame(`typeof globalThis[${JSON.stringify(PAGE_SCRIPT_GLOBAL)}]`)).toBe('undefined');
    expect(await countHighlights(page)).toBe(0);
    await control.page.close();
    await page.close();
  });

  it('an XHTML document served as application/xhtml+xml is highlighted and stays well-formed', async () => {
    const { page, errors } = await open('/hostile/page.xhtml');
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    await page.waitForSelector(HIGHLIGHT);
    await waitForStableHighlights(page);
    expect(await highlightTexts(page, 'body')).toEqual([
      'Mohammad Alloush',
      'AFP',
      'Mehmet Simsek',
      'TASS',
      'United Nations',
      'Mohammad Alloush',
      'Bashar al-Jaafari',
    ]);
    // No parser error, and the highlighted document still serializes to well-formed XML.
    const check = await page.evaluate(() => {
      const xml = new XMLSerializer().serializeToString(document);
      const reparsed = new DOMParser().parseFromString(xml, 'application/xhtml+xml');
      return {
        parseErrors: document.getElementsByTagName('parsererror').length + reparsed.getElementsByTagName('parsererror').length,
        marksNamespace: [...document.querySelectorAll('[data-astana-entity]')].every((el) => el.namespaceURI === 'http://www.w3.org/1999/xhtml'),
      };
    });
    expect(check).toEqual({ parseErrors: 0, marksNamespace: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that removes highlights as fast as they appear: the extension backs off, for longer each time', async () => {
    const { page } = await open('/hostile/fighter.html');
    /** The gaps between the page's removal rounds, that is between our re-highlights. */
    const gaps = async () => {
      const times = await page.evaluate(() => (window as unknown as { __roundTimes: number[] }).__roundTimes);
      return times.slice(1).map((time, i) => time - times[i]!);
    };
    // A back-off is a pause of at least the policy's first pause; the page's own rounds follow each
    // other as fast as the extension re-highlights. No limit on how fast anything is: only that the
    // extension leaves the page alone, twice, the second time for longer.
    const backOffs = async () => (await gaps()).filter((gap) => gap >= DEFAULT_BACKOFF.firstPauseMs);
    await expect.poll(async () => (await backOffs()).length, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(2);
    const [first, second] = await backOffs();
    expect(second!).toBeGreaterThan(first!);
    // It fought back in between: this is a pause, not giving up.
    expect((await gaps()).length).toBeGreaterThan(DEFAULT_BACKOFF.maxFightsPerWindow);
    // The page's text survived the fight.
    expect(await page.locator('#article').textContent()).toContain('Mohammad Alloush told AFP that Mehmet Simsek spoke to TASS.');
    expect(await answers(page)).toBe('complete');
    await page.close();
  });

  it('a mutation storm (1,000 mutations a second for 5 s): the page works on, and what the storm leaves is highlighted', async () => {
    const { page, errors } = await open('/hostile/storm.html');
    await page.waitForSelector(`#article ${HIGHLIGHT}`);
    await page.waitForFunction(() => document.body.dataset.stormDone === 'true', undefined, { timeout: 60_000, polling: 100 });
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBeGreaterThan(2_000);
    // The names in the text nodes the storm left behind, in order.
    const expected = await page.evaluate(() => {
      const known = new Set(['Mehmet Simsek', 'TASS', 'Bashar al-Jaafari', 'Ahrar al-Sham']);
      const text = document.getElementById('storm')!.textContent!;
      return [...text.matchAll(/ (.+?) said \d+\./g)].map((m) => m[1]!).filter((name) => known.has(name));
    });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => highlightTexts(page, '#storm'), { timeout: 60_000, interval: 250 }).toEqual(expected);
    expect(await highlightTexts(page, '#article')).toEqual(['Mohammad Alloush', 'AFP', 'Astana talks']);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('a framework that re-renders the whole article every second: names are highlighted again after each render', async () => {
    // The page's clock is the test's (its timers only: the content script keeps the real ones), so
    // each render happens when the test says, and the extension has all the time it needs.
    const { page } = await open('/hostile/rerender.html', { before: (page) => page.clock.install() });
    await page.clock.pauseAt(Date.now() + 60_000);
    const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const expected = ['Mohammad Alloush', 'AFP', 'Mehmet Simsek', 'TASS', 'Bashar al-Jaafari'];
    for (let check = 0; check < 3; check++) {
      const before = await renders();
      await page.clock.runFor(1_000);
      expect(await renders()).toBe(before + 1);
      // The render replaced every paragraph, highlights and all; the new ones get theirs.
      await expect.poll(() => highlightTexts(page, '#article')).toEqual(expected);
      expect(await renders()).toBe(before + 1);
    }
    await page.close();
  });
});
