import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/browsers.mjs';
import { reportPageHtml } from '../../../scripts/lib/report-page.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { checkRequests, startRecordingProxy } from './requests';

export const FIREFOX_BUILD = fileURLToPath(new URL(`../../../${process.env.ASTANA_OUT ?? '.output'}/firefox-mv2`, import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const ADDON_ID = 'astana-facts@example.org';
/** Fixed through a preference so the test can open the extension's own pages. */
const EXTENSION_UUID = '5b0c6a52-3f1e-4c7a-9d2e-8f1a2b3c4d5e';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: 'network.beforeRequestSent', listener: (params: { request: { url: string } }) => void): void;
}

export interface ExtensionPage {
  /** Runs an expression in the page (a promise is awaited) and returns its value, through JSON. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  browser: Browser;
  url(path: string): string;
  newPage(): Promise<Page>;
  /** Runs code in an extension page, where `browser.storage` is available. */
  evaluateInExtension<T>(expression: string): Promise<T>;
  /**
   * Opens one of the extension's pages (`popup.html`, `options.html`) in a new tab behind the
   * active one, so the active tab stays the page the popup is about.
   */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  /** Reloads the extension, as an update would, and returns once it runs again. */
  reloadExtension(): Promise<void>;
  /**
   * Runs code in the first tab whose address contains `address`, such as one a link of an
   * extension page opened (puppeteer gives no page for those); null while there is none, or
   * it is still loading.
   */
  evaluateInTab<T>(address: string, expression: string): Promise<T | null>;
  /** Every request of the browser's tabs (pages, extension pages, content scripts) since the session started. */
  requests: string[];
  /** Closes the browser, then fails if any request went beyond the local test servers and the extension. */
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
  const requests: string[] = [];
  // Everything that is not for the loopback goes to the recording proxy, whichever part of the
  // browser or the extension sends it (the tabs' own requests are also recorded below).
  const proxy = await startRecordingProxy((url) => requests.push(url));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets the test open a tab on an extension page; BiDi refuses to navigate there from content.
    args: ['--remote-allow-system-access'],
    // A release build ignores `services.settings.server` (Remote Settings stays online) unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // The browser itself stays offline.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'dom.push.connection.enabled': false,
      'extensions.blocklist.enabled': false,
      'toolkit.telemetry.server': 'data:,',
      'datareporting.healthreport.uploadEnabled': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  // Puppeteer subscribes the session to every network event; this records the tabs' requests from the start.
  connection.on('network.beforeRequestSent', ({ request }) => requests.push(request.url));
  await browser.installExtension(FIREFOX_BUILD);
  let extensionContext: string | null = null;

  const contexts = async () => (await connection.send('browsingContext.getTree', {})).result.contexts as { context: string; url: string }[];

  const openExtensionTab = async (path = 'popup.html'): Promise<string> => {
    const address = `moz-extension://${EXTENSION_UUID}/${path}`;
    const existing = new Set((await contexts()).filter((c) => c.url === address).map((c) => c.context));
    const chrome = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = (chrome.result.contexts as { context: string }[])[0]!.context;
    await connection.send('script.evaluate', {
      expression: `gBrowser.addTab(${JSON.stringify(address)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
      target: { context: window },
      awaitPromise: false,
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      const found = (await contexts()).find((c) => c.url === address && !existing.has(c.context));
      // The tab reports its address before the page (and its `browser` API) is ready.
      if (found && (await extensionApiReady(found.context))) return found.context;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The extension page ${path} did not open in Firefox.`);
  };

  const evaluateIn = async <T>(context: string, expression: string): Promise<T> => {
    const reply = await connection.send('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      target: { context },
      awaitPromise: true,
    });
    const result = reply.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    if (result.type !== 'success') throw new Error(`Extension page error: ${result.exceptionDetails?.text}`);
    return JSON.parse(result.result?.value ?? 'null') as T;
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
      return evaluateIn<T>(extensionContext, expression);
    },
    async openExtensionPage(path: string): Promise<ExtensionPage> {
      const context = await openExtensionTab(path);
      return {
        evaluate: <T>(expression: string) => evaluateIn<T>(context, expression),
        close: async () => void (await connection.send('browsingContext.close', { context }).catch(() => {})),
      };
    },
    async reloadExtension() {
      const context = extensionContext ?? (await openExtensionTab());
      extensionContext = null;
      // The page that asks goes with the extension, so the call does not return.
      void connection.send('script.evaluate', { expression: 'browser.runtime.reload()', target: { context }, awaitPromise: false }).catch(() => {});
      // Firefox closes the extension's tabs when it unloads it; then a new page of it opens.
      for (let attempt = 0; attempt < 100 && (await contexts()).some((c) => c.context === context); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      extensionContext = await openExtensionTab();
    },
    async evaluateInTab<T>(address: string, expression: string): Promise<T | null> {
      const tree = await connection.send('browsingContext.getTree', {});
      const tab = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url.includes(address));
      if (!tab) return null;
      const reply = await connection.send('script.evaluate', {
        expression: `document.readyState === 'complete' ? JSON.stringify((${expression}) ?? null) : 'null'`,
        target: { context: tab.context },
        awaitPromise: false,
      });
      const result = reply.result as { type: string; result?: { value?: string } };
      return result.type === 'success' ? (JSON.parse(result.result?.value ?? 'null') as T | null) : null;
    },
    requests,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await proxy.close();
      checkRequests(requests);
    },
  };
}
