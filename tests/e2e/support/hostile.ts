import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { deepNestingPage, hugeTextNodePage, manyParagraphsPage } from '../../fixtures/hostile/generate.mjs';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

export const STRICT_CSP = "default-src 'none'; style-src 'self'";

interface Generated {
  html: string;
  names?: number;
}

export interface HostileServers {
  /** Serves tests/fixtures plus the generated pages, and the CSP page with its header. */
  url(path: string): string;
  /** A second server on another port (another origin), for cross-origin frames. */
  crossOrigin: string;
  generated: { huge: Generated; deep: Generated; many: Generated };
  close(): Promise<void>;
}

export async function startHostileServers(): Promise<HostileServers> {
  const generated = {
    huge: hugeTextNodePage() as Generated,
    deep: deepNestingPage() as Generated,
    many: manyParagraphsPage() as Generated,
  };
  const main = await startStaticServer({
    root: FIXTURES,
    pages: {
      '/hostile/huge-text-node.html': generated.huge.html,
      '/hostile/deep-nesting.html': generated.deep.html,
      '/hostile/many-paragraphs.html': generated.many.html,
    },
    headers: { '/hostile/csp.html': { 'content-security-policy': STRICT_CSP } },
  });
  const cross = await startStaticServer({ root: FIXTURES });
  return {
    url: main.url,
    crossOrigin: cross.origin,
    generated,
    async close() {
      await main.close();
      await cross.close();
    },
  };
}

/**
 * Records every long task (> 50 ms) of the page's main thread in `window.__longTasks`
 * (and with start times in `__longTaskEntries`), from the first script on, and the time
 * of the first highlight in `__firstHighlightAt`.
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __longTasks: number[];
      __longTaskEntries: { start: number; duration: number }[];
      __firstHighlightAt: number;
    };
    w.__longTasks = [];
    w.__longTaskEntries = [];
    w.__firstHighlightAt = Infinity;
    // When the first highlight appears, to tell the content script's start-up from later work.
    const watch = new MutationObserver(() => {
      if (!document.querySelector('[data-astana-entity]')) return;
      w.__firstHighlightAt = performance.now();
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__longTasks.push(entry.duration);
          w.__longTaskEntries.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the list stays empty.
    }
  });
}

/** Long tasks with their start time (ms since navigation). */
export async function longTaskEntries(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => (window as unknown as { __longTaskEntries?: { start: number; duration: number }[] }).__longTaskEntries ?? []);
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
}

/** How long the page takes to run a trivial script: a blocked main thread shows up here. */
export async function evaluateLatency(page: Page): Promise<number> {
  const start = Date.now();
  await page.evaluate(() => 1 + 1);
  return Date.now() - start;
}

export function countHighlights(page: Page, scope = 'body'): Promise<number> {
  return page.evaluate((s) => document.querySelector(s)?.querySelectorAll('[data-astana-entity]').length ?? 0, scope);
}

/** Entity ids of the highlights in the page, in document order, pieces of one name joined. */
export function highlightTexts(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((s) => {
    const out: string[] = [];
    let previous: Element | null = null;
    for (const el of document.querySelector(s)?.querySelectorAll('[data-astana-entity]') ?? []) {
      const range = document.createRange();
      if (previous) {
        range.setStartAfter(previous);
        range.setEndBefore(el);
      }
      if (previous && range.toString() === '' && previous.getAttribute('data-astana-entity') === el.getAttribute('data-astana-entity')) {
        out[out.length - 1] += el.textContent;
      } else {
        out.push(el.textContent ?? '');
      }
      previous = el;
    }
    return out;
  }, scope);
}
