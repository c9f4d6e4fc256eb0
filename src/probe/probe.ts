import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIT_OTHER, scanText } from '../core/probe/scan';
import { UI_HOST_TAG } from '../platform/dom-contract';

/**
 * The first stage on every page: reads the page's text once, in short slices, and looks its
 * words up in a fixed-size filter of the dataset's names (src/core/probe). Only when a name may
 * be there does the page get the rest (highlighter, mark.js, quote checking). On the great
 * majority of pages, which never mention the talks, nothing else is loaded, compiled, sent
 * or stored, and text added later is looked at the same way.
 */

/** The few extension APIs the probe uses, declared here: `chrome` is a global in Chrome and Firefox alike (see src/page/cards/load-card-ui.ts). */
declare const chrome: {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: {
      addListener(cb: (message: unknown, sender: { id?: string; url?: string }, reply: (answer: unknown) => void) => void): void;
      removeListener(cb: (message: unknown, sender: { id?: string; url?: string }, reply: (answer: unknown) => void) => void): void;
    };
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
};

interface ProbeOptions {
  ctx: ContentScriptContext;
  /** The filter's bits (src/build/probe-index.ts). */
  bits: Uint8Array;
  /** Loads and starts the page script; called at most once. */
  load(): void;
}

/** Longest stretch of work in one task; the browser gets the main thread back in between. */
const SLICE_MS = 4;
/** A text node longer than this is read in pieces, so one huge node never makes a long task. */
const CHUNK_CHARS = 16_384;
/** Text whose words never end up highlighted (see src/page/dom/exclusions.ts for the full list). */
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', UI_HOST_TAG.toUpperCase()]);

export function startProbe({ ctx, bits, load }: ProbeOptions): void {
  const body = document.body;
  // Editing surfaces (designMode documents, rich-text editors in frames) are the user's own text.
  if (!body || document.designMode === 'on') return;

  let hits = 0;
  let loaded = false;
  let deciding = false;
  let observer: MutationObserver | null = null;
  const pending: Node[] = [];
  let pendingScheduled = false;

  // The popup's and the background's `get-page-state` (EXTENSION_TO_PAGE in src/platform/messaging.ts),
  // answered by hand: this script carries no valibot. Only the extension's own pages may ask.
  const answerPopup = (message: unknown, sender: { id?: string; url?: string }, reply: (answer: unknown) => void) => {
    if (sender.id !== chrome.runtime.id || !sender.url?.startsWith(chrome.runtime.getURL('/'))) return;
    if ((message as { type?: unknown } | null)?.type !== 'get-page-state') return;
    // Nothing is highlighted until a name is found; the host tells the popup (and the toolbar icon) the site.
    reply({ site: null, host: location.hostname, active: false, mentions: [], quotes: [] });
  };
  chrome.runtime.onMessage.addListener(answerPopup);

  const stop = () => {
    observer?.disconnect();
    observer = null;
    pending.length = 0;
    try {
      chrome.runtime.onMessage.removeListener(answerPopup);
      chrome.storage.onChanged.removeListener(onStorageChanged);
    } catch {
      // The extension context is already gone, and its listeners with it.
    }
  };
  ctx.onInvalidated(stop);

  /** A found name loads the page script unless the extension is off, or only places were found and places are off. */
  const decide = async () => {
    if (loaded || deciding || ctx.isInvalid) return;
    deciding = true;
    let stored: Record<string, unknown> = {};
    try {
      stored = await chrome.storage.local.get(['enabled', 'categories']);
    } catch {
      // Unreadable storage means default settings: on, places off.
    }
    deciding = false;
    if (loaded || ctx.isInvalid) return;
    const enabled = stored.enabled !== false;
    const categories = stored.categories as { place?: unknown } | undefined;
    const wanted = (hits & HIT_OTHER) !== 0 || categories?.place === true;
    if (!enabled || !wanted) return;
    loaded = true;
    stop();
    load();
  };

  const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && hits !== 0 && ('enabled' in changes || 'categories' in changes)) void decide();
  };

  const found = (flags: number) => {
    if ((flags & ~hits) === 0) return;
    const first = hits === 0;
    hits |= flags;
    if (first) chrome.storage.onChanged.addListener(onStorageChanged);
    void decide();
  };

  /** Scans `root`'s text in slices; `onDone` runs when all of it was read, unless a name decided first. */
  const scanTree = (root: Node, onDone: () => void) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Text | null = root.nodeType === Node.TEXT_NODE ? (root as Text) : null;
    let offset = 0;
    if (!node) node = walker.nextNode() as Text | null;
    // The last words of the previous text node, read again with the next one, so that a name
    // split over inline elements ("United <b>Nations</b>") is still seen whole.
    let carry = '';
    const step = () => {
      const deadline = performance.now() + SLICE_MS;
      while (node) {
        if (loaded || ctx.isInvalid) return;
        const parent = node.parentNode as Element | null;
        if (parent && SKIPPED_PARENTS.has(parent.nodeName.toUpperCase())) {
          node = walker.nextNode() as Text | null;
          carry = '';
          continue;
        }
        const data = node.data;
        const text = offset === 0 && carry ? `${carry} ${data}` : data;
        const base = offset === 0 && carry ? carry.length + 1 : 0;
        const from = offset === 0 ? 0 : offset;
        const until = Math.min(text.length, from + base + CHUNK_CHARS);
        const result = scanText(bits, text, from, until);
        if (result.hits) found(result.hits);
        if ((hits & HIT_OTHER) !== 0) return;
        if (until < text.length) {
          // Offsets past the first chunk are in `data` alone (no carry).
          offset = Math.max(result.end - base, offset + 1);
        } else {
          carry = data.length > 64 ? data.slice(-64) : data;
          offset = 0;
          node = walker.nextNode() as Text | null;
        }
        if (performance.now() > deadline) {
          ctx.setTimeout(step, 0);
          return;
        }
      }
      onDone();
    };
    step();
  };

  /** Text added later (live blogs, infinite scroll, pages that render after load). */
  const drainPending = () => {
    pendingScheduled = false;
    const next = pending.shift();
    if (!next) return;
    scanTree(next, () => {
      if (pending.length && !pendingScheduled) {
        pendingScheduled = true;
        ctx.setTimeout(drainPending, 0);
      }
    });
  };

  const watch = () => {
    if (loaded || ctx.isInvalid) return;
    observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') pending.push(record.target);
        else for (const added of record.addedNodes) pending.push(added);
      }
      // Bounded however much changes: far more pending roots than a slice can read means the
      // page was rebuilt, and reading it once from the top is cheaper than node by node.
      if (pending.length > 2_000) pending.splice(0, pending.length, body);
      if (!pendingScheduled) {
        pendingScheduled = true;
        ctx.setTimeout(drainPending, 0);
      }
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
  };

  scanTree(body, watch);
}
