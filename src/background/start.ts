import { browser } from 'wxt/browser';
import { watchSettings } from '../platform/settings-storage';
import { registerLookupMenu } from './context-menu';
import { routeMessages, type RouterOptions } from './router';
import { createSettingsWriter } from './settings-writer';
import { toggleActiveSite } from './toggle-site';
import { ToolbarIcons } from './toolbar-icon';

interface BackgroundOptions {
  matcher: RouterOptions['matcher'];
  persistentBackground: boolean;
}

/** Everything the background does, registered synchronously at start (MV3 wakes it for these events only). */
export function startBackground({ matcher, persistentBackground }: BackgroundOptions): void {
  const writer = createSettingsWriter();
  const icons = new ToolbarIcons();
  routeMessages({ matcher, writer, icons });
  watchSettings((settings) => void icons.update(settings));
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'complete') void icons.tabLoaded(tabId);
  });
  registerLookupMenu({
    title: browser.i18n.getMessage('contextMenuLookup') || 'Look up “%s” in Astana Facts',
    persistentBackground,
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-site') void toggleActiveSite(writer);
  });
}
