// Turns one page load's trace (plus what the page-side instrumentation recorded) into figures.
// All times are milliseconds. "cpu" is main-thread CPU time (trace `tdur`), "wall" is elapsed
// time (trace `dur`); on a shared 2-core machine wall time includes time the thread waited.

const INSTRUMENT_URL = 'bench-instrumentation.js';

/**
 * Task boundaries from the 'toplevel' category ('RunTask' itself is in the heavy
 * disabled-by-default-devtools.timeline category, which the bench does not record).
 */
export const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

const urlOf = (e) =>
  e.args?.data?.url || e.args?.fileName || e.args?.data?.stackTrace?.[0]?.url || e.args?.beginData?.stackTrace?.[0]?.url || '';

export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The p-quantile (0…1) of the finite numbers in xs, linear between ranks; null when there are none. */
export function quantile(xs, p) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}

export function spread(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const q = (p) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
  };
  return { n: s.length, min: s[0], max: s[s.length - 1], q1: q(0.25), q3: q(0.75), median: q(0.5) };
}

/**
 * @param {object[]} events trace events
 * @param {{ extOrigin?: string, isExtensionEvent?: (e: object, url: string) => boolean, pathOf?: (url: string) => string | null,
 *   page: { sync: number, marks: [number, boolean][], longtasks: {start:number,dur:number}[], feedTimes?: number[] } }} o
 *   `isExtensionEvent` (lib/extension.mjs) decides what is the extension's code: its scripts at any
 *   address, lazily imported ones included, and its isolated world; without it, URLs under `extOrigin`.
 */
export function analyzeTrace(events, { extOrigin, isExtensionEvent, pathOf, page }) {
  const isExt = isExtensionEvent ?? ((e, url) => !!url && url.startsWith(extOrigin));
  const scriptOf = pathOf ?? ((url) => (url && url.startsWith(extOrigin) ? url.slice(extOrigin.length) : null));
  const sync = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'astana-bench-sync');
  if (!sync) throw new Error('sync time stamp missing from the trace');
  const { pid, tid } = sync;
  const toTs = (pageMs) => sync.ts + (pageMs - page.sync) * 1000;
  const main = events.filter((e) => e.pid === pid && e.tid === tid);

  // Top-level tasks (outermost task events of the thread).
  const runTasks = main.filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -Infinity;
  for (const t of runTasks) {
    if (t.ts >= end) {
      tasks.push({ ts: t.ts, dur: t.dur / 1000, tdur: (t.tdur ?? t.dur) / 1000, end: t.ts + t.dur, ext: [], foreign: [], acceptNode: 0, evaluate: false, lazy: false });
      end = t.ts + t.dur;
    }
  }
  // Assign the interesting events to their task (binary search on start time).
  const findTask = (ts) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].ts <= ts) lo = mid + 1;
      else hi = mid - 1;
    }
    const t = tasks[hi];
    return t && ts <= t.end ? t : null;
  };
  const scripts = new Set(); // the extension's files seen running in the page
  let firstEvaluate = null;
  for (const e of main) {
    if (e.ph !== 'X') continue;
    const url = urlOf(e);
    const ext = isExt(e, url);
    // A module's evaluation names its world, not its address: the page's own count as foreign.
    if (!url && !ext && e.name !== 'v8.evaluateModule') continue;
    const task = findTask(e.ts);
    if (!task) continue;
    if (ext) {
      task.ext.push(e);
      const script = scriptOf(url);
      if (script) scripts.add(script);
      if (e.name === 'FunctionCall' && e.args?.data?.functionName === 'acceptNode') task.acceptNode++;
      // The first script evaluation is the content script's; later ones (a second stage
      // import()ed or injected on demand, the card script) are "lazy" evaluations.
      if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') {
        if (!firstEvaluate || e.ts < firstEvaluate.ts) firstEvaluate = { ts: e.ts, task };
      }
      if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'v8.compileModule' || e.name === 'v8.compile') task.lazy = true;
    } else if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') {
      // The page's own scripts and the bench's instrumentation: subtracted from extension tasks.
      task.foreign.push(e);
    }
  }
  // Outermost foreign calls only (no double subtraction of nested ones).
  const outermost = (list) => {
    const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const out = [];
    let until = -Infinity;
    for (const e of sorted) {
      if (e.ts >= until) {
        out.push(e);
        until = e.ts + e.dur;
      }
    }
    return out;
  };
  if (firstEvaluate) {
    firstEvaluate.task.evaluate = true;
    firstEvaluate.task.lazy = false;
  }
  const extTasks = tasks
    .filter((t) => t.ext.length)
    .map((t) => {
      const foreign = outermost(t.foreign);
      const fWall = foreign.reduce((n, e) => n + e.dur / 1000, 0);
      const fCpu = foreign.reduce((n, e) => n + (e.tdur ?? e.dur) / 1000, 0);
      return { ts: t.ts, end: t.end, wall: t.dur, cpu: t.tdur, extWall: Math.max(0, t.dur - fWall), extCpu: Math.max(0, t.tdur - fCpu), acceptNode: t.acceptNode, evaluate: t.evaluate, lazy: t.lazy };
    });

  const evaluate = extTasks.find((t) => t.evaluate);
  const scriptStart = evaluate?.ts ?? extTasks[0]?.ts ?? null;
  const rel = (ts) => (scriptStart == null || ts == null ? null : (ts - scriptStart) / 1000);

  // Highlights: page times of insertion, and whether each is in the first viewport.
  const markTimes = page.marks.map(([t]) => toTs(t));
  const viewportTimes = page.marks.filter(([, inView]) => inView).map(([t]) => toTs(t));
  const feedStartTs = page.feedTimes?.length ? toTs(page.feedTimes[0]) : Infinity;
  const firstPass = extTasks.filter((t) => t.ts < feedStartTs);
  const sum = (list, k) => list.reduce((n, t) => n + t[k], 0);

  // Long tasks seen by the page's PerformanceObserver, attributed by overlap with extension tasks.
  const longtasks = page.longtasks.map((lt) => {
    const s = toTs(lt.start);
    const e = s + lt.dur * 1000;
    const overlap = extTasks.some((t) => t.ts < e && t.end > s);
    return { start: lt.start, dur: lt.dur, extension: overlap };
  });
  const tbt = (list) => list.reduce((n, lt) => n + Math.max(0, lt.dur - 50), 0);

  const firstPassAccept = sum(firstPass, 'acceptNode');
  const result = {
    scriptStartMs: scriptStart == null ? null : (scriptStart - sync.ts) / 1000 + page.sync,
    evaluateCpu: evaluate?.extCpu ?? null,
    evaluateWall: evaluate?.extWall ?? null,
    totalCpu: sum(firstPass, 'extCpu'),
    totalWall: sum(firstPass, 'extWall'),
    highlightCpu: sum(firstPass, 'extCpu') - (evaluate?.extCpu ?? 0),
    // Tasks that compiled or evaluated another extension script after the content script
    // (a lazily loaded second stage or the card script): included in totalCpu and highlightCpu.
    lazyScriptCpu: sum(firstPass.filter((t) => t.lazy), 'extCpu'),
    scripts: [...scripts].sort(),
    tasks: firstPass.length,
    longestTaskWall: Math.max(0, ...firstPass.map((t) => t.wall)),
    longestTaskCpu: Math.max(0, ...firstPass.map((t) => t.cpu)),
    longestTaskExtWall: Math.max(0, ...firstPass.map((t) => t.extWall)),
    longestHighlightTaskWall: Math.max(0, ...firstPass.filter((t) => !t.evaluate).map((t) => t.wall)),
    tasksOver50: firstPass.filter((t) => t.wall > 50).length,
    extTbtTrace: firstPass.reduce((n, t) => n + Math.max(0, t.wall - 50), 0),
    firstHighlightMs: rel(markTimes.length ? Math.min(...markTimes) : null),
    firstViewportHighlightMs: rel(viewportTimes.length ? Math.min(...viewportTimes) : null),
    lastHighlightMs: rel(markTimes.length ? Math.max(...markTimes.filter((t) => t < feedStartTs), -Infinity) : null),
    lastExtTaskEndMs: rel(firstPass.length ? Math.max(...firstPass.map((t) => t.end)) : null),
    highlights: page.marks.length,
    viewportHighlights: viewportTimes.length,
    longtaskCount: longtasks.length,
    longtaskMax: Math.max(0, ...longtasks.map((l) => l.dur)),
    longtaskTbt: tbt(longtasks),
    longtaskExtMax: Math.max(0, ...longtasks.filter((l) => l.extension).map((l) => l.dur)),
    longtaskExtTbt: tbt(longtasks.filter((l) => l.extension)),
    // TreeWalker filter calls seen in the trace. Blink only emits FunctionCall for the outermost call,
    // so these are counted only when the walk runs from a microtask (the first pass), not from a timer.
    firstPassAcceptNodeEvents: firstPassAccept,
  };

  if (page.feedTimes?.length) {
    const batchTs = page.feedTimes.map(toTs);
    const batches = batchTs.map(() => ({ cpu: 0, wall: 0, tasks: 0, walked: 0 }));
    for (const t of extTasks) {
      if (t.ts < feedStartTs) continue;
      let i = batchTs.length - 1;
      while (i > 0 && batchTs[i] > t.ts) i--;
      batches[i].cpu += t.extCpu;
      batches[i].wall += t.extWall;
      batches[i].tasks++;
      batches[i].walked += t.acceptNode;
    }
    const feedTasks = extTasks.filter((t) => t.ts >= feedStartTs);
    // Trace heuristic for a full-page rescan: a feed-time extension task that costs at least half
    // of what the first pass's highlighting cost (the page is bigger by then, so a rescan costs more).
    const firstHighlightCpu = sum(firstPass.filter((t) => !t.evaluate), 'extCpu');
    const rescanThreshold = Math.max(5, firstHighlightCpu * 0.5);
    result.feed = {
      batches: batches.length,
      perBatchCpu: batches.map((b) => b.cpu),
      perBatchWall: batches.map((b) => b.wall),
      medianBatchCpu: median(batches.map((b) => b.cpu)),
      medianBatchWall: median(batches.map((b) => b.wall)),
      maxBatchWall: Math.max(...batches.map((b) => b.wall)),
      totalCpu: sum(feedTasks, 'extCpu'),
      longestTaskWall: Math.max(0, ...feedTasks.map((t) => t.wall)),
      tasksPerBatch: median(batches.map((b) => b.tasks)),
      rescanThresholdCpu: rescanThreshold,
      fullRescansTrace: feedTasks.filter((t) => t.extCpu >= rescanThreshold).length,
      highlightsAdded: page.marks.filter(([t]) => toTs(t) >= feedStartTs).length,
    };
  }
  return result;
}

/**
 * Main-thread time between two console.timeStamp() calls made by one synchronous call in the
 * page (e.g. the floor read): CPU from the stamps' thread timestamps (`tts`), wall from `ts`.
 */
export function stampedSpan(events, startMessage, endMessage) {
  const find = (m) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m);
  const a = find(startMessage);
  const b = find(endMessage);
  if (!a || !b) return null;
  return { wall: (b.ts - a.ts) / 1000, cpu: a.tts != null && b.tts != null ? (b.tts - a.tts) / 1000 : null };
}

export { INSTRUMENT_URL };
