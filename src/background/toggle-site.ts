import { browser } from 'wxt/browser';
import { PageStateSchema, sendToTab } from '../platform/messaging';
import { isSiteEnabled, siteKeyForUrl } from '../core/settings';
import { enabledItem, loadSettings, setSiteEnabled } from '../platform/settings-storage';

/** The keyboard command: flips highlighting for the active tab's site. */
export async function toggleActiveSite(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // The shortcut grants activeTab, so the address is normally known; the content script also knows its site.
  const site = siteKeyForUrl(tab.url) ?? (await sendToTab(tab.id, { type: 'get-page-state' }, PageStateSchema))?.site ?? null;
  if (!site) return;
  const settings = await loadSettings();
  if (!settings.enabled) {
    // With the global switch off, the shortcut means "highlight here": turn both on.
    await enabledItem.setValue(true);
    if (!isSiteEnabled({ ...settings, enabled: true }, site)) await setSiteEnabled(site, true);
    return;
  }
  await setSiteEnabled(site, !isSiteEnabled(settings, site));
}
