import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../../scripts/lib/browsers.mjs';
import { reportPageHtml } from '../../../scripts/lib/report-page.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { readMentions } from '../../support/dom-tree';

export const CHROME_BUILD = fileURLToPath(new URL(`../../../${process.env.ASTANA_OUT ?? '.output'}/chrome-mv3`, import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

export interface ChromiumSession {
  context: BrowserContext;
  /** The window's first tab: the toolbar popup belongs to this window. */
  firstTab: Page;
  /** Opens the real toolbar popup for the active tab and returns its page. */
  openPopup(): Promise<Page>;
  worker: Worker;
  extensionId: string;
  url(path: string): string;
  /** Every request any page or the extension made, for the privacy checks. */
  requests: string[];
  close(): Promise<void>;
}

/** Real Chromium with the built extension, plus a local server for the fixture pages. */
export async function startChromiumSession(): Promise<ChromiumSession> {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    throw new Error(`No extension build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  const server = await startStaticServer({ root: FIXTURES, pages: { '/report.html': () => reportPageHtml() } });
  const browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD, debugPort: true });
  const requests: string[] = [];
  browser.context.on('request', (request) => requests.push(request.url()));
  const firstTab = browser.context.pages()[0] ?? (await browser.context.newPage());
  let devtools: Browser | null = null;

  const openPopup = async (): Promise<Page> => {
    await firstTab.bringToFront();
    await browser.worker.evaluate(() => chrome.action.openPopup());
    // Playwright does not attach to the popup; a second DevTools client, connected after
    // the popup opened, sees it as a page.
    await devtools?.close().catch(() => {});
    devtools = await chromium.connectOverCDP(browser.cdpEndpoint!);
    for (let attempt = 0; attempt < 50; attempt++) {
      const popup = devtools
        ?.contexts()
        .flatMap((context) => context.pages())
        .find((page) => page.url().endsWith('/popup.html'));
      if (popup) {
        await popup.waitForLoadState();
        return popup;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The toolbar popup did not open.');
  };

  return {
    context: browser.context,
    firstTab,
    openPopup,
    worker: browser.worker,
    extensionId: browser.extensionId,
    url: server.url,
    requests,
    async close() {
      await devtools?.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

export type HighlightInfo = ReturnType<typeof readMentions>[number];

/** The highlights a reader sees, with a name split across inline elements joined back into one mention. */
export async function readHighlights(page: Page): Promise<HighlightInfo[]> {
  return page.evaluate(readMentions);
}

/** Waits until the page's highlights stop changing. */
export async function waitForStableHighlights(page: Page, quietMs = 600, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - start < timeoutMs) {
    const count = await page.locator('[data-astana-entity]').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return;
    }
    await page.waitForTimeout(100);
  }
}

/** Writes a value through the extension's own storage, as the popup or options page would. */
export async function setStorage(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

export async function getStorage(worker: Worker, keys: string[]): Promise<Record<string, unknown>> {
  return worker.evaluate((k) => chrome.storage.local.get(k), keys);
}
