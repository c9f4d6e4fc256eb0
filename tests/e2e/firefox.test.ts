import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CARD_UI_GLOBAL } from '../../src/card/contract';
import { readMentions } from '../support/dom-tree';
import { REPORT_MENTIONS } from './support/expectations';
import { startFirefoxSession, type FirefoxSession } from './support/firefox';

async function highlights(page: Page): Promise<[string, string][]> {
  return (await page.evaluate(readMentions)).map(({ entity, text }) => [entity, text]);
}

async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  let value = await read();
  while (!accept(value) && Date.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

describe('built extension in Firefox', () => {
  let session: FirefoxSession;
  let page: Page;
  beforeAll(async () => {
    session = await startFirefoxSession();
    page = await session.newPage();
    await page.goto(session.url('/report.html'));
  });
  afterAll(async () => {
    await session?.close();
  });

  const count = () => page.evaluate(() => document.querySelectorAll('[data-astana-entity]').length);

  it('highlights the expected mentions on the source report', async () => {
    await waitFor(count, (n) => n >= REPORT_MENTIONS.length);
    expect(await highlights(page)).toEqual(REPORT_MENTIONS);
  });

  it('shows the hover card with sourced facts', async () => {
    const point = await page.evaluate(() => {
      const mark = document.querySelector('[data-astana-entity="mohammad-alloush"]')!;
      mark.scrollIntoView({ block: 'center' });
      const rect = mark.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = await waitFor(
      () => page.evaluate(() => document.querySelector('astana-facts-ui')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? ''),
      (text) => text.includes('Mohammad Alloush'),
    );
    expect(card).toContain('Mohammad Alloush');
    expect(card).toContain('Head of the rebel delegation');
    expect(card).toContain('CNN, 23 January 2017');
    // The card script the content script imported left its API in the content script's world only.
    expect(await page.evaluate((key) => key in window, CARD_UI_GLOBAL)).toBe(false);
  });

  it('checks quotations with the reference data from the background and shows their card', async () => {
    const quotes = await session.newPage();
    await quotes.goto(session.url('/quotes.html'));
    const verdict = await waitFor(
      () => quotes.evaluate(() => document.querySelector('#exact [data-astana-quote]')?.getAttribute('data-astana-quote') ?? ''),
      (value) => value !== '',
    );
    expect(verdict).toBe('exact');
    const point = await quotes.evaluate(() => {
      const rect = document.querySelector('#close [data-astana-quote]')!.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await quotes.mouse.move(point.x, point.y);
    const card = await waitFor(
      () => quotes.evaluate(() => document.querySelector('astana-facts-ui')?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? ''),
      (text) => text.includes('Close to a recorded quote'),
    );
    expect(card).toContain('Close to a recorded quote of Mohammad Alloush');
    expect(card).toContain('CNN, 23 January 2017');
    await quotes.close();
  });

  it('answers the popup\'s question about the page', async () => {
    // As the popup asks: every tab, and only the page with the content script answers.
    const replies = await session.evaluateInExtension<{ site: string; active: boolean; mentions: unknown[] }[]>(
      `browser.tabs.query({}).then((tabs) => Promise.all(tabs.map((tab) =>
        browser.tabs.sendMessage(tab.id, { type: 'get-page-state' }).catch(() => null)))).then((all) => all.filter(Boolean))`,
    );
    const report = replies.find((reply) => reply.mentions.length > 0);
    expect(report).toMatchObject({ site: '127.0.0.1', active: true });
    expect(report!.mentions.length).toBe(new Set(REPORT_MENTIONS.map(([entity]) => entity)).size);
  });

  it('turning the site off and on removes and restores highlights without a reload', async () => {
    const before = await count();
    await session.evaluateInExtension(`browser.storage.local.set({ siteRules: { '127.0.0.1': false } })`);
    expect(await waitFor(count, (n) => n === 0)).toBe(0);
    await session.evaluateInExtension(`browser.storage.local.set({ siteRules: {} })`);
    expect(await waitFor(count, (n) => n === before)).toBe(before);
  });
});
