import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoArticleHtml } from '../../scripts/lib/report-page.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { readCard } from './support/card';
import { startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

/**
 * The store listing's screenshots (docs/store/README.md), made from the real build on the demo
 * article, at the stores' 1280×800. Each is written only once what it must show is on screen.
 */
const SHOTS = fileURLToPath(new URL('../../docs/store/screenshots', import.meta.url));
const SIZE = { width: 1280, height: 800 };

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function save(name: string, png: Buffer) {
  expect(pngSize(png)).toEqual(SIZE);
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/${name}`, png);
}

type Box = { top: number; left: number; bottom: number; right: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Scrolls an element to a given height of the viewport (0 top, 1 bottom) and returns its first line box. */
async function placeAt(page: Page, selector: string, fraction: number): Promise<Box> {
  return page.evaluate(
    ({ selector, fraction }) => {
      const el = document.querySelector(selector)!;
      const rect = el.getClientRects()[0]!;
      window.scrollBy({ top: rect.top - innerHeight * fraction, behavior: 'instant' });
      const box = el.getClientRects()[0]!;
      return { top: box.top, left: box.left, bottom: box.bottom, right: box.right };
    },
    { selector, fraction },
  );
}

async function hoverBox(page: Page, box: Box) {
  await page.mouse.move(box.left + 4, (box.top + box.bottom) / 2, { steps: 3 });
}

describe('store screenshots', () => {
  let session: ChromiumSession;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let page: Page;

  beforeAll(async () => {
    session = await startChromiumSession();
    server = await startStaticServer({ pages: { '/demo.html': demoArticleHtml() } });
    page = session.firstTab;
    await page.setViewportSize(SIZE);
    await page.goto(server.url('/demo.html'));
    await page.waitForSelector('[data-astana-entity]', { state: 'attached' });
    await waitForStableHighlights(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('card.png: a hover card open beside the name it explains', async () => {
    // A name restored from a gap of the source copy, high in the view so the card opens below it.
    const box = await placeAt(page, '[data-astana-entity="bashar-al-jaafari"]', 0.15);
    await hoverBox(page, box);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toMatch(/Bashar al-Jaafari/);
    const card = (await readCard(page))!;
    expect(overlaps(card.rect, box)).toBe(false);
    expect(card.rect.bottom).toBeLessThanOrEqual(SIZE.height);
    expect(card.rect.right).toBeLessThanOrEqual(SIZE.width);
    save('card.png', await page.screenshot());
  });

  it('quote.png: a checked quotation with its card', async () => {
    await page.mouse.move(5, 5);
    await expect.poll(() => readCard(page)).toBeNull();
    // Alloush's words to AFP, at the end of the report, with its pull quote below.
    await page.evaluate(() => document.querySelector('blockquote.pull:last-of-type')?.scrollIntoView({ block: 'end', behavior: 'instant' }));
    const last = page.locator('article > p mark.astana-quote[data-astana-quote="exact"]').last();
    await last.waitFor({ state: 'visible' });
    expect(await last.textContent()).toMatch(/^Astana is a course of to finish the bloodletting/);
    const box = (await last.evaluate((el) => {
      const rect = el.getClientRects()[0]!;
      return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
    })) as Box;
    await hoverBox(page, box);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toMatch(/Mohammad Alloush/);
    const card = (await readCard(page))!;
    expect(overlaps(card.rect, box)).toBe(false);
    save('quote.png', await page.screenshot());
  });

  it('popup.png: the toolbar popup with the entities of the demo article', async () => {
    await page.mouse.move(5, 5);
    await expect.poll(() => readCard(page)).toBeNull();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const article = await page.screenshot();
    const popup = await session.openPopup();
    await popup.locator('.popup-mention').first().waitFor();
    // The names whose gaps the demo restored are listed with the others.
    const mentionsText = async () => (await popup.locator('.popup-mention').allInnerTexts()).join('\n');
    await expect.poll(mentionsText).toContain('Bashar al-Assad');
    const mentions = await mentionsText();
    for (const name of ['Bashar al-Assad', 'Bashar al-Jaafari', 'Jaish al-Islam', 'Ahrar al-Sham', 'Jabhat Fateh al-Sham']) expect(mentions).toContain(name);
    // The popup's own window, as the browser shows it (a full-page capture of a popup tiles it).
    const popupPng = await popup.screenshot();
    const popupSize = pngSize(popupPng);
    expect(popupSize.width).toBeGreaterThan(200);
    expect(popupSize.height).toBeLessThanOrEqual(SIZE.height - 16);
    await popup.close();
    // The stores want the popup at full screenshot size: it is set over the article it describes,
    // where a browser shows it, below the toolbar at the right.
    const composite = await session.context.newPage();
    await composite.setViewportSize(SIZE);
    await composite.setContent(`<!doctype html>
      <body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;background:#fff url(data:image/png;base64,${article.toString('base64')}) no-repeat">
        <img alt="" src="data:image/png;base64,${popupPng.toString('base64')}"
          style="position:absolute;top:8px;right:24px;width:${popupSize.width}px;height:${popupSize.height}px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.15)">
      </body>`);
    await composite.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    save('popup.png', await composite.screenshot());
    await composite.close();
  });
});
