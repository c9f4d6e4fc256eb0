/**
 * Hostile pages in real Chromium with the built extension: huge and deep documents,
 * frames, shadow roots, SVG, right-to-left text, pages that style or fight our
 * highlights, strict CSP, designMode, XHTML, mutation storms and re-rendering
 * frameworks. Each page has one asserted outcome; the figures are logged.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';
import {
  countHighlights,
  evaluateLatency,
  highlightTexts,
  longTaskEntries,
  recordLongTasks,
  startHostileServers,
  type HostileServers,
} from './support/hostile';

const HIGHLIGHT = '[data-astana-entity]';

describe('hostile pages in Chromium', () => {
  let session: ChromiumSession;
  let servers: HostileServers;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    [session, servers] = await Promise.all([startChromiumSession(), startHostileServers()]);
  });
  afterAll(async () => {
    console.log('hostile-page figures', JSON.stringify(figures, null, 2));
    await session?.close();
    await servers?.close();
  });

  async function open(path: string, options: { longTasks?: boolean } = {}): Promise<{ page: Page; errors: Error[] }> {
    const page = await session.context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    if (options.longTasks) await recordLongTasks(page);
    await page.goto(servers.url(path));
    return { page, errors };
  }

  it('one 1 MB text node: highlighted, and the page stays responsive', async () => {
    const { page, errors } = await open('/hostile/huge-text-node.html');
    const latency = await evaluateLatency(page);
    await page.waitForSelector(HIGHLIGHT, { timeout: 15_000 });
    const latencyWhileHighlighting = await evaluateLatency(page);
    await waitForStableHighlights(page, 600, 20_000);
    const count = await countHighlights(page);
    figures.hugeTextNode = { latency, latencyWhileHighlighting, count, namesInPage: servers.generated.huge.names };
    expect(latency).toBeLessThan(2_000);
    expect(latencyWhileHighlighting).toBeLessThan(2_000);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(servers.generated.huge.names! * 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('5,000 levels of nesting: the name at the bottom is highlighted, no crash', async () => {
    const { page, errors } = await open('/hostile/deep-nesting.html');
    await page.waitForSelector(`#bottom ${HIGHLIGHT}`, { timeout: 15_000 });
    expect(await highlightTexts(page, '#bottom')).toEqual(['Mohammad Alloush', 'AFP']);
    expect(await evaluateLatency(page)).toBeLessThan(2_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('100,000 paragraphs: highlights appear in the first viewport first, the total is sensible', async () => {
    const { page, errors } = await open('/hostile/many-paragraphs.html', { longTasks: true });
    const start = Date.now();
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].some((el) => el.getBoundingClientRect().top < innerHeight),
      HIGHLIGHT,
      { timeout: 20_000, polling: 100 },
    );
    const firstViewportMs = Date.now() - start;
    const inViewport = await page.evaluate(
      (selector) => [...document.querySelectorAll(selector)].filter((el) => el.getBoundingClientRect().top < innerHeight).length,
      HIGHLIGHT,
    );
    await page.waitForTimeout(3_000);
    const total = await countHighlights(page);
    const latency = await evaluateLatency(page);
    const tasks = await longTaskEntries(page);
    const firstHighlightAt = await page.evaluate(() => (window as unknown as { __firstHighlightAt: number }).__firstHighlightAt);
    figures.manyParagraphs = {
      firstViewportMs,
      inViewport,
      totalAfter3s: total,
      names: servers.generated.many.names,
      latency,
      firstHighlightAt: Math.round(firstHighlightAt),
      longTasks: tasks,
    };
    // The viewport (900 px, ~40 paragraphs, one name in ten) is highlighted, and never more names than the page holds.
    expect(inViewport).toBeGreaterThanOrEqual(2);
    expect(total).toBeGreaterThanOrEqual(inViewport);
    expect(total).toBeLessThanOrEqual(servers.generated.many.names!);
    expect(latency).toBeLessThan(2_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames are not scanned: the content script is not registered with all_frames', async () => {
    // Decision: highlighting the top document only. Frames are mostly ads, embeds and
    // editors; a same-origin frame is skipped as well as a cross-origin one.
    const { page } = await open(`/hostile/iframes.html?cross=${encodeURIComponent(servers.crossOrigin)}`);
    await page.waitForSelector(`#top ${HIGHLIGHT}`);
    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    expect(frames).toHaveLength(2);
    for (const frame of frames) await frame.waitForSelector('#inner');
    expect(frames.map((frame) => new URL(frame.url()).origin).sort()).toEqual(
      [new URL(servers.url('/')).origin, servers.crossOrigin].sort(),
    );
    await waitForStableHighlights(page);
    await page.waitForTimeout(500);
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
    expect(await highlightTexts(page, '#article')).toEqual([
      'Mohammad Alloush',
      'AFP',
      'Mehmet Simsek',
      'TASS',
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
    await expect
      .poll(() => page.evaluate(() => document.querySelector('astana-facts-ui')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? ''))
      .toContain('Head of the rebel delegation');
    await page.close();
  });

  it('a document in designMode is left alone', async () => {
    const { page } = await open('/hostile/design-mode.html');
    expect(await page.evaluate(() => document.designMode)).toBe('on');
    await page.waitForTimeout(1_500);
    expect(await countHighlights(page)).toBe(0);
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

  it('a page that removes highlights as fast as they appear: the extension backs off', async () => {
    const { page } = await open('/hostile/fighter.html');
    await page.waitForFunction(() => (window as unknown as { __rounds: number }).__rounds > 0, undefined, { timeout: 15_000 });
    const rounds = () => page.evaluate(() => (window as unknown as { __rounds: number }).__rounds);
    const atStart = await rounds();
    await page.waitForTimeout(5_000);
    const readdedIn5s = (await rounds()) - atStart;
    const latency = await evaluateLatency(page);
    const roundTimes = await page.evaluate(() => (window as unknown as { __roundTimes: number[] }).__roundTimes.map(Math.round));
    figures.fighter = { readdedIn5s, latency, roundTimes };
    expect(readdedIn5s).toBeLessThanOrEqual(20);
    expect(latency).toBeLessThan(2_000);
    // The page's text survived the fight.
    expect(await page.locator('#article').textContent()).toContain('Mohammad Alloush told AFP that Mehmet Simsek spoke to TASS.');
    await page.close();
  });

  it('a mutation storm (1,000 mutations a second for 5 s): the page stays responsive', async () => {
    const { page, errors } = await open('/hostile/storm.html', { longTasks: true });
    await page.waitForSelector(`#article ${HIGHLIGHT}`);
    const latencies: number[] = [];
    while ((await page.evaluate(() => document.body.dataset.stormDone)) !== 'true') {
      latencies.push(await evaluateLatency(page));
      await page.waitForTimeout(250);
    }
    const entries = await longTaskEntries(page);
    const firstHighlightAt = await page.evaluate(() => (window as unknown as { __firstHighlightAt: number }).__firstHighlightAt);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    // The content script's own start-up (bundle evaluation and matcher compilation at
    // document_idle) is one long task on every page, storm or not (165-225 ms on a quiet
    // two-line page on this machine); it ends before the first highlight. What the storm
    // costs is every long task after that.
    const startup = entries.filter((task) => task.start < firstHighlightAt);
    const duringStorm = entries.filter((task) => task.start >= firstHighlightAt);
    figures.storm = {
      mutations,
      firstHighlightAt: Math.round(firstHighlightAt),
      startupLongTasksMs: startup.map((task) => task.duration),
      stormLongTasks: duringStorm.length,
      stormMaxLongTaskMs: Math.max(0, ...duringStorm.map((task) => task.duration)),
      maxEvaluateLatencyMs: Math.max(...latencies),
    };
    expect(mutations).toBeGreaterThan(2_000);
    expect(Math.max(0, ...duringStorm.map((task) => task.duration))).toBeLessThan(200);
    expect(Math.max(...latencies)).toBeLessThan(2_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a framework that re-renders the whole article every second: names are highlighted again after each render', async () => {
    const { page } = await open('/hostile/rerender.html');
    const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const seen: { render: number; highlights: string[] }[] = [];
    for (let check = 0; check < 3; check++) {
      const render = await renders();
      // Wait for the next render, then for its highlights.
      await page.waitForFunction((r) => (window as unknown as { __renders: number }).__renders > r, render, { timeout: 5_000 });
      await page.waitForFunction(
        () => document.querySelectorAll('#article [data-astana-entity]').length >= 5,
        undefined,
        { timeout: 900, polling: 50 },
      );
      seen.push({ render: await renders(), highlights: await highlightTexts(page, '#article') });
    }
    figures.rerender = seen.map((s) => s.render);
    for (const { highlights } of seen) {
      expect(highlights).toEqual(['Mohammad Alloush', 'AFP', 'Mehmet Simsek', 'TASS', 'Bashar al-Jaafari']);
    }
    await page.close();
  });
});
