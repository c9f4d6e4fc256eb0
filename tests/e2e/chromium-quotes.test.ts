import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setStorage, startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';
import { cardRoot, cardText } from './support/card';
import { serializeBody } from '../support/dom-tree';

/** Verdicts of the quote marks in each paragraph of the fixture, pieces of one quotation merged. */
async function verdictsById(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll('[data-astana-quote]')) {
      const id = el.closest('[id]')!.id;
      const verdict = el.getAttribute('data-astana-quote')!;
      const list = (out[id] ??= []);
      if (!list.includes(verdict)) list.push(verdict);
    }
    return out;
  });
}



/** The card says "not in our records", and never that a quotation is false, fake or fabricated. */
function expectNoFalseClaim(text: string) {
  expect(text).not.toMatch(/fabricat|fake/i);
  // The only "false" allowed is the disclaimer that a missing record does not make a quote false.
  expect(text).not.toMatch(/false/i);
}

describe('quote checking in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks each attributed quotation with its verdict and leaves the unattributed one alone', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/quotes.html'));
    await page.waitForSelector('[data-astana-quote]');
    await waitForStableHighlights(page);
    expect(await verdictsById(page)).toEqual({
      exact: ['exact'],
      partial: ['partial'],
      davos: ['exact'],
      close: ['close'],
      misattributed: ['misattributed'],
      block: ['exact'],
    });
    expect(await page.locator('#unattributed [data-astana-quote]').count()).toBe(0);
    // Names inside a quotation keep their own highlight; the name highlighter still finds them all.
    expect(await page.locator('#exact [data-astana-entity="mehmet-simsek"]').count()).toBeGreaterThan(0);
    // Marking never changes what the page says.
    expect(await page.locator('#close').innerText()).toBe(
      '«Astana is a course to finish the bloodletting by the regime and its allies. We wish to finish this sequence of crimes», Mohammad Alloush told AFP.',
    );
    await page.close();
  });

  it('shows a card with the verdict, the recorded quote and, for a close quotation, the word differences', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/quotes.html'));
    await page.waitForSelector('[data-astana-quote]');
    await waitForStableHighlights(page);

    const hover = async (selector: string) => {
      const mark = page.locator(selector).first();
      await mark.scrollIntoViewIfNeeded();
      // Start outside any mark so the card for the previous quotation closes first.
      await page.mouse.move(2, 2);
      await expect.poll(() => cardText(page)).toBe('');
      // A quotation wraps over lines: point at the middle of its first line box.
      const box = await mark.evaluate((el) => {
        const rect = el.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(box.x, box.y, { steps: 3 });
    };

    await hover('#exact [data-astana-quote]');
    await expect.poll(() => cardText(page)).toContain('Matches the recorded quote of Mehmet Şimşek');
    let text = await cardText(page);
    expect(text).toContain('So now for the first time the actors who have big stakes');
    expect(text).toContain('told Russian TASS news agency');
    expect(text).toContain('CNN, January 23, 2017');
    expectNoFalseClaim(text);

    await hover('#close [data-astana-quote]');
    await expect.poll(() => cardText(page)).toContain('Close to a recorded quote of Mohammad Alloush');
    text = await cardText(page);
    expect(text).toContain('Astana is a course of to finish the bloodletting');
    // The recorded quote marks the words the source lost.
    expect(await (await cardRoot(page))!.evaluate((root) => root.querySelector('.af-quote-text')?.textContent ?? '')).toContain(
      'Astana is a course of […] to finish the bloodletting',
    );
    const diff = await (await cardRoot(page))!.evaluate((root) => {
      return {
        removed: [...root.querySelectorAll('.af-diff del')].map((el) => el.textContent),
        added: [...root.querySelectorAll('.af-diff ins')].map((el) => el.textContent),
      };
    });
    expect(diff.removed).toContain('of');
    expectNoFalseClaim(text);

    await hover('#misattributed [data-astana-quote]');
    await expect.poll(() => cardText(page)).toContain('Not in our records for Mohammad Alloush');
    text = await cardText(page);
    expect(text).toContain('our sources record these words as said by Mehmet Şimşek');
    expect(
      await (await cardRoot(page))!.evaluate((root) => root.querySelector('[data-verdict="misattributed"] .af-verdict')?.textContent),
    ).toBe('Recorded as said by Mehmet Şimşek');
    expect(text).toContain('So now for the first time the actors');
    expectNoFalseClaim(text);

    await hover('#partial [data-astana-quote]');
    await expect.poll(() => cardText(page)).toContain('Part of a recorded quote of Mehmet Şimşek');
    expectNoFalseClaim(await cardText(page));

    // A name inside a quotation opens the name's own card.
    await hover('#exact [data-astana-entity="mehmet-simsek"]');
    await expect.poll(() => cardText(page)).toContain('Turkish');
    expect(await cardText(page)).not.toContain('Quotation check');
    await page.close();
  });

  it('checks “…,” he said in the paragraph after the speaker’s, on the demo page', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/report.html'));
    const shouted = page.locator('[data-astana-quote]', { hasText: 'people just literally shouted at each other' });
    await expect.poll(() => shouted.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await shouted.first().getAttribute('data-astana-quote')).toBe('exact');
    await page.close();
  });

  it('checks a quotation the page adds after it loaded, with the names of the same paragraph', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/quotes.html'));
    await page.waitForSelector('[data-astana-quote]');
    await waitForStableHighlights(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'live';
      p.textContent = '“We wish to finish this sequence of crimes,” Mr. Alloush told reporters.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForSelector('#live [data-astana-quote]', { timeout: 15_000 });
    expect((await verdictsById(page)).live).toEqual(['partial']);
    await expect.poll(() => page.locator('#live [data-astana-entity="mohammad-alloush"]').count()).toBe(1);
    expect(await page.locator('#live').innerText()).toBe('“We wish to finish this sequence of crimes,” Mr. Alloush told reporters.');
    await page.close();
  });

  it('switching quote checking off removes the marks live and restores the page; switching it on brings them back', async () => {
    const page = await session.context.newPage();
    await page.goto(session.url('/quotes.html'));
    await page.waitForSelector('[data-astana-quote]');
    await waitForStableHighlights(page);
    const quotes = await page.locator('[data-astana-quote]').count();
    const names = await page.locator('[data-astana-entity]').count();

    await setStorage(session.worker, { quotes: false });
    await expect.poll(() => page.locator('[data-astana-quote]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-astana-entity]').count()).toBe(names);

    await setStorage(session.worker, { quotes: true });
    await expect.poll(() => page.locator('[data-astana-quote]').count()).toBe(quotes);

    // Switching the site off removes names and quotes and restores the page exactly.
    await setStorage(session.worker, { siteRules: { '127.0.0.1': false } });
    await expect.poll(() => page.locator('[data-astana-quote], [data-astana-entity]').count()).toBe(0);
    const restored = await page.evaluate(serializeBody);
    // The page as served, parsed in a page the extension never runs in (about:blank): nothing to wait for.
    const pristine = await session.context.newPage();
    await pristine.setContent(await (await fetch(session.url('/quotes.html'))).text());
    expect(restored).toBe(await pristine.evaluate(serializeBody));
    await pristine.close();

    await setStorage(session.worker, { siteRules: {} });
    await expect.poll(() => page.locator('[data-astana-quote]').count()).toBe(quotes);
    await page.close();
    await session.worker.evaluate(() => chrome.storage.local.clear());
  });
});
