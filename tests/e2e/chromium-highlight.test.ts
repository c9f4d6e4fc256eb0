import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readHighlights,
  setStorage,
  startChromiumSession,
  waitForStableHighlights,
  type ChromiumSession,
} from './support/session';
import { REPORT_MENTIONS } from './support/expectations';
import { serializeBody } from '../support/dom-tree';

describe('highlighting in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    // Also fails the file on any request beyond the local test server (support/session.ts).
    await session?.close();
  });

  it('highlights the expected mentions on the source report, and nothing else', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/report.html'));
    await page.waitForSelector('[data-astana-entity]');
    await waitForStableHighlights(page);
    const highlights = await readHighlights(page);
    expect(highlights.map((h) => [h.entity, h.text])).toEqual(REPORT_MENTIONS);
    // Highlighting never changes what the page says.
    const text = await page.locator('article').innerText();
    expect(text).toContain('Mehmet Simsek, Turkish deputy prime minister, told Russian TASS news agency.');
    await page.close();
  });

  it('never highlights inside form fields, editable areas, code, scripts or SVG', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/forms-and-code.html'));
    await page.waitForSelector('#across [data-astana-entity]');
    await waitForStableHighlights(page);
    const inside = (selector: string) => page.locator(`${selector} [data-astana-entity]`).count();
    for (const selector of ['#textarea', '#select', '#button', '#editable', '#pre', '#inline-code code', 'svg', 'noscript']) {
      expect(await inside(selector), selector).toBe(0);
    }
    expect(await page.inputValue('#input')).toBe('Mehmet Simsek');
    expect(await page.inputValue('#textarea')).toBe('Bashar al-Jaafari leads the government delegation.');
    expect(await page.locator('#json').textContent()).toBe('{"speaker": "Mohammad Alloush"}');
    const highlights = await readHighlights(page);
    expect(highlights).toEqual([
      { entity: 'astana-talks', text: 'Astana talks' },
      { entity: 'mohammad-alloush', text: 'Mohammad Alloush' },
      { entity: 'afp', text: 'AFP' },
      { entity: 'ahrar-al-sham', text: 'Ahrar al-Sham' },
      { entity: 'syrian-democratic-council', text: 'Syrian Democratic Council' },
      { entity: 'mohammad-alloush', text: 'Mohammad Alloush' },
      { entity: 'bashar-al-jaafari', text: 'Bashar al-Jaafari' },
    ]);
    // A name across inline elements is split into pieces that each carry the entity.
    expect(await page.locator('#across b [data-astana-entity="mohammad-alloush"]').count()).toBe(1);
    expect(await page.locator('#across a i [data-astana-entity="bashar-al-jaafari"]').count()).toBe(1);
    await page.close();
  });

  it('follows a live page: new entries and re-rendered blocks get highlighted', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/live.html'));
    await page.waitForSelector('body[data-done="true"]', { timeout: 10_000 });
    await waitForStableHighlights(page);
    const feed = await page.locator('#feed [data-astana-entity]').evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-astana-entity')}:${el.textContent}`),
    );
    expect(feed).toEqual([
      'mohammad-alloush:Mohammad Alloush',
      'tass:TASS',
      'mehmet-simsek:Mehmet Simsek',
      'united-nations:United Nations',
      'afp:AFP',
      'ahrar-al-sham:Ahrar al-Sham',
    ]);
    const rerendered = await page.locator('#rerender [data-astana-entity]').evaluateAll((els) =>
      els.map((el) => el.textContent),
    );
    expect(rerendered).toEqual(['Bashar al-Jaafari', 'Mohammad Alloush']);
    await page.close();
  });

  it('turning the site off and on in settings removes and restores highlights without a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/forms-and-code.html'));
    await page.waitForSelector('[data-astana-entity]');
    await waitForStableHighlights(page);
    const count = await page.locator('[data-astana-entity]').count();
    expect(count).toBeGreaterThan(0);

    await setStorage(session.worker, { siteRules: { '127.0.0.1': false } });
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(0);
    // The DOM is back to what the server sent: same text nodes, none split or merged.
    const restored = await page.evaluate(serializeBody);
    // The page as the server sends it, parsed by the browser in a page the extension never runs
    // in (about:blank is no http(s) page), so nothing needs to be waited for.
    const pristine = await session.context.newPage();
    await pristine.setContent(await (await fetch(session.url('/forms-and-code.html'))).text());
    expect(pristine.url()).toBe('about:blank');
    expect(restored).toBe(await pristine.evaluate(serializeBody));
    await pristine.close();

    await setStorage(session.worker, { siteRules: {} });
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(count);

    // The global switch works the same way.
    await setStorage(session.worker, { enabled: false });
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(0);
    await setStorage(session.worker, { enabled: true });
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(count);

    // Categories apply live too: places appear when switched on.
    await setStorage(session.worker, { categories: { person: false, group: true, organization: true, place: false, event: true } });
    await expect.poll(() => page.locator('[data-astana-category="person"]').count()).toBe(0);
    await setStorage(session.worker, { categories: { person: true, group: true, organization: true, place: false, event: true } });
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(count);
    await page.close();
  });

  it('falls back to defaults when stored settings are corrupted', async () => {
    await setStorage(session.worker, { enabled: 'yes', mode: 42, siteRules: 'garbage', categories: [1, 2], tooltips: null });
    const page = await session.context.newPage();
    await page.goto(session.url('/forms-and-code.html'));
    await page.waitForSelector('[data-astana-entity]');
    await waitForStableHighlights(page);
    expect(await page.locator('[data-astana-category="person"]').count()).toBeGreaterThan(0);
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});
