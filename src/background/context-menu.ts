import { browser } from 'wxt/browser';

const MENU_ID = 'astana-lookup-selection';

/** "Look up “<selection>” in Astana Facts": opens the entity, or the search results, in the lookup page. */
export function registerLookupMenu(title: string): void {
  // Menus persist across service-worker restarts; recreate them only on install/update.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const query = info.selectionText.trim().slice(0, 200);
    void browser.tabs.create({ url: browser.runtime.getURL(`/lookup.html?q=${encodeURIComponent(query)}` as '/lookup.html') });
  });
}
