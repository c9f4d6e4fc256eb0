import { browser } from 'wxt/browser';

// Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
const action = browser.action ?? browser.browserAction;

export async function showEntityCount(tabId: number, distinctEntities: number): Promise<void> {
  await action.setBadgeText({ tabId, text: distinctEntities > 0 ? String(distinctEntities) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#4b5563' });
}

export async function clearBadge(tabId: number): Promise<void> {
  await action.setBadgeText({ tabId, text: '' });
}
