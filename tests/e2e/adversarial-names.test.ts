/**
 * Adversarial inputs for the name highlighter in real Chromium (issue 15): each must finish
 * with the right result and without crashing the tab. How long they take is the bench's
 * business (`npm run bench`, adversarial pages), not this file's.
 */
import { describe, expect, it } from 'vitest';
import { serveAdversarialPages } from './support/adversarial';

const SENTENCE = 'Bashar al-Assad met Mohammad Alloush. ';
const REPEATS = 25_000;

const pages = {
  // 50,000 mentions, 1 MB, in one text node.
  '/mentions-one-node.html': `<!doctype html><meta charset="utf-8"><title>x</title><p>${SENTENCE.repeat(REPEATS)}</p>`,
  // A 1 MB paragraph without a single space, then a paragraph with a name.
  '/no-spaces.html': `<!doctype html><meta charset="utf-8"><title>x</title><p>${'Lorem.Ipsum,dolor;Sit-amet/'.repeat(40_000)}</p><p id="after">Then Mohammad Alloush spoke.</p>`,
};

describe('adversarial pages for the name highlighter', () => {
  const { open } = serveAdversarialPages(pages);

  it('50,000 mentions in one text node: every one highlighted, the text intact, no crash', async () => {
    const { page, crashed } = await open('/mentions-one-node.html');
    await page.waitForFunction((expected) => document.querySelectorAll('[data-astana-entity]').length === expected, 2 * REPEATS, {
      timeout: 120_000,
      polling: 500,
    });
    const result = await page.evaluate(() => ({
      text: document.querySelector('p')!.textContent,
      entities: [...new Set([...document.querySelectorAll('[data-astana-entity]')].map((el) => `${el.getAttribute('data-astana-entity')}:${el.textContent}`))],
    }));
    expect(result.text).toBe(SENTENCE.repeat(REPEATS));
    expect(result.entities.sort()).toEqual(['bashar-al-assad:Bashar al-Assad', 'mohammad-alloush:Mohammad Alloush']);
    expect(crashed()).toBe(false);
    await page.close();
  });

  it('a 1 MB paragraph without spaces: read to the end, the name after it highlighted, no crash', async () => {
    const { page, crashed } = await open('/no-spaces.html');
    await page.waitForSelector('#after [data-astana-entity="mohammad-alloush"]', { timeout: 60_000 });
    expect(await page.locator('[data-astana-entity]').count()).toBe(1);
    expect(crashed()).toBe(false);
    await page.close();
  });
});
