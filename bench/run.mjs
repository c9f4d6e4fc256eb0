#!/usr/bin/env node
// `npm run bench`: the extension against naive and hand-written highlighting, in Debian Chromium.
// BENCH_RUNS=N (default 3), BENCH_PAGES=report,longread,stress,nomatch,live,scale (default all),
// NAIVE_TIMEOUT_S (default 45). See bench/README.md for what each figure means.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { CHROME_INSTALL_HINT, QUIET_CHROMIUM_FLAGS, findChromium, launchChromiumWithExtension } from '../scripts/lib/browsers.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { buildPages, mentionAliases } from './generate.mjs';
import { TASK_EVENTS, analyzeTrace, median, spread } from './lib/analyze.mjs';
import { browserBundle, importNodeMatcher } from './lib/bundle.mjs';
import { ratiosChartHtml } from './lib/chart.mjs';
import { INSTRUMENT_SCRIPT, collectPageRecord, compileInPage, prepareCombined, prepareMatcherData, runApproach } from './lib/page-side.mjs';
import { syntheticDataset } from './lib/synthetic.mjs';
import { startTrace } from './lib/trace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXT_DIR = `${ROOT}.output/chrome-mv3`;
const CONTENT_JS = `${EXT_DIR}/content-scripts/content.js`;
// Where the results go; the structural test in npm test writes to a temporary folder.
const RESULTS = process.env.BENCH_RESULTS_DIR ?? `${ROOT}bench/results`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const ALL_PAGES = ['report', 'longread', 'stress', 'nomatch', 'live', 'scale'];
const PAGES = (process.env.BENCH_PAGES ?? ALL_PAGES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const NAIVE_TIMEOUT_S = Number(process.env.NAIVE_TIMEOUT_S) || 30;
const BIG = new Set(['stress', 'nomatch']);
// The extension's runs on the big pages stop after this long even if it is still highlighting
// (reported as unfinished), and every measurement on them runs at most BENCH_BIG_RUNS (2) times, to
// keep the whole bench under ~8 minutes on 2 cores. Naive mark.js runs once there.
const BIG_SETTLE_MAX_MS = Number(process.env.BENCH_BIG_SETTLE_S || 20) * 1000;
const BIG_RUNS = Math.min(RUNS, Number(process.env.BENCH_BIG_RUNS) || 2);
const APPROACHES = ['naive', 'markRegExp', 'splitWrap', 'floor', 'inPageSync'];
const started = Date.now();
const debug = (...a) => process.env.BENCH_DEBUG && log('  ·', ...a);
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

for (const p of PAGES) if (!ALL_PAGES.includes(p)) throw new Error(`unknown page "${p}" in BENCH_PAGES (known: ${ALL_PAGES.join(', ')})`);
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

// Where the matcher is built, read from the content script entry.
const entrySource = readFileSync(`${ROOT}entrypoints/content/index.ts`, 'utf8');
const backgroundSource = readFileSync(`${ROOT}entrypoints/background.ts`, 'utf8');
const controllerSource = readFileSync(`${ROOT}src/content/page-controller.ts`, 'utf8');
const mainBody = entrySource.slice(entrySource.indexOf('main('));
const builtAtBuildTime =
  /from ['"]virtual:astana-matcher['"]/.test(backgroundSource) && !/compileMatcher\(/.test(entrySource + controllerSource);
const buildSite = builtAtBuildTime
  ? 'build time (vite virtual module virtual:astana-matcher, wxt.config.ts), sent by the background; the content script only revives it with matcherFromData() on each page load'
  : /compileMatcher\(/.test(mainBody)
    ? 'content script main() (entrypoints/content/index.ts): once per page load and frame'
    : /compileMatcher\(/.test(entrySource)
      ? 'content script module scope: once per page load and frame'
      : 'unknown (see entrypoints/content/index.ts)';

// ---------------------------------------------------------------------------------------------
// Browser helpers.
const raw = { extension: {}, baseline: {}, heapPlain: {}, scale: {}, coverage: null };

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits until the page's main thread has been (nearly) idle for `quietMs` and no highlight was added. */
async function waitQuiet(page, cdp, { minMs = 1200, quietMs = 1000, maxMs = 90_000 } = {}) {
  const t0 = Date.now();
  let last = await metrics(cdp);
  let lastMarks = -1;
  let quietSince = Date.now();
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await metrics(cdp);
    const marks = await page.evaluate(() => window.__bench?.marks.length ?? 0);
    const busy = (now.TaskDuration - last.TaskDuration) * 1000; // ms of main-thread tasks in the last 250 ms
    last = now;
    if (busy > 12 || marks !== lastMarks) quietSince = Date.now();
    lastMarks = marks;
    if (Date.now() - t0 >= minMs && Date.now() - quietSince >= quietMs) return Date.now() - t0;
  }
  return null;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

// ---------------------------------------------------------------------------------------------
// 1. With the extension: traced page loads.
let chromiumVersion = '';
const extPages = PAGES.filter((p) => p !== 'scale');
if (PAGES.includes('scale') && !extPages.includes('report')) extPages.unshift('report'); // scale compares against it
if (extPages.length) {
  const ext = await launchChromiumWithExtension({ extensionDir: EXT_DIR });
  chromiumVersion = ext.context.browser()?.version() ?? '';
  const extOrigin = `chrome-extension://${ext.extensionId}/`;
  // Places are off by default; switch every category on so the extension highlights what the
  // comparison approaches highlight (same storage key and shape as src/settings/storage.ts).
  await ext.worker.evaluate(() =>
    chrome.storage.local.set({ categories: { person: true, group: true, organization: true, place: true, event: true } }),
  );
  log(`Chromium ${chromiumVersion || '(version unknown)'} with the extension ${ext.extensionId}`);

  async function extensionRun(name, { coverage = false } = {}) {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript({ content: INSTRUMENT_SCRIPT });
    let stop = null;
    if (coverage) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    } else {
      stop = await startTrace(cdp);
    }
    await page.goto(pageUrl(name), { waitUntil: 'load', timeout: 60_000 });
    debug(name, 'loaded');
    const settleMs = await waitQuiet(page, cdp, { minMs: BIG.has(name) ? 2000 : 1200, maxMs: BIG.has(name) ? BIG_SETTLE_MAX_MS : 30_000 });
    debug(name, 'settled', settleMs);
    let feedSettleMs = null;
    if (name === 'live') {
      await page.evaluate(() => window.__startFeed());
      feedSettleMs = await waitQuiet(page, cdp, { minMs: 500 });
    }
    const record = await page.evaluate(collectPageRecord);
    debug(name, 'record', record.marks.length);
    let result;
    if (coverage) {
      const { result: scripts } = await cdp.send('Profiler.takePreciseCoverage');
      result = coverageCounts(scripts);
    } else {
      const events = await stop();
      debug(name, 'trace', events.length);
      result = analyzeTrace(events, { extOrigin, page: record });
      result.traceEvents = events.length;
    }
    result.settleMs = settleMs;
    result.feedSettleMs = feedSettleMs;
    result.textNodes = record.textNodes;
    result.elements = record.nodes;
    result.heapUsed = coverage ? null : await heapUsed(cdp);
    await page.close();
    return result;
  }

  /** Precise call counts of the content script functions that do a full scan or build the matcher. */
  function coverageCounts(scripts) {
    const script = scripts.find((s) => s.url.startsWith(`${extOrigin}content-scripts/content.js`));
    if (!script) return { error: 'content script not in the coverage' };
    const source = contentJs.toString('utf8');
    const innermost = (needle) => {
      const at = source.indexOf(needle);
      if (at < 0) return null;
      let best = null;
      for (const fn of script.functions) {
        for (const r of fn.ranges) {
          if (r.startOffset <= at && at < r.endOffset && (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset)) {
            best = { ...r, functionName: fn.functionName };
          }
        }
      }
      return best && { count: best.count, functionName: best.functionName, needle };
    };
    return {
      sourceMatches: script.functions[0]?.ranges[0]?.endOffset === source.length,
      fullScans: innermost('this.fullScans++'), // Highlighter.start(): counts exactly what `fullScans` counts
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
      log(`extension ${name} #${i + 1}: cpu ${r.totalCpu.toFixed(1)} ms (eval ${r.evaluateCpu?.toFixed(1)}), wall ${r.totalWall.toFixed(1)} ms, ` +
        `longest task ${r.longestTaskWall.toFixed(1)} ms, ${r.highlights} highlights, first in view +${r.firstViewportHighlightMs?.toFixed(0)} ms, last +${r.lastHighlightMs?.toFixed(0)} ms` +
        (r.feed ? `, feed: median ${r.feed.medianBatchCpu?.toFixed(2)} ms/batch cpu, rescans ${r.feed.fullRescansTrace}` : ''));
    }
  }
  if (extPages.includes('live')) {
    raw.coverage = await extensionRun('live', { coverage: true }).catch((e) => ({ error: e.message }));
    log(`coverage (live page): ${JSON.stringify({ fullScans: raw.coverage.fullScans?.count, collectRuns: raw.coverage.collectRuns?.count })}`);
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

for (const name of PAGES.filter((p) => p !== 'scale')) {
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

// Targets.
const target = (name, pass, value, goal) => summary.targets.push({ name, pass, value, goal });
const P = summary.pages;
{
  const longest = Object.entries(P).filter(([, s]) => s.extension).map(([n, s]) => [n, Math.max(s.extension.longestTaskWall.median, s.feed?.longestTaskWall?.median ?? 0)]);
  if (longest.length) {
    const worst = longest.reduce((a, b) => (b[1] > a[1] ? b : a));
    target('no extension task > 50 ms (any page)', worst[1] <= 50, `${num(worst[1])} ms on ${worst[0]}`, '≤ 50 ms');
    const worstHl = Object.entries(P).filter(([, s]) => s.extension).map(([n, s]) => [n, s.extension.longestHighlightTaskWall.median]).reduce((a, b) => (b[1] > a[1] ? b : a));
    target('  (highlighting tasks only, script evaluation aside)', worstHl[1] <= 50, `${num(worstHl[1])} ms on ${worstHl[0]}`, '≤ 50 ms');
  }
}
if (P.stress?.extension) target('stress: first viewport highlights ≤ 100 ms after script start', P.stress.extension.firstViewportHighlightMs?.median <= 100, `${num(P.stress.extension.firstViewportHighlightMs?.median, 0)} ms`, '≤ 100 ms');
for (const [name, s] of Object.entries(P)) {
  if (!s.extension || !s.approaches.markRegExp) continue;
  const mr = s.approaches.markRegExp;
  target(`${name}: extension cpu ≤ markRegExp in one call`, mr.ratio != null && mr.ratio >= 1, `${num(s.extension.totalCpu.median)} vs ${num(mr.cpu?.median)} ms (${num(mr.ratio, 2)}×)`, 'ratio ≥ 1');
  const nv = s.approaches.naive;
  target(`${name}: ≥ 100× faster than naive mark(aliases)`, nv.ratio != null && nv.ratio >= 100, `${nv.lowerBound ? '> ' : ''}${num(nv.ratio, 1)}×`, '≥ 100×');
}
if (P.nomatch?.extension && P.nomatch.approaches.floor) {
  const r = P.nomatch.extension.totalCpu.median / P.nomatch.approaches.floor.cpu.median;
  target('no-match page within 3× of the floor', r <= 3, `${num(r, 1)}× (${num(P.nomatch.extension.totalCpu.median)} vs ${num(P.nomatch.approaches.floor.cpu.median)} ms)`, '≤ 3×');
}
if (P.report?.extension) target('report page: total extension time ≤ 10 ms', P.report.extension.totalCpu.median <= 10, `${num(P.report.extension.totalCpu.median)} ms cpu (${num(P.report.extension.totalWall.median)} wall)`, '≤ 10 ms');
if (P.live?.feed) {
  target('live feed: median work per batch ≤ 2 ms', P.live.feed.medianBatchCpu.median <= 2, `${num(P.live.feed.medianBatchCpu.median, 2)} ms cpu (${num(P.live.feed.medianBatchWall.median, 2)} wall)`, '≤ 2 ms');
  const covScans = raw.coverage?.fullScans?.count;
  const rescans = Math.max(P.live.feed.fullRescansTrace, covScans != null ? covScans - 1 : 0);
  target('live feed: zero full-page rescans after the first pass', rescans === 0, `trace: ${P.live.feed.fullRescansTrace}, Highlighter.start calls (coverage): ${covScans ?? '—'}`, '0');
}
if (summary.scale) {
  target('scale: matcher built at most once per dataset version', builtAtBuildTime, builtAtBuildTime ? 'at build time' : buildSite, 'once per version');
  target('scale: report page cost ≤ 2× with the 10k-entity dataset', summary.scale.costRatio <= 2, `${num(summary.scale.costRatio, 1)}× (${num(summary.scale.reportCostCpu.real.median)} → ${num(summary.scale.reportCostCpu.synthetic.median)} ms cpu)`, '≤ 2×');
}
target('content-script bundle ≤ 80 KB minified', bundle.bytes <= 80 * 1024, `${num(bundle.bytes / 1024)} KB (gzip ${num(bundle.gzipBytes / 1024)} KB)`, '≤ 80 KB');

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
      `heap +${e.heapAdded == null ? '—' : (e.heapAdded / 1024 / 1024).toFixed(2)} MB; ${e.textNodes} text nodes`);
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
lines.push(`bundle: content.js ${bundle.bytes} B (${num(bundle.bytes / 1024)} KB) minified, ${bundle.gzipBytes} B gzip, ${bundle.brotliBytes} B brotli\n`);
lines.push(`${pad('target', 62)}${pad('result', 8)}value`);
for (const t of summary.targets) lines.push(`${pad(t.name, 62)}${pad(t.pass ? 'PASS' : 'FAIL', 8)}${t.value}  (goal ${t.goal})`);
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
log(`wrote ${RESULTS}/latest.json${chartRows.length ? ` and ${RESULTS}/ratios.png` : ''}`);
