import { browser } from 'wxt/browser';
import { siteKeyForUrl } from '../core/settings/site';
import {
  EXTENSION_TO_BACKGROUND,
  isContentScript,
  isExtensionPage,
  PAGE_TO_BACKGROUND,
  receiver,
  type PageSetup,
} from '../platform/messaging';
import { showEntityCount } from './badge';
import { openSourceView } from './open-source';
import { pageSetupFor } from './page-setup';
import type { SettingsWriter } from './settings-writer';
import type { ToolbarIcons } from './toolbar-icon';

export interface RouterOptions {
  matcher: PageSetup['matcher'];
  writer: SettingsWriter;
  icons: ToolbarIcons;
}

/** The background's answers: to content scripts (page setup, page state, citations) and to extension pages (settings). */
export function routeMessages({ matcher, writer, icons }: RouterOptions): void {
  browser.runtime.onMessage.addListener(
    receiver(PAGE_TO_BACKGROUND, isContentScript, {
      'get-page-setup': (_request, sender) => pageSetupFor(sender.url ?? sender.tab?.url, matcher),
      'page-state-changed': ({ state }, sender) => {
        const tabId = sender.tab!.id!;
        void showEntityCount(tabId, state);
        void icons.showSite(tabId, state.site ?? siteKeyForUrl(sender.url));
      },
      'open-source': (request, sender) => void openSourceView(request, sender),
    }),
  );
  browser.runtime.onMessage.addListener(
    receiver(EXTENSION_TO_BACKGROUND, isExtensionPage, {
      'change-settings': async ({ change }) => {
        await writer.apply(change);
        return true as const;
      },
    }),
  );
}
