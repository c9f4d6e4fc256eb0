import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../../scripts/lib/browsers.mjs';
import { reportPageHtml } from '../../../scripts/lib/report-page.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { readMentions } from '../../support/dom-tree';
import { checkRequests } from './requests';

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
  /** Every request any page or the extension made since this session started, for the privacy checks. */
  requests: string[];
  /**
   * Closes the browser, then fails (throws) if any request of this session went anywhere but the
   * local test servers and the extension itself: every file that closes its session in its
   * `afterAll` checks its own requests, whichever of its tests ran.
   */
  close(): Promise<void>;
}

/** Real Chromium with the built extension, plus a local server for the fixture pages. */
/** `lang` starts the browser in that interface language (see launchChromiumWithExtension). */
export async function startChromiumSession({ lang }: { lang?: string } = {}): Promise<ChromiumSession> {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    throw new Error(`No extension build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  const server = await startStaticServer({ root: FIXTURES, pages: { '/report.html': () => reportPageHtml() } });
  const browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD, debugPort: true, lang });
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
        // The popup is not in `context`, whose requests are recorded: its own are added here, the
        // ones it made before this client connected from its resource timing entries.
        popup.on('request', (request) => requests.push(request.url()));
        await popup.waitForLoadState();
        requests.push(popup.url(), ...(await popup.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))));
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
      checkRequests(requests);
    },
  };
}

export type HighlightInfo = ReturnType<typeof readMentions>[number];

/** The highlights a reader sees, with a name split across inline elements joined back into one mention. */
export async function readHighlights(page: Page): Promise<HighlightInfo[]> {
  return page.evaluate(readMentions);
}

/**
 * Waits, in the page, until its highlights have not changed for `quietMs` (by the page's own
 * clock; the test process never sleeps). Returns without an error after `timeoutMs` on a page
 * that never settles: the assertions that follow say what is wrong.
 */
export async function waitForStableHighlights(page: Page, quietMs = 600, timeoutMs = 15_000): Promise<void> {
  const token = Math.random();
  await page
    .waitForFunction(
      ({ token, quietMs }) => {
        const w = window as unknown as { __astanaStable?: { token: number; signature: string; since: number } };
        const marks = document.querySelectorAll('[data-astana-entity]');
        const signature = `${marks.length}:${marks[0]?.textContent ?? ''}:${marks[marks.length - 1]?.textContent ?? ''}`;
        const now = performance.now();
        if (w.__astanaStable?.token !== token || w.__astanaStable.signature !== signature) {
          w.__astanaStable = { token, signature, since: now };
          return false;
        }
        return now - w.__astanaStable.since >= quietMs;
      },
      { token, quietMs },
      { polling: 100, timeout: timeoutMs },
    )
    .catch((error: Error) => {
      if (error.name !== 'TimeoutError') throw error;
    });
}

export interface ContentScriptWorlds {
  /** Whether the extension's content script runs in the page's top frame (it has its isolated world there). */
  inTopFrame(): boolean;
  /** The frames, other than the top one, where it runs. */
  otherFrames(): string[];
  /** Evaluates an expression in the content script's world of the top frame (where the probe and the scripts it loads keep their globals). */
  evaluateInTopFrame<T>(expression: string): Promise<T>;
}

/**
 * Where the extension's content script runs in a page, as Chromium's DevTools protocol reports
 * it: the script gets an isolated world of the extension's origin in each frame it is injected
 * into. This tells a content script that ran and did nothing from one that never ran.
 */
export async function contentScriptWorlds(page: Page): Promise<ContentScriptWorlds> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.set(context.id, aux.frameId ?? '');
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  const topFrame = async () => (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const top = await topFrame();
  const topWorld = () => [...worlds].find(([, frame]) => frame === top)?.[0];
  return {
    inTopFrame: () => topWorld() !== undefined,
    otherFrames: () => [...worlds.values()].filter((frame) => frame !== top),
    async evaluateInTopFrame<T>(expression: string): Promise<T> {
      const contextId = topWorld();
      if (contextId === undefined) throw new Error('The content script does not run in this page.');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (exceptionDetails) throw new Error(`In the content script's world: ${exceptionDetails.text}`);
      return result.value as T;
    },
  };
}

/** Writes a value through the extension's own storage, as the popup or options page would. */
export async function setStorage(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

export async function getStorage(worker: Worker, keys: string[]): Promise<Record<string, unknown>> {
  return worker.evaluate((k) => chrome.storage.local.get(k), keys);
}
