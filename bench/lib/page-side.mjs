// Code that runs inside the bench pages (main world). Kept as strings/functions here so the
// runner stays readable.

/**
 * Installed with page.addInitScript before any page script: a time stamp that ties page time
 * (performance.now) to trace time, a MutationObserver that records when each highlight
 * (mark[data-astana-entity]) is inserted, and a PerformanceObserver for long tasks.
 * The sourceURL lets the trace analysis subtract this code's own time from extension tasks.
 */
export const INSTRUMENT_SCRIPT = `(() => {
  const b = (window.__bench = { sync: performance.now(), marks: [], longtasks: [] });
  console.timeStamp('astana-bench-sync');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, dur: e.duration, attribution: (e.attribution || []).map((a) => a.containerType + ':' + (a.containerSrc || a.containerName || a.name)) });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && n.localName === 'mark' && n.hasAttribute('data-astana-entity')) b.marks.push([t, n]);
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();
//# sourceURL=bench-instrumentation.js
`;

/** Reads back what the instrumentation recorded; marks get an "in the first viewport" flag. */
export function collectPageRecord() {
  const b = window.__bench;
  const h = window.innerHeight;
  const w = window.innerWidth;
  return {
    sync: b.sync,
    marks: b.marks.map(([t, el]) => {
      const r = el.getBoundingClientRect();
      return [t, r.bottom > 0 && r.top < h && r.right > 0 && r.left < w];
    }),
    longtasks: b.longtasks,
    feedTimes: window.__feedTimes ?? null,
    textNodes: (() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    })(),
    nodes: document.getElementsByTagName('*').length,
    highlightsInDom: document.querySelectorAll('mark[data-astana-entity]').length,
  };
}

/**
 * The floor of any scan, measured in the page: one TreeWalker read of document.body's text
 * (every text node's data, nothing else). The two time stamps let the runner take the read's
 * main-thread CPU from the trace (thread timestamps, µs resolution); performance.now() is
 * coarsened to 0.1 ms in pages that are not cross-origin isolated. The runner reads twice: the
 * first (cold: the main world has no wrappers for the page's nodes yet, as the extension's own
 * world had none) is the floor; the second, right after, is kept for information.
 */
export function readBodyText(label = 'bench-floor') {
  const root = document.body ?? document.documentElement;
  // Empty pairs first: what the two stamps themselves cost (the runner subtracts the cheaper pair;
  // the very first stamp of a page costs more).
  for (const pair of ['empty1', 'empty2']) {
    console.timeStamp(`${label}-${pair}-start`);
    console.timeStamp(`${label}-${pair}-end`);
  }
  const t0 = performance.now();
  console.timeStamp(`${label}-start`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += node.data.length;
    nodes++;
  }
  console.timeStamp(`${label}-end`);
  return { ms: performance.now() - t0, chars, nodes };
}

/**
 * The comparison approaches, run in a page WITHOUT the extension after mark.js and the bench
 * bundle (window.__astanaMatcher) were added. Returns { ms, marks, nodes? }.
 * `approach`: naive | markRegExp | floor | splitWrap | inPageSync | compile
 */
export function runApproach({ approach, aliases }) {
  if ((approach === 'markRegExp' || approach === 'floor') && !window.__benchCombined) throw new Error('prepareCombined() first');
  const api = window.__astanaMatcher;
  const matcher = window.__benchMatcher ?? (window.__benchMatcher = api.compileMatcher(api.dataset.entities));
  const combined = window.__benchCombined; // prepareCombined(), outside the timed task
  const root = document.body;
  console.timeStamp('bench-approach'); // the runner takes this task's CPU time from the trace
  const t0 = performance.now();
  let marks = 0;
  let nodes = 0;
  if (approach === 'naive') {
    new window.Mark(root).mark(aliases, { separateWordSearch: false, each: () => marks++ });
  } else if (approach === 'markRegExp') {
    new window.Mark(root).markRegExp(combined, { element: 'mark', className: 'bench-hl', each: () => marks++ });
  } else if (approach === 'floor') {
    const re = combined;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      const text = node.data;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) marks++;
    }
  } else if (approach === 'splitWrap') {
    // Hand-written: the extension's matcher per text node, then split and wrap from the end backwards.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const work = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      const found = matcher.find(node.data).map((m) => [m.start, m.end, m]);
      if (found.length) work.push([node, found]);
    }
    for (const [node, found] of work) {
      for (let i = found.length - 1; i >= 0; i--) {
        const [start, end, target] = found[i];
        const middle = node.splitText(start);
        middle.splitText(end - start);
        const mark = document.createElement('mark');
        mark.className = 'bench-hl';
        mark.setAttribute('data-entity', target.entityId);
        middle.replaceWith(mark);
        mark.append(middle);
        marks++;
      }
    }
  } else if (approach === 'inPageSync') {
    // The extension's own highlighting of each run (lib/sources.mjs: runs, markRun), bundled, run
    // synchronously to the end: the highlighter's work without its slices, windows, isolated world or tracing.
    const collector = new api.RunCollector(root);
    const options = { matcher, isCategoryOn: () => true };
    for (let done = false; !done; ) {
      const next = collector.next(Infinity);
      done = next.done;
      for (const run of next.runs) {
        nodes += run.nodes.length;
        const found = api.findMentions(run, options);
        if (found.length) api.markMentions(run, found);
      }
    }
    marks = document.querySelectorAll('mark[data-astana-entity]').length;
  } else {
    throw new Error(`unknown approach ${approach}`);
  }
  return { ms: performance.now() - t0, marks, nodes };
}

/**
 * "One combined regex" for the comparison approaches, as one would write it for mark.js:
 * every alias escaped, longest first, between Unicode word boundaries; compiled by a first
 * use here, outside the timed task; returns what that first use cost. Self-contained: the
 * runner sends only this function's text.
 */
export function prepareCombined(aliases) {
  const escaped = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const combined = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const t0 = performance.now();
  combined.exec('Talks in Astana');
  const firstExecMs = performance.now() - t0;
  combined.lastIndex = 0;
  window.__benchCombined = combined;
  return { firstExecMs };
}

/**
 * Not timed: what the build does (compile the dataset to matcher data) and what the
 * messaging does (a copy of plain data), for the real dataset or the synthetic one.
 */
export function prepareMatcherData({ synthetic }) {
  const api = window.__astanaMatcher;
  const entities = synthetic ? window.__synthetic.entities : api.dataset.entities;
  const json = JSON.stringify(api.compileMatcherData(entities));
  window.__benchMatcherData = JSON.parse(json);
  return { dataBytes: json.length };
}

/** Timed: what a page load pays for the matcher, reviving it from the data the background sends. */
export function compileInPage() {
  const api = window.__astanaMatcher;
  console.timeStamp('bench-approach');
  const t0 = performance.now();
  const matcher = api.matcherFromData(window.__benchMatcherData);
  const compileMs = performance.now() - t0;
  window.__benchMatcher = matcher;
  return { compileMs };
}
