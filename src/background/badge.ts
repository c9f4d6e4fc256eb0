import { browser } from 'wxt/browser';
import type { PageState } from '../platform/messaging';

// Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
const action = browser.action ?? browser.browserAction;

/**
 * The number of distinct entities the page mentions, on the tab's own badge. Both browsers reset
 * a tab's badge when it loads a new document, and keep it through in-page navigation (hash
 * links, pushState), where the highlights stay: so the badge is never cleared here.
 */
export async function showEntityCount(tabId: number, state: Pick<PageState, 'mentions'>): Promise<void> {
  const distinct = state.mentions.filter((mention) => mention.count > 0).length;
  try {
    await action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#4b5563' });
  } catch {
    // The tab closed meanwhile.
  }
}
