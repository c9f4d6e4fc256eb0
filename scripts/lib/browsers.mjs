// Finds and launches the machine's own browsers. Test tools never download one.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const CHROME_INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.';

/** @returns {string | null} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROME_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** @returns {string | null} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags that keep the browser itself from making any request on an offline machine. */
export const QUIET_CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--metrics-recording-only',
];

/** @returns {Promise<number>} a free TCP port on 127.0.0.1 */
async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts Chromium with the built extension loaded, in a throw-away profile.
 * With `debugPort`, Chromium also listens for DevTools on 127.0.0.1, so a test can
 * reach pages Playwright does not attach to by itself, such as the real toolbar popup.
 * With `lang` ("ar"), the browser's interface language, which picks the extension's _locales:
 * `--lang` is what sets it in headless Chromium on Linux (there `@@ui_locale` still reads en_US);
 * a Chromium with a display on Linux reads LANGUAGE and LANG instead, so both are set.
 * @param {{ extensionDir: string, headless?: boolean, viewport?: { width: number, height: number }, debugPort?: boolean, lang?: string }} options
 */
export async function launchChromiumWithExtension({ extensionDir, headless = true, viewport = { width: 1280, height: 900 }, debugPort = false, lang }) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROME_INSTALL_HINT);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'astana-chromium-'));
  const args = [
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    ...QUIET_CHROMIUM_FLAGS,
  ];
  if (headless) args.unshift('--headless=new');
  if (process.getuid?.() === 0 || process.env.CI) args.push('--no-sandbox');
  if (lang) args.push(`--lang=${lang}`);
  const port = debugPort ? await freePort() : 0;
  if (port) args.push(`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    // playwright's own headless switch would pick the old headless mode, which cannot load extensions.
    headless: false,
    args,
    viewport,
    ...(lang
      ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang.replace('-', '_')}.UTF-8` } }
      : {}),
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    /** DevTools endpoint when started with `debugPort`. */
    cdpEndpoint: port ? `http://127.0.0.1:${port}` : null,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
