import { browser } from 'wxt/browser';
import { siteKeyForUrl } from '../core/settings/site';
import { askTab, isContentScript, PAGE_TO_POPUP, receiver, type PageState } from '../platform/messaging';

export type PageStatus = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; state: PageState };

export interface PopupTab {
  id: number | undefined;
  /** Undefined unless the browser shows it to us (activeTab). */
  url: string | undefined;
}

/** The tab the popup belongs to; the address only where activeTab has shown it. */
export async function readActiveTab(): Promise<PopupTab> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return { id: active?.id, url: active?.url };
}

/**
 * Follows what the page in `tab` shows: asks once, then takes every state the page script pushes
 * (src/page/controller.ts) until `signal` is aborted. Nothing is polled: a page that
 * re-highlights after a settings change, or that loads its page script only now, says so itself.
 */
export function followPage(tab: PopupTab, onStatus: (status: PageStatus) => void, signal: AbortSignal): void {
  // A known address that is not a web page (chrome://, the web store) never has a content script.
  if (tab.id === undefined || (tab.url !== undefined && siteKeyForUrl(tab.url) === null)) {
    onStatus({ kind: 'unavailable' });
    return;
  }
  const tabId = tab.id;
  let pushed = false;
  const listener = receiver(PAGE_TO_POPUP, (sender) => isContentScript(sender) && sender.tab?.id === tabId, {
    'page-state-changed': ({ state }) => {
      pushed = true;
      if (!signal.aborted) onStatus({ kind: 'ready', state });
    },
  });
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  void askTab(tabId, { type: 'get-page-state' }).then((state) => {
    if (signal.aborted) return;
    if (state) onStatus({ kind: 'ready', state });
    // No answer yet, but the page has spoken since: it is there.
    else if (!pushed) onStatus({ kind: 'unavailable' });
  });
}

/** Scrolls the page to the next mention of an entity; false when the page could not. */
export async function revealMention(tabId: number, entityId: string): Promise<boolean> {
  return (await askTab(tabId, { type: 'reveal-mention', entityId })) === true;
}

/** Scrolls the page to the checked quotation at this index of its state's `quotes`. */
export async function revealQuote(tabId: number, index: number): Promise<boolean> {
  return (await askTab(tabId, { type: 'reveal-quote', index })) === true;
}
