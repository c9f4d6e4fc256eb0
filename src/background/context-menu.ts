import { browser } from 'wxt/browser';

export const LOOKUP_MENU_ID = 'astana-lookup-selection';

interface LookupMenuOptions {
  /** The menu item's title; %s is replaced by the selected text. */
  title: string;
  /**
   * The background is a persistent page (the Firefox MV2 build): Firefox keeps a persistent
   * page's menus only while it runs, so they are made each time it starts, browser restarts
   * included. A service worker's (Chrome) or an event page's menus are kept by the browser
   * and made once, on install or update.
   */
  persistentBackground: boolean;
}

/** "Look up “<selection>” in Astana Facts": opens the entity, or the search results, in the lookup page. */
export function registerLookupMenu({ title, persistentBackground }: LookupMenuOptions): void {
  const create = async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title, contexts: ['selection'] });
  };
  if (persistentBackground) void create().catch(() => {});
  else {
    browser.runtime.onInstalled.addListener(() => void create().catch(() => {}));
    // The kept title is in the language of the day it was made: after the browser restarts in
    // another language, make it again in that one.
    browser.runtime.onStartup.addListener(() => void create().catch(() => {}));
  }
  browser.contextMenus.onClicked.addListener((info) => void openLookup(info));
}

export async function openLookup(info: { menuItemId: string | number; selectionText?: string }): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText) return;
  const query = info.selectionText.trim().slice(0, 200);
  if (!query) return;
  await browser.tabs.create({ url: browser.runtime.getURL(`/lookup.html?q=${encodeURIComponent(query)}` as '/lookup.html') });
}
