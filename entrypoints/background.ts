import { browser } from 'wxt/browser';
import matcherData from 'virtual:astana-matcher';
import { clearBadge, showEntityCount } from '../src/background/badge';
import { registerLookupMenu } from '../src/background/context-menu';
import { pageSetupFor } from '../src/background/page-setup';
import { toggleActiveSite } from '../src/background/toggle-site';
import { isOwnSender, parseMessage } from '../src/platform/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'get-page-setup') {
      return Promise.resolve(pageSetupFor(sender.url ?? sender.tab?.url, matcherData));
    }
    const tabId = sender.tab?.id;
    if (message?.type === 'mentions-changed' && tabId !== undefined) {
      void showEntityCount(tabId, message.distinctEntities);
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearBadge(tabId);
  });

  // %s is replaced by the selected text.
  registerLookupMenu(browser.i18n.getMessage('contextMenuLookup') || 'Look up “%s” in Astana Facts');

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-site') void toggleActiveSite();
  });
});
