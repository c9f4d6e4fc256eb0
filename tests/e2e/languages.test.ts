/**
 * Names highlighted on pages written in Arabic, Russian and Turkish (tests/fixtures/languages),
 * by the built extension in Chromium and in Firefox: attached Arabic proclitics, tatweel,
 * Russian declension, Turkish suffixes, capitals with dotted İ. Default settings: places off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { readMentions } from '../support/dom-tree';
import { startFirefoxSession, type FirefoxSession } from './support/firefox';
import { readHighlights, startChromiumSession, waitForStableHighlights, type ChromiumSession } from './support/session';

/** The mentions each page shows, in document order, as [entity id, highlighted text]. */
const EXPECTED: Record<'ar' | 'ru' | 'tr', [string, string][]> = {
  ar: [
    ['bashar-al-jaafari', 'الجعفري'],
    ['mohammad-alloush', 'محمد علوش'],
    ['jaish-al-islam', 'جيش الإسلام'],
    ['bashar-al-jaafari', 'بشار الجعفري'],
    ['united-nations', 'والأمم المتحدة'],
    ['isis', 'داعش'],
    ['jabhat-fateh-al-sham', 'جبهة النصرة'],
    ['united-nations', 'للأمم المتحدة'],
    ['afp', 'فرانس برس'],
    ['bashar-al-assad', 'الأسـد'],
  ],
  ru: [
    ['astana-talks', 'Переговоры в Астане'],
    ['mohammad-alloush', 'Аллуш'],
    ['bashar-al-jaafari', 'Джаафари'],
    ['mohammad-alloush', 'Мохаммед Аллуш'],
    ['jaish-al-islam', 'Джейш аль-Ислам'],
    ['bashar-al-assad', 'Башара Асада'],
    ['bashar-al-jaafari', 'Башар Джаафари'],
    ['united-nations', 'ООН'],
    ['bashar-al-assad', 'Асада'],
    ['isis', 'Исламского государства'],
  ],
  tr: [
    ['bashar-al-jaafari', 'CAFERİ'],
    ['mohammad-alloush', 'ALLUŞ'],
    ['mehmet-simsek', 'Mehmet Şimşek'],
    ['bashar-al-assad', 'Esad'],
    ['mehmet-simsek', 'Şimşek'],
    ['united-nations', 'BM'],
    ['geneva-talks', 'Cenevre görüşmelerinin'],
    ['astana-talks', 'Astana görüşmelerinin'],
    ['isis', 'IŞİD'],
    ['jabhat-fateh-al-sham', 'El Nusra'],
  ],
};
const LANGS = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];

describe('pages in Arabic, Russian and Turkish, in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(LANGS)('%s: highlights the names as the page writes them, and leaves the text alone', async (lang) => {
    const page = await session.context.newPage();
    await page.goto(session.url(`/languages/${lang}.html`));
    const before = await page.locator('article').innerText();
    await page.waitForSelector('[data-astana-entity]');
    await waitForStableHighlights(page);
    const highlights = await readHighlights(page);
    expect(highlights.map((h) => [h.entity, h.text])).toEqual(EXPECTED[lang]);
    expect(await page.locator('article').innerText()).toBe(before);
    await page.close();
  });
});

describe('pages in Arabic, Russian and Turkish, in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await startFirefoxSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  const highlightsOf = async (page: FirefoxPage): Promise<[string, string][]> =>
    (await page.evaluate(readMentions)).map(({ entity, text }) => [entity, text]);

  it.each(LANGS)('%s: highlights the names as the page writes them', async (lang) => {
    const page = await session.newPage();
    await page.goto(session.url(`/languages/${lang}.html`));
    await page.waitForFunction((n: number) => document.querySelectorAll('[data-astana-entity]').length >= n, { timeout: 15_000 }, EXPECTED[lang].length);
    await expect.poll(() => highlightsOf(page), { timeout: 10_000 }).toEqual(EXPECTED[lang]);
    await page.close();
  });
});
