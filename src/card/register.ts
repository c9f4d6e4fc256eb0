import { CARD_UI_GLOBAL, type CardUi } from './contract';
import { createCardSurface } from './surface';

/**
 * Leaves the card API where the content script's loader looks for it. The card script is
 * imported by the content script, so this global is the content script's isolated world;
 * a page that fetched the file and ran it would only put these functions in its own
 * window, where they hold nothing of the extension's.
 */
export function registerCardUi(): void {
  const api: CardUi = { createSurface: createCardSurface };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = api;
}
