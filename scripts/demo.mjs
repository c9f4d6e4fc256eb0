#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the demo article made from the source
// report (names restored, see scripts/lib/report-page.mjs), and opens it in Chromium with
// the extension loaded. With a display it opens a window and serves the page until the
// window closes; without one it saves a screenshot with a card open and prints its path.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_INSTALL_HINT, findChromium, launchChromiumWithExtension } from './lib/browsers.mjs';
import { demoArticleHtml } from './lib/report-page.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// ASTANA_OUT: the same output folder the build (wxt.config.ts) and the e2e tests use.
const outFolder = process.env.ASTANA_OUT ?? '.output';
const extensionDir = fileURLToPath(new URL(`../${outFolder}/chrome-mv3`, import.meta.url));
const outDir = fileURLToPath(new URL(`../${outFolder}/demo`, import.meta.url));
const dataset = JSON.parse(readFileSync(new URL('../data/astana-talks.json', import.meta.url), 'utf8'));
const entityNames = new Map(dataset.entities.map((entity) => [entity.id, entity.name]));

if (!findChromium()) {
  console.error(CHROME_INSTALL_HINT);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}

// Built once: a stripped gap the restoration table misses fails here, before any browser starts.
const article = demoArticleHtml();
const server = await startStaticServer({ pages: { '/report.html': article } });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
const browser = await launchChromiumWithExtension({ extensionDir, headless: !headed, viewport: { width: 1280, height: 800 } });
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

/** "21 highlights of 13 entities: Bashar al-Assad (4), Mohammad Alloush (3), …", most mentioned first. */
function summary(ids) {
  const counts = new Map();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const list = [...counts]
    .map(([id, count]) => [entityNames.get(id) ?? id, count])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
    .map(([name, count]) => `${name} (${count})`);
  return `${ids.length} highlights of ${counts.size} entities${list.length ? `: ${list.join(', ')}` : ''}`;
}
console.log(summary(highlights));

/**
 * Whether the hover card shows: it lives in a closed shadow root, which only the DevTools
 * protocol sees (as tests/e2e/support/card.ts does); visible means laid out, on screen, not hidden.
 */
async function cardShows() {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('astana-facts-ui#astana-facts-card')` });
    if (!result.objectId) return false;
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result: shows } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const card = this.querySelector('.af-card');
        const box = card?.getBoundingClientRect();
        return Boolean(card && box.width > 0 && box.height > 0 && card.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
      }`,
    });
    return shows.value === true;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

if (headed) {
  console.log(`Chromium is open on the demo page ${server.url('/report.html')}; it is served until you close the window.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
} else {
  mkdirSync(outDir, { recursive: true });
  // The screenshot shows a checked quotation and a card: scroll Alloush's checked words into
  // view, then hover the name of the paragraph above them.
  // Quotations are checked once they come into view, so scroll first, then wait for the mark.
  await page.locator('blockquote.pull').last().evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
  const quote = page.locator('blockquote.pull').last().locator('mark.astana-quote[data-astana-quote]').first();
  await quote.waitFor({ timeout: 15_000 }).catch(() => {});
  const name = page.locator('p', { hasText: 'head of the rebel delegation, Alloush' }).locator('mark[data-astana-entity="mohammad-alloush"]').first();
  const target = (await name.count()) ? name : page.locator('mark[data-astana-category="person"]').first();
  let card = false;
  if (await target.count()) {
    await target.hover();
    for (const deadline = Date.now() + 5_000; !card && Date.now() < deadline; ) {
      card = await cardShows();
      if (!card) await page.waitForTimeout(100);
    }
  }
  const shot = `${outDir}/report.png`;
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`No display found: ran headless and saved a screenshot to ${shot}${card ? '' : ' (no card opened)'}`);
  await browser.close();
  await server.close();
}
if (!highlights.length) {
  console.error('The demo page shows no highlights: the extension did not run.');
  process.exitCode = 1;
}
