import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCard } from './support/card';
import { startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

const VIEWPORTS = [
  { width: 1366, height: 657 },
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
];
/** Where in the viewport the name is put: its vertical centre, as a share of the viewport's height. */
const POSITIONS = { top: 0.08, middle: 0.5, bottom: 0.92 } as const;
const NAMES = {
  '#p-alloush [data-astana-entity="mohammad-alloush"]': 'Mohammad Alloush',
  '#simsek-link [data-astana-entity="mehmet-simsek"]': 'Mehmet Şimşek',
};

type Box = { top: number; left: number; bottom: number; right: number };
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Scrolls so that the name's centre is at `share` of the viewport's height, and returns where to
 * point at it: the middle of its first line box (a name may wrap on a narrow screen).
 */
async function placeName(page: Page, selector: string, share: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, share }) => {
      const mark = document.querySelector(selector)!;
      const rect = mark.getBoundingClientRect();
      scrollTo(0, scrollY + rect.top + rect.height / 2 - innerHeight * share);
      const line = mark.getClientRects()[0]!;
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    },
    { selector, share },
  );
}

async function closeCard(page: Page) {
  await page.mouse.move(1, 1);
  await expect.poll(() => readCard(page)).toBeNull();
}

describe('the card never covers the name it explains (Chromium)', () => {
  let session: ChromiumSession;
  let page: Page;
  beforeAll(async () => {
    session = await startChromiumSession();
    page = await session.context.newPage();
    await page.goto(session.url('/card-layout.html'));
    for (const selector of Object.keys(NAMES)) await page.waitForSelector(selector, { state: 'attached' });
    await waitForStableHighlights(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const viewport of VIEWPORTS) {
    for (const [where, share] of Object.entries(POSITIONS)) {
      it(`at ${viewport.width}×${viewport.height}, for names at the ${where} of the viewport`, async () => {
        await page.setViewportSize(viewport);
        for (const [selector, entity] of Object.entries(NAMES)) {
          await closeCard(page);
          const point = await placeName(page, selector, share);
          await page.mouse.move(point.x, point.y);
          await expect.poll(async () => (await readCard(page))?.text ?? '').toContain(entity);
          const card = (await readCard(page))!;
          // Measured as the reader meets it: the mark's box now, and the card's.
          const mark = await page.evaluate((s) => {
            const r = document.querySelector(s)!.getBoundingClientRect();
            return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
          }, selector);
          expect(intersects(card.rect, mark), `card ${JSON.stringify(card.rect)} over name ${JSON.stringify(mark)}`).toBe(false);
          expect(card.rect.left).toBeGreaterThanOrEqual(0);
          expect(card.rect.top).toBeGreaterThanOrEqual(0);
          expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
          expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.height);
        }
      });
    }
  }

  it('hands the wheel to the page once the card has nothing left to scroll', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const [selector, entity] = Object.entries(NAMES)[0]!;
    await closeCard(page);
    const point = await placeName(page, selector, 0.5);
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await readCard(page))?.text ?? '').toContain(entity);
    const card = (await readCard(page))!;
    // On a phone, a name in the middle leaves room for only part of the card: it scrolls.
    expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
    // Into the card, over the bridge, and wheel down: first the card scrolls to its end...
    await page.mouse.move(card.rect.left + card.rect.width / 2, card.rect.top + 20, { steps: 4 });
    const scrollBefore = await page.evaluate(() => scrollY);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 120);
      const now = await readCard(page);
      if (!now || now.scrollTop + now.clientHeight >= now.scrollHeight - 1) break;
    }
    // ...then the wheel reaches the page.
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 120);
        return page.evaluate(() => scrollY);
      })
      .toBeGreaterThan(scrollBefore);
  });
});
