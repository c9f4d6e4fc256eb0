import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/browsers.mjs';
import { reportPageHtml } from '../../../scripts/lib/report-page.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';

export const FIREFOX_BUILD = fileURLToPath(new URL(`../../../${process.env.ASTANA_OUT ?? '.output'}/firefox-mv2`, import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const ADDON_ID = 'astana-facts@example.org';
/** Fixed through a preference so the test can open the extension's own pages. */
const EXTENSION_UUID = '5b0c6a52-3f1e-4c7a-9d2e-8f1a2b3c4d5e';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface FirefoxSession {
  browser: Browser;
  url(path: string): string;
  newPage(): Promise<Page>;
  /** Runs code in an extension page, where `browser.storage` is available. */
  evaluateInExtension<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * built extension installed as a temporary add-on.
 */
export async function startFirefoxSession(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npm run build\`.`);
  const server = await startStaticServer({ root: FIXTURES, pages: { '/report.html': () => reportPageHtml() } });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets the test open a tab on an extension page; BiDi refuses to navigate there from content.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // The browser itself stays offline.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  let extensionContext: string | null = null;

  const openExtensionTab = async (): Promise<string> => {
    const chrome = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = (chrome.result.contexts as { context: string }[])[0]!.context;
    await connection.send('script.evaluate', {
      expression: `gBrowser.addTab('moz-extension://${EXTENSION_UUID}/popup.html', { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
      target: { context: window },
      awaitPromise: false,
    });
    for (let attempt = 0; attempt < 50; attempt++) {
      const tree = await connection.send('browsingContext.getTree', {});
      const found = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith('moz-extension://'));
      // The tab reports its address before the page (and its `browser` API) is ready.
      if (found && (await extensionApiReady(found.context))) return found.context;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The extension page did not open in Firefox.');
  };

  async function extensionApiReady(context: string): Promise<boolean> {
    const reply = await connection.send('script.evaluate', {
      expression: "typeof browser !== 'undefined' && !!browser.storage && document.readyState === 'complete'",
      target: { context },
      awaitPromise: false,
    });
    const result = reply.result as { type: string; result?: { value?: boolean } };
    return result.type === 'success' && result.result?.value === true;
  }

  return {
    browser,
    url: server.url,
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      return page;
    },
    async evaluateInExtension<T>(expression: string): Promise<T> {
      extensionContext ??= await openExtensionTab();
      const reply = await connection.send('script.evaluate', {
        expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
        target: { context: extensionContext },
        awaitPromise: true,
      });
      const result = reply.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
      if (result.type !== 'success') throw new Error(`Extension page error: ${result.exceptionDetails?.text}`);
      return JSON.parse(result.result?.value ?? 'null') as T;
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}
