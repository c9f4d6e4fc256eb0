#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the demo news page made from the
// source report, and opens it in Chromium with the extension loaded. With a
// display it opens a window; without one it saves a screenshot and prints its path.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_INSTALL_HINT, findChromium, launchChromiumWithExtension } from './lib/browsers.mjs';
import { reportPageHtml } from './lib/report-page.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const outDir = fileURLToPath(new URL('../.output/demo', import.meta.url));

if (!findChromium()) {
  console.error(CHROME_INSTALL_HINT);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}

const server = await startStaticServer({ pages: { '/report.html': () => reportPageHtml() } });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
const browser = await launchChromiumWithExtension({ extensionDir, headless: !headed });
const page = await browser.context.newPage();
await page.goto(server.url('/report.html'));

const readHighlights = () =>
  page.locator('mark[data-astana-entity]').evaluateAll((els) => els.map((el) => el.getAttribute('data-astana-entity')));
// The text in view is highlighted first and the rest in idle time: count once the number holds still.
const highlights = await page
  .waitForSelector('mark[data-astana-entity]', { timeout: 15_000 })
  .then(async () => {
    let last = await readHighlights();
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      await page.waitForTimeout(500);
      const now = await readHighlights();
      if (now.length === last.length) return now;
      last = now;
    }
    return last;
  })
  .catch(() => []);
const entities = new Set(highlights);
console.log(`Demo page: ${server.url('/report.html')}`);
console.log(`Highlights: ${highlights.length} elements, ${entities.size} entities (${[...entities].sort().join(', ') || 'none'})`);

if (headed) {
  console.log('Chromium is open on the demo page. Close its window to end the demo.');
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
} else {
  mkdirSync(outDir, { recursive: true });
  // Hover the first highlighted person so the screenshot also shows a card, where cards exist.
  const first = page.locator('mark[data-astana-category="person"]').first();
  if (await first.count()) {
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await page.waitForTimeout(700);
  }
  const shot = `${outDir}/report.png`;
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`No display found: ran headless and saved a screenshot to ${shot}`);
  await browser.close();
  await server.close();
}
if (!highlights.length) {
  console.error('The demo page shows no highlights: the extension did not run.');
  process.exitCode = 1;
}
