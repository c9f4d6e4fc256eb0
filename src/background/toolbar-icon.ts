import { browser } from 'wxt/browser';
import { hasSiteExceptions, isOnByDefault, isSiteEnabled, type Settings } from '../core/settings';
import { siteOfTab } from './toggle-site';

// Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
const action = browser.action ?? browser.browserAction;

const ICONS = {
  on: { 16: '/icon/16.png', 32: '/icon/32.png' },
  off: { 16: '/icon/off-16.png', 32: '/icon/off-32.png' },
} as const;

type IconState = keyof typeof ICONS;

/** The icon for a tab: "off" where the extension does not highlight (that site, or everywhere). */
export function iconStateFor(settings: Settings, site: string | null): IconState {
  if (site === null) return isOnByDefault(settings) ? 'on' : 'off';
  return isSiteEnabled(settings, site) ? 'on' : 'off';
}

/**
 * Keeps the toolbar icon in step with the settings: the browser-wide icon shows the default
 * (on, or off when the global switch is off or only listed sites are on), and a tab whose site
 * has its own rule gets its own icon. Without the `tabs` permission the background does not see
 * tab addresses, so a tab's site comes from its content script: from the page script's reports,
 * or, when a tab finishes loading or the settings change, by asking it. Nothing is asked while
 * no site has a rule of its own, which is how most people use the extension.
 */
export class ToolbarIcons {
  private settings: Settings | null = null;
  /** Settles with the first settings: events that woke the background wait for them. */
  private readonly loaded: Promise<void>;
  private markLoaded!: () => void;

  constructor() {
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
  }

  /** New settings: the browser-wide icon, then, when where it highlights changed, every tab's. */
  async update(settings: Settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    this.markLoaded();
    await setIcon(undefined, iconStateFor(settings, null));
    // The first read after the background (re)starts changes nothing: tabs keep the icons set before.
    if (!before || sameReach(before, settings)) return;
    const tabs = await browser.tabs.query({}).catch(() => []);
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : this.refreshTab(tab.id))));
  }

  /** A tab finished loading (a new document or an in-page navigation). */
  async tabLoaded(tabId: number): Promise<void> {
    await this.loaded;
    if (this.settings && hasSiteExceptions(this.settings)) await this.refreshTab(tabId);
  }

  /** The tab's content script said which site it is on. */
  async showSite(tabId: number, site: string | null): Promise<void> {
    await this.loaded;
    if (this.settings) await setIcon(tabId, iconStateFor(this.settings, site));
  }

  private async refreshTab(tabId: number): Promise<void> {
    const site = await siteOfTab(tabId);
    if (this.settings) await setIcon(tabId, iconStateFor(this.settings, site));
  }
}

/** Whether two settings highlight on the same sites (categories, cards and quotes aside). */
function sameReach(a: Settings, b: Settings): boolean {
  if (a.enabled !== b.enabled || a.mode !== b.mode) return false;
  const sites = new Set([...Object.keys(a.siteRules), ...Object.keys(b.siteRules)]);
  return [...sites].every((site) => a.siteRules[site] === b.siteRules[site]);
}

async function setIcon(tabId: number | undefined, state: IconState): Promise<void> {
  try {
    await action.setIcon({ path: { ...ICONS[state] }, ...(tabId === undefined ? {} : { tabId }) });
  } catch {
    // The tab closed meanwhile.
  }
}
