// The real-pages suite: saved pages from real sites (../shared/realweb-sample/, or REALWEB_DIR),
// each served locally with every other request aborted, with the extension's cost next to the
// floor of any scan on the same page. Running the pages is in run.mjs (it owns the browser);
// finding them, summarising and printing are here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, quantile } from './analyze.mjs';
import { ROOT } from './sources.mjs';

/** The folder of saved pages: REALWEB_DIR, or ../shared/realweb-sample/ next to the repository. */
export function realwebDir() {
  return resolve(process.env.REALWEB_DIR || join(ROOT, '..', 'shared', 'realweb-sample'));
}

/**
 * The saved pages (*.html, *.htm, sorted), or why there are none. BENCH_REALWEB_ONLY=a,b keeps the
 * pages whose file name (without extension) is listed.
 * @returns {{ dir: string, pages: { name: string, file: string, bytes: number }[], skipped: string | null }}
 */
export function listRealwebPages(dir = realwebDir()) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { dir, pages: [], skipped: `real-pages folder ${dir} not found (set REALWEB_DIR to a folder of saved .html pages)` };
  }
  const only = (process.env.BENCH_REALWEB_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const pages = readdirSync(dir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((file) => ({ name: file.replace(/\.html?$/i, ''), file, bytes: statSync(join(dir, file)).size }))
    .filter((p) => !only.length || only.includes(p.name));
  if (!pages.length) return { dir, pages, skipped: `no .html pages in ${dir}${only.length ? ` matching BENCH_REALWEB_ONLY=${only.join(',')}` : ''}` };
  return { dir, pages, skipped: null };
}

const stat = (xs) => {
  const ok = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return ok.length ? { n: ok.length, median: quantile(ok, 0.5), p90: quantile(ok, 0.9), max: Math.max(...ok) } : null;
};

/**
 * Per page: the median over its runs. Per group (pages with a dataset name, pages without):
 * median and 90th percentile of the extension's CPU and of CPU ÷ floor.
 * @param {{ name: string, bytes: number }[]} pages
 * @param {Record<string, object[]>} runsByPage raw per-run results of extensionRun()
 */
export function summarizeRealweb(pages, runsByPage) {
  const perPage = [];
  for (const p of pages) {
    const runs = (runsByPage[p.name] ?? []).filter((r) => !r.error);
    const errors = (runsByPage[p.name] ?? []).filter((r) => r.error).map((r) => r.error);
    if (!runs.length) {
      perPage.push({ name: p.name, bytes: p.bytes, error: errors[0] ?? 'not run' });
      continue;
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    const cpu = pick('totalCpu');
    const floorCpu = pick('floorCpu');
    const highlights = Math.max(...runs.map((r) => r.highlightsInDom ?? 0));
    perPage.push({
      name: p.name,
      bytes: p.bytes,
      runs: runs.length,
      cpu,
      wall: pick('totalWall'),
      evaluateCpu: pick('evaluateCpu'),
      lazyScriptCpu: pick('lazyScriptCpu'),
      floorCpu,
      floorWall: pick('floorWall'),
      floorWarmCpu: pick('floorWarmCpu'),
      ratio: cpu != null && floorCpu != null ? cpu / Math.max(floorCpu, 0.001) : null,
      longestTaskWall: pick('longestTaskWall'),
      longestTaskCpu: pick('longestTaskCpu'),
      tasksOver50: Math.max(...runs.map((r) => r.tasksOver50 ?? 0)),
      highlights,
      found: highlights > 0,
      textNodes: pick('textNodes'),
      aborted: pick('abortedRequests'),
      unsettledRuns: runs.filter((r) => r.settleMs == null).length,
      crashed: runs.some((r) => r.crashed),
      scripts: [...new Set(runs.flatMap((r) => r.scripts ?? []))].sort(),
      errors,
    });
  }
  const measured = perPage.filter((p) => !p.error);
  const group = (list) => ({
    pages: list.length,
    cpu: stat(list.map((p) => p.cpu)),
    ratio: stat(list.map((p) => p.ratio)),
    floorCpu: stat(list.map((p) => p.floorCpu)),
    longestTaskWall: stat(list.map((p) => p.longestTaskWall)),
    longestTaskCpu: stat(list.map((p) => p.longestTaskCpu)),
  });
  const worst = measured.reduce((a, b) => (a && a.longestTaskWall >= b.longestTaskWall ? a : b), null);
  return {
    perPage,
    withNames: group(measured.filter((p) => p.found)),
    withoutNames: group(measured.filter((p) => !p.found)),
    all: group(measured),
    longestTask: worst ? { page: worst.name, wall: worst.longestTaskWall, cpu: worst.longestTaskCpu } : null,
    failed: perPage.filter((p) => p.error).map((p) => ({ name: p.name, error: p.error })),
  };
}

/** The suite's lines for the printed table. */
export function realwebLines(rw, { dir, runs, skipped }) {
  const num = (x, d = 1) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(d));
  const pad = (s, n) => String(s).padEnd(n);
  const lines = [];
  if (skipped) {
    lines.push(`realweb: skipped: ${skipped}`, '');
    return lines;
  }
  lines.push(`realweb: ${rw.perPage.length} saved pages from ${dir}, ${runs} run(s) each, every request but the page itself aborted; cpu = extension main-thread CPU (script evaluation included), floor = one TreeWalker read of document.body's text in the page (cold; warm = a second read right after); longest task: wall (cpu)`);
  lines.push(`  ${pad('page', 44)}${pad('KB', 7)}${pad('text nodes', 12)}${pad('names', 7)}${pad('cpu ms', 9)}${pad('eval', 7)}${pad('lazy', 7)}${pad('floor ms', 10)}${pad('warm', 7)}${pad('cpu÷floor', 11)}longest task ms`);
  for (const p of rw.perPage) {
    if (p.error) {
      lines.push(`  ${pad(p.name, 44)}${pad(num(p.bytes / 1024, 0), 7)}error: ${p.error}`);
      continue;
    }
    const extra = p.scripts.filter((x) => !/^content-scripts\//.test(x));
    const flags = [extra.length ? `loaded ${extra.join(', ')}` : '', p.unsettledRuns ? 'not settled' : '', p.crashed ? 'CRASHED' : '', p.tasksOver50 ? `${p.tasksOver50} task(s) > 50 ms` : ''].filter(Boolean).join(', ');
    lines.push(`  ${pad(p.name, 44)}${pad(num(p.bytes / 1024, 0), 7)}${pad(p.textNodes ?? '—', 12)}${pad(p.highlights, 7)}${pad(num(p.cpu), 9)}${pad(num(p.evaluateCpu), 7)}${pad(num(p.lazyScriptCpu), 7)}${pad(num(p.floorCpu, 2), 10)}${pad(num(p.floorWarmCpu, 2), 7)}${pad(num(p.ratio, 1), 11)}${num(p.longestTaskWall)} (${num(p.longestTaskCpu)})${flags ? `   ${flags}` : ''}`);
  }
  const g = (label, x) =>
    `  ${pad(label, 24)}${pad(`${x.pages} pages`, 10)}cpu median ${num(x.cpu?.median)} ms, p90 ${num(x.cpu?.p90)} ms, max ${num(x.cpu?.max)} ms; ` +
    `cpu÷floor median ${num(x.ratio?.median, 1)}×, p90 ${num(x.ratio?.p90, 1)}×; floor median ${num(x.floorCpu?.median, 2)} ms; longest task max ${num(x.longestTaskWall?.max)} ms wall, ${num(x.longestTaskCpu?.max)} ms cpu`;
  lines.push(g('without a dataset name', rw.withoutNames));
  lines.push(g('with a dataset name', rw.withNames));
  if (rw.failed.length) lines.push(`  not measured: ${rw.failed.map((f) => `${f.name} (${f.error})`).join('; ')}`);
  lines.push('');
  return lines;
}
