#!/usr/bin/env node
// `npm run bench`: the extension against naive and hand-written highlighting, in Debian Chromium,
// plus real saved pages (realweb) and adversarial pages.
// BENCH_RUNS=N (default 3), BENCH_PAGES=report,longread,stress,nomatch,live,scale,realweb,adversarial
// (default all), NAIVE_TIMEOUT_S (default 30), REALWEB_DIR. See bench/README.md for every variable
// and for what each figure means.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { CHROME_INSTALL_HINT, QUIET_CHROMIUM_FLAGS, findChromium, launchChromiumWithExtension } from '../scripts/lib/browsers.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { ADVERSARIAL_PAGES, adversarialTexts, buildPages, mentionAliases } from './generate.mjs';
import { TASK_EVENTS, analyzeTrace, median, spread, stampedSpan } from './lib/analyze.mjs';
import { browserBundle, importNodeMatcher } from './lib/bundle.mjs';
import { ratiosChartHtml } from './lib/chart.mjs';
import { extensionAttribution } from './lib/extension.mjs';
import { INSTRUMENT_SCRIPT, collectPageRecord, compileInPage, prepareCombined, prepareMatcherData, readBodyText, runApproach } from './lib/page-side.mjs';
import { listRealwebPages, realwebLines, summarizeRealweb } from './lib/realweb.mjs';
import { matcherBuildSite } from './lib/sources.mjs';
import { stallSummary, startStallWatch } from './lib/stall.mjs';
import { syntheticDataset } from './lib/synthetic.mjs';
import { startTrace } from './lib/trace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_EXT_DIR measures another build (a stub content script, for the cost every content script pays).
const EXT_DIR = process.env.BENCH_EXT_DIR ?? `${ROOT}.output/chrome-mv3`;
const CONTENT_JS = `${EXT_DIR}/content-scripts/content.js`;
// Where the results go; the structural test in npm test writes to a temporary folder.
// Another build's figures never replace the extension's own in bench/results.
if (process.env.BENCH_EXT_DIR && !process.env.BENCH_RESULTS_DIR) throw new Error('BENCH_EXT_DIR needs a BENCH_RESULTS_DIR of its own');
const RESULTS = process.env.BENCH_RESULTS_DIR ?? `${ROOT}bench/results`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const ADVERSARIAL = Object.keys(ADVERSARIAL_PAGES); // adv-guillemets, adv-quotes, adv-mentions, adv-nospace
// "adversarial" stands for all four adversarial pages; each can also be named on its own.
const ALL_PAGES = ['report', 'longread', 'stress', 'nomatch', 'live', 'scale', 'realweb', 'adversarial'];
const REQUESTED = (process.env.BENCH_PAGES ?? ALL_PAGES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
for (const p of REQUESTED) if (!ALL_PAGES.includes(p) && !ADVERSARIAL.includes(p)) throw new Error(`unknown page "${p}" in BENCH_PAGES (known: ${[...ALL_PAGES, ...ADVERSARIAL].join(', ')})`);
const PAGES = [...new Set(REQUESTED.flatMap((p) => (p === 'adversarial' ? ADVERSARIAL : [p])))];
const ADV_PAGES = PAGES.filter((p) => ADVERSARIAL.includes(p));
/** Pages of the first suites: the extension is measured on them and the comparison approaches run on them. */
const CLASSIC_PAGES = PAGES.filter((p) => p !== 'realweb' && !ADVERSARIAL.includes(p));
const NAIVE_TIMEOUT_S = Number(process.env.NAIVE_TIMEOUT_S) || 30;
const BIG = new Set(['stress', 'nomatch']);
// The extension's runs on the big pages stop after this long even if it is still highlighting
// (reported as unfinished), and every measurement on them runs at most BENCH_BIG_RUNS (2) times, to
// keep the whole bench under ~8 minutes on 2 cores. Naive mark.js runs once there.
const BIG_SETTLE_MAX_MS = Number(process.env.BENCH_BIG_SETTLE_S || 20) * 1000;
const BIG_RUNS = Math.min(RUNS, Number(process.env.BENCH_BIG_RUNS) || 2);
const APPROACHES = ['naive', 'markRegExp', 'splitWrap', 'floor', 'inPageSync'];
// Real pages: runs per page (default 1: the 44 pages are the sample), and how long to wait for a
// page to settle (its own inline scripts may keep the main thread busy).
const REALWEB_RUNS = Math.min(RUNS, Number(process.env.BENCH_REALWEB_RUNS) || 1);
const REALWEB_SETTLE_MAX_MS = Number(process.env.BENCH_REALWEB_SETTLE_S || 15) * 1000;
// Adversarial pages: runs (default 1) and how long the extension gets to finish (default 60 s).
const ADV_RUNS = Math.min(RUNS, Number(process.env.BENCH_ADVERSARIAL_RUNS) || 1);
const ADV_SETTLE_MAX_MS = Number(process.env.BENCH_ADVERSARIAL_SETTLE_S || 60) * 1000;
const started = Date.now();
const debug = (...a) => process.env.BENCH_DEBUG && log('  ·', ...a);
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROME_INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(`${EXT_DIR}/manifest.json`)) {
  log('No .output/chrome-mv3: building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

// ---------------------------------------------------------------------------------------------
// Inputs: bundles, aliases, pages, synthetic dataset.
const nodeMatcher = await importNodeMatcher();
const { dataset, aliasText } = nodeMatcher;
const allAliases = dataset.entities.flatMap((e) => e.aliases.map(aliasText));
const pages = buildPages({ aliases: mentionAliases(dataset, aliasText), allAliases });
const bundleJs = await browserBundle();
const markJs = readFileSync(`${ROOT}node_modules/mark.js/dist/mark.min.js`, 'utf8');
const synthetic = PAGES.includes('scale') ? syntheticDataset(dataset) : null;
const server = await startStaticServer({
  pages: {
    ...pages,
    '/bench/mark.min.js': markJs,
    '/bench/astana-bench.js': bundleJs,
    ...(synthetic && { '/bench/synthetic.js': `window.__synthetic = ${JSON.stringify(synthetic)};` }),
  },
});
const pageUrl = (name) => server.url(`/${name === 'scale' ? 'report' : name}.html`);

// ---------------------------------------------------------------------------------------------
// Bundle size.
const contentJs = readFileSync(CONTENT_JS);
const bundle = {
  file: '.output/chrome-mv3/content-scripts/content.js',
  bytes: contentJs.length,
  gzipBytes: gzipSync(contentJs, { level: 9 }).length,
  brotliBytes: brotliCompressSync(contentJs).length,
  cssBytes: existsSync(`${EXT_DIR}/content-scripts/content.css`) ? readFileSync(`${EXT_DIR}/content-scripts/content.css`).length : 0,
};
log(`content.js ${(bundle.bytes / 1024).toFixed(1)} KB, gzip ${(bundle.gzipBytes / 1024).toFixed(1)} KB`);

// Where the matcher is built, read from the sources (lib/sources.mjs knows where they are).
const { builtAtBuildTime, buildSite } = matcherBuildSite();

// Real pages: the folder, and a server of their files (nothing else is reachable from them).
const realweb = PAGES.includes('realweb') ? listRealwebPages() : null;
if (realweb?.skipped) log(`realweb: skipped: ${realweb.skipped}`);
const realwebServer = realweb && !realweb.skipped ? await startStaticServer({ root: realweb.dir }) : null;

// Adversarial pages: the highlight count each one should end with, from the same matcher in Node
// (every category is on in the bench); the 'idle' pages only have to be finished.
const adversarialExpected = {};
if (ADV_PAGES.length) {
  const texts = adversarialTexts();
  const matcher = nodeMatcher.compileMatcher(dataset.entities);
  for (const name of ADV_PAGES) {
    adversarialExpected[name] = ADVERSARIAL_PAGES[name].completion === 'count' ? matcher.find(texts[name]).length : null;
  }
  log(`adversarial pages: ${ADV_PAGES.map((n) => `${n} (${ADVERSARIAL_PAGES[n].what}; ${adversarialExpected[n] == null ? 'done when idle' : `expects ${adversarialExpected[n]} highlights`})`).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------
// Browser helpers.
const raw = { extension: {}, baseline: {}, heapPlain: {}, scale: {}, coverage: null, realweb: {}, adversarial: {} };

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Waits until the page's main thread has been (nearly) idle for `quietMs` and no highlight was
 * added; returns how long that took, or null when `maxMs` passed first or the tab crashed
 * (`crashed()` says so). A poll the page does not answer within 750 ms counts as busy; `watch`
 * (lib/stall.mjs) records how long the main thread went unanswered and, with sampling, whose
 * code it was running.
 */
async function waitQuiet(page, cdp, { minMs = 1200, quietMs = 1000, maxMs = 90_000 } = {}, { crashed = () => false, watch = null } = {}) {
  const t0 = Date.now();
  let pending = null;
  let sentAt = 0;
  try {
    let last = await metrics(cdp);
    let lastMarks = -1;
    let quietSince = Date.now();
    while (Date.now() - t0 < maxMs && !crashed()) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await within(metrics(cdp).catch(() => null), 5000, null);
      if (!pending) {
        sentAt = Date.now();
        pending = page.evaluate(() => window.__bench?.marks.length ?? 0).then((v) => ({ v }), (e) => ({ e }));
      }
      const got = await within(pending, 750, null);
      if (watch) watch.longestUnansweredMs = Math.max(watch.longestUnansweredMs, Date.now() - sentAt);
      if (!got) {
        // The main thread is in one long task: busy, and (with sampling) worth asking where.
        if (watch && Date.now() - sentAt > 1000) await watch.probe();
        quietSince = Date.now();
        if (now) last = now;
        continue;
      }
      pending = null;
      if (got.e) throw got.e;
      const marks = got.v;
      if (watch) watch.marksSeen = marks;
      const busy = now && last ? (now.TaskDuration - last.TaskDuration) * 1000 : Infinity; // ms of main-thread tasks since the last poll
      if (now) last = now;
      if (busy > 12 || marks !== lastMarks) quietSince = Date.now();
      lastMarks = marks;
      if (Date.now() - t0 >= minMs && Date.now() - quietSince >= quietMs) return Date.now() - t0;
    }
  } catch (e) {
    if (!crashed()) throw e;
  } finally {
    if (watch) watch.unansweredAtEndMs = pending ? Date.now() - sentAt : 0;
  }
  return null;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

/** `promise`, or `fallback` once `ms` passed (a crashed tab may never answer). */
function within(promise, ms, fallback) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// 1. With the extension: traced page loads.
let chromiumVersion = '';
const extPages = [...CLASSIC_PAGES.filter((p) => p !== 'scale')];
if (PAGES.includes('scale') && !extPages.includes('report')) extPages.unshift('report'); // scale compares against it
if (extPages.length || realwebServer || ADV_PAGES.length) {
  const ext = await launchChromiumWithExtension({ extensionDir: EXT_DIR });
  chromiumVersion = ext.context.browser()?.version() ?? '';
  // What counts as the extension in a trace: its files at any address (lazily imported ones,
  // under Chrome's per-session dynamic URL too) and its isolated world (lib/extension.mjs).
  const attribution = extensionAttribution({ extDir: EXT_DIR, extensionId: ext.extensionId });
  // Places are off by default; switch every category on so the extension highlights what the
  // comparison approaches highlight (same storage key and shape as the settings storage module).
  await ext.worker.evaluate(() =>
    chrome.storage.local.set({ categories: { person: true, group: true, organization: true, place: true, event: true } }),
  );
  log(`Chromium ${chromiumVersion || '(version unknown)'} with the extension ${ext.extensionId} (isolated world "${attribution.worldName}")`);

  /**
   * One traced load of a page in a new tab. Options: `url` (default: the bench page `name`),
   * `allowOnly` (abort every request but this URL), `settle` (waitQuiet options), `floor` (measure
   * the floor in the page once settled), `heap` (JS heap figure), `coverage` (call counts instead
   * of a trace). A tab that crashes is reported with `crashed: true`, never thrown.
   */
  async function extensionRun(name, { coverage = false, url = pageUrl(name), allowOnly = null, settle = null, floor = false, heap = true, sampleStalls = false } = {}) {
    const page = await ext.context.newPage();
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
      debug(name, 'CRASHED');
    });
    let abortedRequests = 0;
    if (allowOnly) {
      await page.route('**/*', (route) => {
        const requested = route.request().url();
        // The extension's own files (the page script and card script it import()s) go through
        // the route too: they must load. Everything else but the page itself is aborted.
        if (requested.split('#')[0] === allowOnly || attribution.isExtensionUrl(requested)) return route.continue();
        abortedRequests++;
        return route.abort();
      });
    }
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript({ content: INSTRUMENT_SCRIPT });
    const watch = await startStallWatch(cdp, { isExtensionUrl: attribution.isExtensionUrl, sample: sampleStalls });
    let stop = null;
    if (coverage) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    } else {
      stop = await startTrace(cdp);
    }
    let loadError = null;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch((e) => {
      loadError = e.message.split('\n')[0];
    });
    debug(name, 'loaded', loadError ?? '');
    if (loadError && !crashed) {
      // A page that never fires `load` (a resource that hangs) is still measured from where it got.
      log(`  ${name}: load: ${loadError}`);
    }
    const big = BIG.has(name);
    const settleMs = await waitQuiet(page, cdp, settle ?? { minMs: big ? 2000 : 1200, maxMs: big ? BIG_SETTLE_MAX_MS : 30_000 }, { crashed: () => crashed, watch });
    debug(name, 'settled', settleMs);
    let feedSettleMs = null;
    if (name === 'live' && !crashed) {
      await page.evaluate(() => window.__startFeed());
      feedSettleMs = await waitQuiet(page, cdp, { minMs: 500 }, { crashed: () => crashed, watch });
    }
    // The floor first: the main world has not walked the page yet (the extension's walks are in
    // its own world, and collectPageRecord below walks it too).
    // A page still stuck in one task would not answer either: then no floor and no record.
    const stuck = crashed || watch.unansweredAtEndMs > 1000;
    const floorRead = floor && !stuck ? await within(page.evaluate(readBodyText, 'bench-floor').catch(() => null), 30_000, null) : null;
    const floorWarmRead = floorRead ? await within(page.evaluate(readBodyText, 'bench-floor-warm').catch(() => null), 30_000, null) : null;
    const record = stuck ? null : await within(page.evaluate(collectPageRecord).catch((e) => (crashed ? null : Promise.reject(e))), 60_000, null);
    debug(name, 'record', record?.marks.length);
    let result;
    if (coverage) {
      const { result: scripts } = await cdp.send('Profiler.takePreciseCoverage');
      result = coverageCounts(scripts);
    } else {
      // A stuck or crashed renderer may never hand its part of the trace over: wait less for it.
      const events = await within(stop().catch(() => null), stuck ? 60_000 : 120_000, null);
      debug(name, 'trace', events?.length);
      if (events?.length) {
        // Without a record (crashed tab) the extension's tasks are still there; page times are not.
        result = analyzeTrace(events, { ...attribution, page: record ?? { sync: 0, marks: [], longtasks: [] } });
        result.traceEvents = events.length;
        // The read's CPU between its two stamps, less what an empty pair of stamps costs.
        const read = (label) => {
          const span = stampedSpan(events, `${label}-start`, `${label}-end`);
          const pairs = ['empty1', 'empty2'].map((pair) => stampedSpan(events, `${label}-${pair}-start`, `${label}-${pair}-end`)).filter((x) => x?.cpu != null);
          const empty = pairs.length ? pairs.reduce((a, b) => (b.cpu < a.cpu ? b : a)) : null;
          if (span?.cpu == null) return null;
          return { cpu: Math.max(0, span.cpu - (empty?.cpu ?? 0)), wall: Math.max(0, span.wall - (empty?.wall ?? 0)), stampCpu: empty?.cpu ?? null };
        };
        const cold = floorRead ? read('bench-floor') : null;
        const warm = floorWarmRead ? read('bench-floor-warm') : null;
        if (floorRead) {
          Object.assign(result, {
            floorCpu: cold?.cpu ?? floorRead.ms,
            floorWall: cold?.wall ?? floorRead.ms,
            floorStampCpu: cold?.stampCpu ?? null,
            floorMs: floorRead.ms,
            floorChars: floorRead.chars,
            floorWarmCpu: warm?.cpu ?? floorWarmRead?.ms ?? null,
          });
        }
      } else {
        // No trace (typically: the renderer died or is stuck): the run still says whether it
        // crashed and, from the stall watch, how long its last task had been running.
        result = { noTrace: true, totalCpu: null, totalWall: null, longestTaskWall: null, tasksOver50: null, scripts: [] };
      }
    }
    result.crashed = crashed;
    result.stall = stallSummary(watch);
    result.loadError = loadError;
    result.settleMs = settleMs;
    result.feedSettleMs = feedSettleMs;
    result.textNodes = record?.textNodes ?? null;
    result.elements = record?.nodes ?? null;
    result.highlightsInDom = record?.highlightsInDom ?? null;
    // Highlights inserted by the last poll that was answered (when the page never answered again).
    result.highlightsSeen = watch.marksSeen ?? null;
    result.abortedRequests = abortedRequests;
    result.heapUsed = coverage || !heap || stuck ? null : await heapUsed(cdp).catch(() => null);
    await within(page.close().catch(() => {}), 30_000);
    return result;
  }

  /**
   * Precise call counts of the functions that do a full scan and that collect runs, in whichever
   * extension script holds them (the content script, or a second stage it loads on demand).
   */
  function coverageCounts(scripts) {
    // Highlighter.start() reads the whole page: the one place that collects runs from the root.
    // Property names survive minification, so this stands in the built page script as written.
    const FULL_SCAN_NEEDLE = 'this.collectInSlices([this.options.root]';
    const ours = scripts.filter((s) => attribution.isExtensionUrl(s.url));
    if (!ours.length) return { error: 'no extension script in the coverage' };
    const sources = ours.map((s) => {
      const path = attribution.pathOf(s.url);
      const file = path && join(EXT_DIR, path);
      return { script: s, path, source: file && existsSync(file) ? readFileSync(file, 'utf8') : '' };
    });
    // The highlighter's script first: other scripts (a probe that walks the page once) may have a
    // TreeWalker of their own.
    sources.sort((a, b) => Number(b.source.includes(FULL_SCAN_NEEDLE)) - Number(a.source.includes(FULL_SCAN_NEEDLE)));
    const innermost = (needle) => {
      for (const { script, path, source } of sources) {
        const at = source.indexOf(needle);
        if (at < 0) continue;
        let best = null;
        for (const fn of script.functions) {
          for (const r of fn.ranges) {
            if (r.startOffset <= at && at < r.endOffset && (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset)) {
              best = { ...r, functionName: fn.functionName };
            }
          }
        }
        if (best) return { count: best.count, functionName: best.functionName, needle, script: path };
      }
      return null;
    };
    return {
      scripts: sources.map((s) => s.path),
      sourceMatches: sources.every(({ script, source }) => script.functions[0]?.ranges[0]?.endOffset === source.length),
      fullScans: innermost(FULL_SCAN_NEEDLE), // Highlighter.start(): one call per full scan of the page
      collectRuns: innermost('createTreeWalker('), // every run collection: the first pass and each dirty batch
    };
  }

  // A warm-up load, so the first measured run does not pay for the browser's own cold start.
  await extensionRun('report').catch((e) => log(`warm-up failed: ${e.message}`));
  for (const name of extPages) {
    raw.extension[name] = [];
    for (let i = 0; i < (BIG.has(name) ? BIG_RUNS : RUNS); i++) {
      const r = await extensionRun(name);
      raw.extension[name].push(r);
      log(`extension ${name} #${i + 1}: cpu ${r.totalCpu?.toFixed(1)} ms (eval ${r.evaluateCpu?.toFixed(1)}), wall ${r.totalWall?.toFixed(1)} ms, ` +
        `longest task ${r.longestTaskWall?.toFixed(1)} ms, ${r.highlights} highlights, first in view +${r.firstViewportHighlightMs?.toFixed(0)} ms, last +${r.lastHighlightMs?.toFixed(0)} ms` +
        (r.feed ? `, feed: median ${r.feed.medianBatchCpu?.toFixed(2)} ms/batch cpu, rescans ${r.feed.fullRescansTrace}` : '') +
        (r.crashed ? ', TAB CRASHED' : ''));
    }
  }
  if (extPages.includes('live')) {
    raw.coverage = await extensionRun('live', { coverage: true }).catch((e) => ({ error: e.message }));
    log(`coverage (live page): ${JSON.stringify({ fullScans: raw.coverage.fullScans?.count, collectRuns: raw.coverage.collectRuns?.count, scripts: raw.coverage.scripts })}`);
  }

  // Real pages: each saved page from its own local server, every other request aborted.
  if (realwebServer) {
    log(`realweb: ${realweb.pages.length} pages from ${realweb.dir}, ${REALWEB_RUNS} run(s) each`);
    for (const p of realweb.pages) {
      raw.realweb[p.name] = [];
      const url = realwebServer.url(`/${encodeURIComponent(p.file)}`);
      for (let i = 0; i < REALWEB_RUNS; i++) {
        const r = await extensionRun(`realweb/${p.name}`, { url, allowOnly: url, floor: true, heap: false, settle: { minMs: 1200, maxMs: REALWEB_SETTLE_MAX_MS } })
          .catch((e) => ({ error: e.message.split('\n')[0] }));
        raw.realweb[p.name].push(r);
        log(r.error
          ? `realweb ${p.name} #${i + 1}: error ${r.error}`
          : `realweb ${p.name} #${i + 1}: cpu ${r.totalCpu?.toFixed(1)} ms (eval ${r.evaluateCpu?.toFixed(1)}, lazy ${r.lazyScriptCpu?.toFixed(1)}), floor ${r.floorCpu?.toFixed(2)} ms, ` +
            `longest task ${r.longestTaskWall?.toFixed(1)} ms, ${r.highlightsInDom} highlights, ${r.textNodes} text nodes, ${r.abortedRequests} requests aborted` +
            `${r.settleMs == null ? ', not settled' : ''}${r.crashed ? ', TAB CRASHED' : ''}${r.scripts?.length > 1 ? `, scripts ${r.scripts.join(' ')}` : ''}`);
      }
    }
  }

  // Adversarial pages: does the work finish, how long is the longest task, does the tab survive.
  for (const name of ADV_PAGES) {
    raw.adversarial[name] = [];
    for (let i = 0; i < ADV_RUNS; i++) {
      const r = await extensionRun(name, { heap: false, sampleStalls: true, settle: { minMs: 2000, maxMs: ADV_SETTLE_MAX_MS } }).catch((e) => ({ error: e.message.split('\n')[0] }));
      const expected = adversarialExpected[name];
      r.expected = expected;
      // A task still running when the tab crashed or the wait ended is not in the trace: when the
      // main thread was found in extension code, it is the longest extension task (a lower bound).
      r.longestTaskTraceWall = r.longestTaskWall ?? null;
      if (r.stall?.unfinishedTaskMs && r.stall.extension) {
        r.longestTaskWall = Math.max(r.longestTaskWall ?? 0, r.stall.unfinishedTaskMs);
        if (r.stall.unfinishedTaskMs > 50) r.tasksOver50 = (r.tasksOver50 ?? 0) + 1;
      }
      r.completed = !r.error && !r.crashed && r.settleMs != null && (expected == null || r.highlightsInDom === expected);
      raw.adversarial[name].push(r);
      log(r.error
        ? `adversarial ${name} #${i + 1}: error ${r.error}`
        : `adversarial ${name} #${i + 1}: longest task ${r.longestTaskWall?.toFixed(1)} ms, cpu ${r.totalCpu?.toFixed(1)} ms, ${r.highlightsInDom ?? (r.highlightsSeen != null ? `≥ ${r.highlightsSeen}` : '—')} highlights` +
          `${expected != null ? ` of ${expected}` : ''}, ${r.settleMs == null ? (r.crashed ? 'TAB CRASHED' : `not finished after ${ADV_SETTLE_MAX_MS / 1000} s`) : `idle after ${(r.settleMs / 1000).toFixed(1)} s`} → ${r.completed ? 'completed' : 'NOT completed'}` +
          (r.stall?.unfinishedTaskMs ? `; one task still running at the end for ≥ ${(r.stall.unfinishedTaskMs / 1000).toFixed(1)} s (${r.stall.extension ? 'extension code' : r.stall.extension === false ? 'not extension code' : 'code unknown'}${r.stall.stack ? `: ${r.stall.stack}` : ''})` : ''));
    }
  }
  await ext.close();
}

// ---------------------------------------------------------------------------------------------
// 2. Without the extension: the comparison approaches, in a plain Chromium (same binary, same flags).
const { chromium } = await import('playwright-core');
const args = ['--headless=new', ...QUIET_CHROMIUM_FLAGS];
if (process.getuid?.() === 0 || process.env.CI) args.push('--no-sandbox');
const plain = await chromium.launch({ executablePath, headless: false, args });
chromiumVersion ||= plain.version();
const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });

async function plainPage(name, { synthetic: withSynthetic = false } = {}) {
  const page = await plainContext.newPage();
  const cdp = await plainContext.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ url: '/bench/mark.min.js' });
  await page.addScriptTag({ url: '/bench/astana-bench.js' });
  if (withSynthetic) await page.addScriptTag({ url: '/bench/synthetic.js' });
  return { page, cdp };
}

/**
 * Runs `fn(arg)` in the page under a light trace; returns its result plus the main-thread CPU and
 * wall time of the task that ran it (the task holding the `bench-approach` time stamp; for calls
 * without one, the longest task). Stops the call with Runtime.terminateExecution after timeoutMs.
 */
async function timed(page, cdp, fn, arg, timeoutMs) {
  const stop = await startTrace(cdp);
  let fired = false;
  let timer = null;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      fired = true;
      cdp.send('Runtime.terminateExecution').catch(() => {});
      resolve({ timedOut: true });
    }, timeoutMs);
  });
  let result = await Promise.race([page.evaluate(fn, arg).catch((e) => ({ error: e.message })), timeout]);
  clearTimeout(timer);
  const events = await stop().catch(() => []);
  if (fired) result = { timedOut: true };
  if (result.timedOut || result.error) return { ...result, cpu: null, ms: null };
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench-approach');
  const tasks = events.filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && (!stamp || (e.pid === stamp.pid && e.tid === stamp.tid)));
  const task = stamp ? tasks.find((t) => t.ts <= stamp.ts && stamp.ts <= t.ts + t.dur) : tasks.sort((a, b) => b.dur - a.dur)[0];
  return { ...result, cpu: task ? (task.tdur ?? task.dur) / 1000 : null, taskWall: task ? task.dur / 1000 : null };
}

for (const name of CLASSIC_PAGES.filter((p) => p !== 'scale')) {
  // JS heap of the page alone, for the extension's heap figure.
  {
    const page = await plainContext.newPage();
    const cdp = await plainContext.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(300);
    raw.heapPlain[name] = await heapUsed(cdp);
    await page.close();
  }
  if (name === 'live') continue; // the feed has its own figures; the approaches are whole-page ones
  raw.baseline[name] = {};
  {
    // What a page pays for the matcher (revived from plain data) and its first search, next
    // to what compiling the combined regex of the comparison approaches costs on first use.
    const { page } = await plainPage(name);
    raw.regexFirstExec ??= {};
    await page.evaluate(prepareMatcherData, { synthetic: false });
    const { compileMs: reviveMs } = await page.evaluate(compileInPage);
    const firstFindMs = await page.evaluate(() => {
      const t0 = performance.now();
      window.__benchMatcher.find('Talks in Astana');
      return performance.now() - t0;
    });
    const { firstExecMs } = await page.evaluate(prepareCombined, allAliases);
    raw.regexFirstExec[name] = { reviveMs, firstFindMs, combinedFirstExecMs: firstExecMs };
    await page.close();
    log(`matcher on ${name}: revive ${raw.regexFirstExec[name].reviveMs.toFixed(1)} ms, first find ${raw.regexFirstExec[name].firstFindMs.toFixed(1)} ms; combined regex first exec ${raw.regexFirstExec[name].combinedFirstExecMs.toFixed(1)} ms`);
  }
  for (const approach of APPROACHES) {
    raw.baseline[name][approach] = [];
    const runs = BIG.has(name) ? (approach === 'naive' ? 1 : BIG_RUNS) : RUNS;
    for (let i = 0; i < runs; i++) {
      const { page, cdp } = await plainPage(name);
      await page.evaluate(prepareMatcherData, { synthetic: false }); // not timed: every approach gets the matcher
      await page.evaluate(compileInPage);
      await page.evaluate(prepareCombined, allAliases); // the combined regex, compiled; not timed either
      const r = await timed(page, cdp, runApproach, { approach, aliases: allAliases }, (approach === 'naive' || BIG.has(name) ? NAIVE_TIMEOUT_S : 120) * 1000);
      raw.baseline[name][approach].push(r);
      await page.close().catch(() => {});
      log(`baseline ${name} ${approach} #${i + 1}: ${r.timedOut ? `> ${NAIVE_TIMEOUT_S} s (stopped)` : r.error ? `error ${r.error}` : `${r.ms?.toFixed(1)} ms wall, ${r.cpu?.toFixed(1)} ms cpu, ${r.marks} marks`}`);
      if (r.timedOut) break;
    }
  }
}

// 3. Scale: matcher build time for the real and the synthetic dataset, and the report page's cost with each.
if (PAGES.includes('scale')) {
  raw.scale = { node: { real: [], synthetic: [] }, nodeData: { real: [], synthetic: [] }, page: { real: [], synthetic: [] } };
  for (let i = 0; i < Math.min(RUNS, BIG_RUNS); i++) {
    for (const kind of ['real', 'synthetic']) {
      const entities = kind === 'real' ? dataset.entities : synthetic.entities;
      if (nodeMatcher.compileMatcherData && nodeMatcher.matcherFromData) {
        // The build-time split: compile to data (build), then revive (what each page load pays).
        const t1 = performance.now();
        const data = nodeMatcher.compileMatcherData(entities);
        const t2 = performance.now();
        nodeMatcher.matcherFromData(JSON.parse(JSON.stringify(data))).find('Astana');
        const t3 = performance.now();
        raw.scale.nodeData[kind].push({ buildMs: t2 - t1, reviveMs: t3 - t2, dataBytes: JSON.stringify(data).length });
        raw.scale.node[kind].push(t3 - t1);
      } else {
        const t0 = performance.now();
        nodeMatcher.compileMatcher(entities);
        raw.scale.node[kind].push(performance.now() - t0);
      }
    }
  }
  for (let i = 0; i < Math.min(RUNS, BIG_RUNS); i++) {
    for (const kind of ['real', 'synthetic']) {
      const { page, cdp } = await plainPage('scale', { synthetic: kind === 'synthetic' });
      const { dataBytes } = await page.evaluate(prepareMatcherData, { synthetic: kind === 'synthetic' });
      const build = await timed(page, cdp, compileInPage, undefined, 120_000);
      build.compileMs ??= null;
      const highlight = await timed(page, cdp, runApproach, { approach: 'inPageSync', aliases: [] }, 120_000);
      raw.scale.page[kind].push({ compileMs: build.compileMs, compileCpu: build.cpu, dataBytes, highlightMs: highlight.ms, highlightCpu: highlight.cpu, marks: highlight.marks });
      await page.close();
      log(`scale ${kind} #${i + 1}: revive ${build.compileMs?.toFixed(1)} ms (data ${(dataBytes / 1024).toFixed(0)} KB), highlight report page ${highlight.ms?.toFixed(1)} ms, ${highlight.marks} marks`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Summary.
const S = (xs) => spread(xs);
const num = (x, d = 1) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(d));
const summary = { pages: {}, targets: [] };

for (const name of Object.keys(raw.extension)) {
  const runs = raw.extension[name];
  const pick = (k) => runs.map((r) => r[k]);
  const s = {
    extension: {
      totalCpu: S(pick('totalCpu')),
      totalWall: S(pick('totalWall')),
      evaluateCpu: S(pick('evaluateCpu')),
      highlightCpu: S(pick('highlightCpu')),
      longestTaskWall: S(pick('longestTaskWall')),
      longestHighlightTaskWall: S(pick('longestHighlightTaskWall')),
      longestTaskCpu: S(pick('longestTaskCpu')),
      extTbtTrace: S(pick('extTbtTrace')),
      firstViewportHighlightMs: S(pick('firstViewportHighlightMs')),
      firstHighlightMs: S(pick('firstHighlightMs')),
      lastHighlightMs: S(pick('lastHighlightMs')),
      lastExtTaskEndMs: S(pick('lastExtTaskEndMs')),
      longtaskMax: S(pick('longtaskMax')),
      longtaskTbt: S(pick('longtaskTbt')),
      longtaskExtMax: S(pick('longtaskExtMax')),
      longtaskExtTbt: S(pick('longtaskExtTbt')),
      highlights: median(pick('highlights')),
      unfinishedRuns: runs.filter((r) => r.settleMs == null).length,
      viewportHighlights: median(pick('viewportHighlights')),
      tasks: median(pick('tasks')),
      textNodes: median(pick('textNodes')),
      heapUsed: median(pick('heapUsed')),
      heapAdded: raw.heapPlain[name] != null ? median(pick('heapUsed')) - raw.heapPlain[name] : null,
      lazyScriptCpu: S(pick('lazyScriptCpu')),
      scripts: [...new Set(runs.flatMap((r) => r.scripts ?? []))].sort(),
      crashedRuns: runs.filter((r) => r.crashed).length,
    },
    approaches: {},
  };
  if (runs[0]?.feed) {
    s.feed = {
      medianBatchCpu: S(runs.map((r) => r.feed.medianBatchCpu)),
      medianBatchWall: S(runs.map((r) => r.feed.medianBatchWall)),
      maxBatchWall: S(runs.map((r) => r.feed.maxBatchWall)),
      longestTaskWall: S(runs.map((r) => r.feed.longestTaskWall)),
      fullRescansTrace: Math.max(...runs.map((r) => r.feed.fullRescansTrace)),
      tasksPerBatch: median(runs.map((r) => r.feed.tasksPerBatch)),
      highlightsAdded: median(runs.map((r) => r.feed.highlightsAdded)),
      coverage: raw.coverage,
    };
  }
  summary.pages[name] = s;
}
for (const name of Object.keys(raw.baseline)) {
  const s = (summary.pages[name] ??= { extension: null, approaches: {} });
  const extCpu = s.extension?.totalCpu?.median ?? null;
  const extHighlightCpu = s.extension?.highlightCpu?.median ?? null;
  for (const approach of APPROACHES) {
    const runs = raw.baseline[name][approach] ?? [];
    const ok = runs.filter((r) => !r.timedOut && !r.error);
    const timedOut = runs.some((r) => r.timedOut);
    const cpu = S(ok.map((r) => r.cpu));
    const wall = S(ok.map((r) => r.ms));
    const cpuMed = timedOut ? NAIVE_TIMEOUT_S * 1000 : cpu?.median;
    s.approaches[approach] = {
      cpu,
      wall,
      timedOut,
      marks: median(ok.map((r) => r.marks)),
      ratio: extCpu && cpuMed ? cpuMed / extCpu : null, // > 1: the extension is faster
      ratioVsHighlightOnly: extHighlightCpu && cpuMed ? cpuMed / extHighlightCpu : null,
      lowerBound: timedOut,
    };
  }
}
if (raw.scale?.page) {
  const sc = raw.scale;
  const cost = (k) => sc.page[k].map((r) => r.compileCpu + r.highlightCpu);
  summary.scale = {
    buildSite,
    nodeCompileMs: { real: S(sc.node.real), synthetic: S(sc.node.synthetic) },
    nodeBuildTime: sc.nodeData.real.length
      ? {
          real: { buildMs: S(sc.nodeData.real.map((r) => r.buildMs)), reviveAndFirstExecMs: S(sc.nodeData.real.map((r) => r.reviveMs)), dataBytes: sc.nodeData.real[0].dataBytes },
          synthetic: { buildMs: S(sc.nodeData.synthetic.map((r) => r.buildMs)), reviveAndFirstExecMs: S(sc.nodeData.synthetic.map((r) => r.reviveMs)), dataBytes: sc.nodeData.synthetic[0].dataBytes },
        }
      : null,
    pageCompileMs: { real: S(sc.page.real.map((r) => r.compileMs)), synthetic: S(sc.page.synthetic.map((r) => r.compileMs)) },
    dataBytes: { real: sc.page.real[0]?.dataBytes, synthetic: sc.page.synthetic[0]?.dataBytes },
    reportCostCpu: { real: S(cost('real')), synthetic: S(cost('synthetic')) },
    costRatio: median(cost('synthetic')) / median(cost('real')),
    entities: synthetic.entities.length,
    aliases: synthetic.aliasCount,
  };
}
summary.bundle = bundle;
summary.regexFirstExec = raw.regexFirstExec ?? null;

// Real pages and adversarial pages.
summary.realweb = realweb ? (realweb.skipped ? { skipped: realweb.skipped, dir: realweb.dir } : { dir: realweb.dir, runs: REALWEB_RUNS, ...summarizeRealweb(realweb.pages, raw.realweb) }) : null;
if (ADV_PAGES.length) {
  summary.adversarial = {};
  for (const name of ADV_PAGES) {
    const runs = raw.adversarial[name] ?? [];
    const ok = runs.filter((r) => !r.error);
    summary.adversarial[name] = {
      what: ADVERSARIAL_PAGES[name].what,
      completion: ADVERSARIAL_PAGES[name].completion,
      expected: adversarialExpected[name],
      runs: runs.length,
      errors: runs.filter((r) => r.error).map((r) => r.error),
      highlights: median(ok.map((r) => r.highlightsInDom)),
      highlightsSeen: median(ok.map((r) => r.highlightsSeen)),
      longestTaskWall: ok.length ? Math.max(...ok.map((r) => r.longestTaskWall ?? 0)) : null,
      longestTaskTraceWall: ok.length ? Math.max(...ok.map((r) => r.longestTaskTraceWall ?? 0)) : null,
      // The longest stall still running at the end (crash or timeout), and whose code it was.
      unfinishedTaskMs: ok.length ? Math.max(...ok.map((r) => r.stall?.unfinishedTaskMs ?? 0)) : null,
      unfinishedTaskExtension: ok.find((r) => r.stall?.unfinishedTaskMs)?.stall.extension ?? null,
      unfinishedTaskStack: ok.find((r) => r.stall?.unfinishedTaskMs)?.stall.stack ?? null,
      tasksOver50: ok.length ? Math.max(...ok.map((r) => r.tasksOver50 ?? 0)) : null,
      totalCpu: median(ok.map((r) => r.totalCpu)),
      idleAfterMs: median(ok.map((r) => r.settleMs)),
      lastHighlightMs: median(ok.map((r) => r.lastHighlightMs)),
      completed: runs.length > 0 && runs.every((r) => r.completed),
      crashed: runs.some((r) => r.crashed),
    };
  }
}

// Targets: exactly the list of the bench issue. A target is made of parts; it passes when every
// part passes, fails when a measured part fails, and is n/a when a part was not measured in this
// run (its pages were not in BENCH_PAGES, or the real-pages folder is missing).
const P = summary.pages;
const part = (name, value, pass, measured = true) => ({ name, value, pass: measured ? Boolean(pass) : null });
function target(id, name, goal, parts, note = null) {
  const pass = parts.some((p) => p.pass === false) ? false : parts.length && parts.every((p) => p.pass === true) ? true : null;
  summary.targets.push({ id, name, goal, pass, parts, note });
}
const notRun = (what) => `not run (BENCH_PAGES has no ${what})`;
{
  const rw = summary.realweb;
  const why = !rw ? notRun('realweb') : rw.skipped ? `skipped: ${rw.skipped}` : null;
  const g = rw?.withoutNames;
  const has = !why && g?.pages > 0;
  target('realweb-no-names', 'real pages without a dataset name: median ≤ 3× floor and ≤ 5 ms, p90 ≤ 10 ms', 'median cpu ≤ 3× floor and ≤ 5 ms; p90 ≤ 10 ms', [
    part('median cpu ÷ floor ≤ 3×', has ? `${num(g.ratio?.median, 1)}×` : '—', g?.ratio?.median <= 3, has),
    part('median cpu ≤ 5 ms', has ? `${num(g.cpu?.median)} ms` : '—', g?.cpu?.median <= 5, has),
    part('90th percentile cpu ≤ 10 ms', has ? `${num(g.cpu?.p90)} ms` : '—', g?.cpu?.p90 <= 10, has),
  ], why ?? (has ? `${g.pages} pages without a name (of ${rw.perPage.length})` : 'no page without a name was measured'));
  const lt = rw?.longestTask;
  target('realweb-tasks', 'real pages: no extension task > 50 ms on any page', '≤ 50 ms', [
    part('longest extension task (wall)', lt ? `${num(lt.wall)} ms on ${lt.page} (that page's longest by cpu: ${num(lt.cpu)} ms)` : '—', lt?.wall <= 50, !why && !!lt),
  ], why ?? `${rw.perPage.length} pages`);
}
{
  const e = P.report?.extension;
  target('report', 'report page: total ≤ 15 ms CPU', '≤ 15 ms', [
    part('extension cpu (script evaluation included)', e ? `${num(e.totalCpu?.median)} ms (wall ${num(e.totalWall?.median)})` : '—', e?.totalCpu?.median <= 15, !!e),
  ], e ? null : notRun('report'));
}
{
  const e = P.stress?.extension;
  const mr = P.stress?.approaches?.markRegExp;
  target('stress', 'stress page: first visible ≤ 100 ms, cpu ≤ markRegExp, no task > 50 ms', 'all three', [
    part('first visible highlights ≤ 100 ms after script start', e ? `${num(e.firstViewportHighlightMs?.median, 0)} ms` : '—', e?.firstViewportHighlightMs?.median <= 100, !!e),
    // A run stopped while still highlighting has a lower bound for its cpu: it can fail the
    // comparison, never pass it.
    part('cpu ≤ markRegExp in one call', e && mr ? `${num(e.totalCpu?.median)} vs ${num(mr.cpu?.median)} ms (${num(mr.ratio, 2)}×)${e.unfinishedRuns ? ', extension cpu a lower bound' : ''}` : '—',
      mr?.ratio >= 1, !!(e && mr?.cpu) && !(e.unfinishedRuns && mr?.ratio >= 1)),
    part('no extension task > 50 ms', e ? `${num(e.longestTaskWall?.median)} ms` : '—', e?.longestTaskWall?.median <= 50, !!e),
  ], e ? (e.unfinishedRuns ? `still highlighting when stopped in ${e.unfinishedRuns} run(s): lower bounds` : null) : notRun('stress'));
}
{
  const A = summary.adversarial;
  const list = A ? Object.entries(A) : [];
  const has = list.length > 0;
  const measuredTasks = list.filter(([, a]) => a.longestTaskWall != null);
  const worst = measuredTasks.length ? measuredTasks.reduce((a, b) => (b[1].longestTaskWall > a[1].longestTaskWall ? b : a)) : null;
  const unmeasured = list.filter(([, a]) => a.longestTaskWall == null).map(([n]) => n);
  target('adversarial', 'adversarial pages: no task > 50 ms, work completes, tab never crashes', 'all three on every page', [
    part('no extension task > 50 ms', `${worst ? `${num(worst[1].longestTaskWall)} ms on ${worst[0]}` : '—'}${unmeasured.length ? ` (not measured: ${unmeasured.join(', ')})` : ''}`,
      measuredTasks.every(([, a]) => a.longestTaskWall <= 50) && !unmeasured.length, measuredTasks.some(([, a]) => a.longestTaskWall > 50) || (has && !unmeasured.length)),
    part('work completes', has ? list.map(([n, a]) => `${n} ${a.completed ? 'yes' : 'NO'}`).join(', ') : '—', list.every(([, a]) => a.completed), has),
    part('the tab never crashes', has ? (list.some(([, a]) => a.crashed) ? `crashed: ${list.filter(([, a]) => a.crashed).map(([n]) => n).join(', ')}` : 'no crash') : '—', !list.some(([, a]) => a.crashed), has),
  ], has ? (list.length < ADVERSARIAL.length ? `${list.length} of ${ADVERSARIAL.length} pages run` : null) : notRun('adversarial'));
}
{
  const f = P.live?.feed;
  const covScans = raw.coverage?.fullScans?.count;
  const rescans = f ? Math.max(f.fullRescansTrace, covScans != null ? covScans - 1 : 0) : null;
  target('live', 'live feed: ≤ 2 ms per batch and 0 rescans', '≤ 2 ms, 0', [
    part('median work per batch ≤ 2 ms', f ? `${num(f.medianBatchCpu?.median, 2)} ms cpu (wall ${num(f.medianBatchWall?.median, 2)})` : '—', f?.medianBatchCpu?.median <= 2, !!f),
    part('full-page rescans after the first pass', f ? `${rescans} (trace ${f.fullRescansTrace}, Highlighter.start calls ${covScans ?? '—'})` : '—', rescans === 0, !!f),
  ], f ? null : notRun('live'));
}
{
  const sc = summary.scale;
  target('scale', '10k-entity dataset: report page cost ≤ 2×', '≤ 2×', [
    part('report page cost, 10k entities ÷ real dataset', sc ? `${num(sc.costRatio, 2)}× (${num(sc.reportCostCpu.real.median)} → ${num(sc.reportCostCpu.synthetic.median)} ms cpu)` : '—', sc?.costRatio <= 2, !!sc),
  ], sc ? null : notRun('scale'));
}
// Informational, not a target: where the matcher is built, and the content script's size.
summary.matcherBuiltAtBuildTime = builtAtBuildTime;

// ---------------------------------------------------------------------------------------------
// Output: table, JSON, chart.
const fmt = (s, d = 1) => (s ? `${num(s.median, d)} [${num(s.min, d)}–${num(s.max, d)}]` : '—');
const pad = (s, n) => String(s).padEnd(n);
const lines = [];
lines.push(`\nAstana Facts bench — ${new Date().toISOString()} — Chromium ${chromiumVersion} — ${cpus().length} CPUs — ${RUNS} runs, median [min–max]`);
lines.push('CPU = main-thread CPU time (ms); ratio = approach CPU / extension CPU (> 1: the extension is faster)\n');
lines.push(`${pad('page', 10)}${pad('approach', 22)}${pad('cpu ms', 26)}${pad('wall ms', 26)}${pad('marks', 8)}ratio`);
for (const [name, s] of Object.entries(P)) {
  if (s.extension) {
    const e = s.extension;
    const runs = raw.extension[name];
    lines.push(`${pad(name, 10)}${pad('extension (total)', 22)}${pad(fmt(e.totalCpu), 26)}${pad(fmt(e.totalWall), 26)}${pad(e.highlights, 8)}1${e.unfinishedRuns ? `   ← still highlighting when stopped after ${BIG_SETTLE_MAX_MS / 1000} s in ${e.unfinishedRuns}/${runs.length} runs: figures are lower bounds` : ''}`);
    lines.push(`${pad('', 10)}${pad('  script evaluation', 22)}${pad(fmt(e.evaluateCpu), 26)}`);
    lines.push(`${pad('', 10)}${pad('  highlighting', 22)}${pad(fmt(e.highlightCpu), 26)}${pad('', 26)}${pad('', 8)}tasks ${e.tasks}`);
  }
  for (const [approach, a] of Object.entries(s.approaches)) {
    const cpu = a.timedOut ? `> ${NAIVE_TIMEOUT_S * 1000} (stopped)` : fmt(a.cpu);
    lines.push(`${pad(s.extension ? '' : name, 10)}${pad(approach, 22)}${pad(cpu, 26)}${pad(a.timedOut ? '—' : fmt(a.wall), 26)}${pad(a.marks ?? '—', 8)}${a.lowerBound ? '> ' : ''}${num(a.ratio, 2)}`);
  }
  if (s.extension) {
    const e = s.extension;
    lines.push(`${pad('', 10)}first highlight in view +${fmt(e.firstViewportHighlightMs, 0)} ms, last +${fmt(e.lastHighlightMs, 0)} ms after script start; ` +
      `longest ext task ${fmt(e.longestTaskWall)} ms (highlighting only ${fmt(e.longestHighlightTaskWall)}); ext TBT ${fmt(e.extTbtTrace)} ms; ` +
      `longtask observer: max ${fmt(e.longtaskMax)} ms, TBT ${fmt(e.longtaskTbt)} (ext-overlapping max ${fmt(e.longtaskExtMax)}, TBT ${fmt(e.longtaskExtTbt)}); ` +
      `heap +${e.heapAdded == null ? '—' : (e.heapAdded / 1024 / 1024).toFixed(2)} MB; ${e.textNodes} text nodes` +
      (e.scripts?.length > 1 ? `; extension scripts run: ${e.scripts.join(', ')} (lazily loaded ones: ${fmt(e.lazyScriptCpu)} ms cpu)` : ''));
  }
  if (s.feed) {
    const f = s.feed;
    lines.push(`${pad('', 10)}feed: per batch cpu ${fmt(f.medianBatchCpu, 2)} ms, wall ${fmt(f.medianBatchWall, 2)} ms, worst batch wall ${fmt(f.maxBatchWall)} ms; ` +
      `ext tasks per batch ${f.tasksPerBatch}; suspected full rescans (trace) ${f.fullRescansTrace}; collectRuns calls (coverage) ${f.coverage?.collectRuns?.count ?? '—'}; Highlighter.start calls (coverage) ${f.coverage?.fullScans?.count ?? '—'}; highlights added ${f.highlightsAdded}`);
  }
  lines.push('');
}
if (summary.scale) {
  const sc = summary.scale;
  lines.push(`scale: ${sc.entities} entities / ${sc.aliases} aliases; matcher built in ${sc.buildSite}`);
  lines.push(`  build in Node: real ${fmt(sc.nodeCompileMs.real)} ms, synthetic ${fmt(sc.nodeCompileMs.synthetic)} ms; revived in the page: real ${fmt(sc.pageCompileMs.real)} ms, synthetic ${fmt(sc.pageCompileMs.synthetic)} ms; data ${(sc.dataBytes.real / 1024).toFixed(0)} KB → ${(sc.dataBytes.synthetic / 1024 / 1024).toFixed(1)} MB`);
  if (sc.nodeBuildTime) lines.push(`  build-time split in Node: compileMatcherData real ${fmt(sc.nodeBuildTime.real.buildMs)} ms, synthetic ${fmt(sc.nodeBuildTime.synthetic.buildMs)} ms; matcherFromData + first exec (per page load) real ${fmt(sc.nodeBuildTime.real.reviveAndFirstExecMs)} ms, synthetic ${fmt(sc.nodeBuildTime.synthetic.reviveAndFirstExecMs)} ms; data ${(sc.nodeBuildTime.real.dataBytes / 1024).toFixed(0)} KB → ${(sc.nodeBuildTime.synthetic.dataBytes / 1024 / 1024).toFixed(1)} MB`);
  lines.push(`  report page (build + highlight, cpu): real ${fmt(sc.reportCostCpu.real)} ms, synthetic ${fmt(sc.reportCostCpu.synthetic)} ms → ${num(sc.costRatio, 1)}×\n`);
}
if (summary.realweb) lines.push(...realwebLines(summary.realweb, { dir: summary.realweb.dir, runs: REALWEB_RUNS, skipped: summary.realweb.skipped }));
if (summary.adversarial) {
  lines.push(`adversarial: ${ADV_RUNS} run(s) each; completed = the highlight count stopped changing at the expected count, or (no names to find) the extension went idle, within ${ADV_SETTLE_MAX_MS / 1000} s; cpu = finished extension tasks in the trace`);
  lines.push(`  ${pad('page', 16)}${pad('longest task ms', 17)}${pad('tasks > 50 ms', 15)}${pad('cpu ms', 10)}${pad('highlights', 18)}${pad('idle after', 12)}${pad('completed', 11)}crashed`);
  for (const [name, a] of Object.entries(summary.adversarial)) {
    const hl = `${a.highlights ?? (a.highlightsSeen != null ? `≥ ${a.highlightsSeen}` : '—')}${a.expected != null ? ` / ${a.expected}` : ''}`;
    lines.push(`  ${pad(name, 16)}${pad(num(a.longestTaskWall), 17)}${pad(a.tasksOver50 ?? '—', 15)}${pad(num(a.totalCpu), 10)}${pad(hl, 18)}${pad(a.idleAfterMs == null ? '—' : `${num(a.idleAfterMs / 1000)} s`, 12)}${pad(a.completed ? 'yes' : 'NO', 11)}${a.crashed ? 'YES' : 'no'}${a.errors.length ? `   error: ${a.errors[0]}` : ''}`);
    lines.push(`  ${pad('', 16)}${a.what}`);
    if (a.unfinishedTaskMs) {
      lines.push(`  ${pad('', 16)}one task still running at the end for ≥ ${num(a.unfinishedTaskMs / 1000)} s, ${a.unfinishedTaskExtension ? 'in extension code' : a.unfinishedTaskExtension === false ? 'not in extension code' : 'code unknown'}${a.unfinishedTaskStack ? `: ${a.unfinishedTaskStack}` : ''}` +
        (a.unfinishedTaskExtension ? ` (counted as its longest task; ${num(a.longestTaskTraceWall)} ms from the trace)` : ''));
    }
  }
  lines.push('');
}
lines.push(`bundle: content.js ${bundle.bytes} B (${num(bundle.bytes / 1024)} KB) minified, ${bundle.gzipBytes} B gzip, ${bundle.brotliBytes} B brotli\n`);
const verdict = (pass) => (pass === true ? 'PASS' : pass === false ? 'FAIL' : 'n/a');
lines.push(`${pad('target', 78)}${pad('result', 8)}value`);
for (const t of summary.targets) {
  lines.push(`${pad(t.name, 78)}${pad(verdict(t.pass), 8)}${t.note ?? ''}`);
  for (const q of t.parts) lines.push(`${pad(`    ${q.name}`, 78)}${pad(verdict(q.pass), 8)}${q.value}`);
}
const table = lines.join('\n');
console.log(table);

mkdirSync(RESULTS, { recursive: true });
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  chromium: chromiumVersion,
  chromiumPath: executablePath,
  node: process.version,
  date: new Date().toISOString(),
  loadAverage: (await import('node:os')).loadavg(),
  runs: RUNS,
  pages: PAGES,
  naiveTimeoutS: NAIVE_TIMEOUT_S,
  realwebDir: realweb?.dir ?? null,
  realwebRuns: REALWEB_RUNS,
  adversarialRuns: ADV_RUNS,
  adversarialSettleS: ADV_SETTLE_MAX_MS / 1000,
};
// Trace events are not kept (tens of MB); every per-run figure derived from them is.
writeFileSync(`${RESULTS}/latest.json`, `${JSON.stringify({ machine, summary, raw, table }, null, 1)}\n`);

const chartRows = [];
for (const [name, s] of Object.entries(P)) {
  for (const [approach, a] of Object.entries(s.approaches)) chartRows.push({ page: name, approach, ratio: a.ratio, lowerBound: a.lowerBound });
}
if (chartRows.length) {
  const page = await plainContext.newPage();
  await page.setContent(ratiosChartHtml(chartRows, {
    title: 'Approach CPU time ÷ extension CPU time (log scale; > 1× = extension faster)',
    subtitle: `Chromium ${chromiumVersion}, ${cpus().length} CPUs, median of ${RUNS} runs, ${machine.date}`,
  }));
  await page.locator('#chart').screenshot({ path: `${RESULTS}/ratios.png` });
  await page.close();
}
await plain.close();
await server.close();
await realwebServer?.close();
log(`wrote ${RESULTS}/latest.json${chartRows.length ? ` and ${RESULTS}/ratios.png` : ''}`);
