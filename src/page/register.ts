import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_SCRIPT_GLOBAL, type PageScript } from '../probe/contract';
import { attachHoverCards } from './cards/hover-cards';
import { startPageController } from './controller';

/**
 * Leaves the page script's API where the probe looks for it: the content script's own global
 * (its isolated world), since the probe imports this file. A page that fetched and ran the file
 * itself would only get these functions in its own window, with no extension API behind them.
 */
export function registerPageScript(): void {
  const api: PageScript = {
    start(ctx: ContentScriptContext) {
      // After an update or reload, this script's extension context is gone, but the page keeps
      // it: reading `isInvalid` notices that and runs the clean-up (highlights, cards, listeners).
      ctx.setInterval(() => void ctx.isInvalid, 2000);
      startPageController({
        signal: ctx.signal,
        attachCards: (signal) => attachHoverCards(ctx, signal),
      });
    },
  };
  (globalThis as Record<string, unknown>)[PAGE_SCRIPT_GLOBAL] = api;
}
