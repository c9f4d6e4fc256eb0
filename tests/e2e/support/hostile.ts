import { readFileSync } from 'node:fs';
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
      // The designMode page without the script that switches designMode on: its control.
      '/hostile/design-mode-control.html': readFileSync(`${FIXTURES}/hostile/design-mode.html`, 'utf8').replace(/<script>[\s\S]*?<\/script>/, ''),
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
 * Scrolls the page to the middle of its document once it is parsed (before the content script
 * starts, at document_idle), and records, from the first script on, whether each of the page's
 * first 50 highlights was inside the viewport when it appeared, in the order they appeared
 * (`window.__highlightOrder`). From the middle, document order and viewport order differ.
 */
export async function recordHighlightOrder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const order: boolean[] = [];
    (window as unknown as { __highlightOrder: boolean[] }).__highlightOrder = order;
    document.addEventListener('DOMContentLoaded', () => scrollTo(0, document.documentElement.scrollHeight / 2));
    const watch = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element) || !node.hasAttribute('data-astana-entity')) continue;
          const box = node.getBoundingClientRect();
          order.push(box.top < innerHeight && box.bottom > 0);
        }
      }
      if (order.length >= 50) watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  });
}

export function highlightOrder(page: Page): Promise<boolean[]> {
  return page.evaluate(() => (window as unknown as { __highlightOrder?: boolean[] }).__highlightOrder ?? []);
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
