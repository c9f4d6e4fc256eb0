import { browser } from 'wxt/browser';
import { askTab } from '../platform/messaging';
import { siteKeyForUrl, toggledSite } from '../core/settings';
import { loadSettings, writeSettings } from '../platform/settings-storage';
import type { SettingsWriter } from './settings-writer';

/** The keyboard command: flips highlighting for the active tab's site. */
export async function toggleActiveSite(writer: SettingsWriter): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const site = siteKeyForUrl(tab.url) ?? (await siteOfTab(tab.id));
  if (!site) return;
  await writer.serially(async () => writeSettings(toggledSite(await loadSettings(), site)));
}

/**
 * The shortcut grants activeTab, so the tab's address is normally known; where it is not, the
 * content script tells its site (the page script) or its host (the probe).
 */
export async function siteOfTab(tabId: number): Promise<string | null> {
  const state = await askTab(tabId, { type: 'get-page-state' });
  if (!state) return null;
  return state.site ?? siteKeyForUrl(`https://${state.host}/`);
}
