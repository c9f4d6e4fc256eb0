import { CARD_UI_GLOBAL, CARD_UI_PATH, type CardUi } from '../../card/contract';

/**
 * The browser's own extension API object. Mozilla's add-on linter accepts a dynamic import()
 * only of a URL written as `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)`, and the
 * bundler would rename an imported `browser`; `chrome` is a global in Chrome and Firefox alike.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

let loading: Promise<CardUi | null> | null = null;

/**
 * The card script, imported on the first call and shared by later ones. Null, once and
 * for good, when it cannot be loaded (typically: the extension was reloaded or updated
 * under this page, so its files and APIs are gone): the page then shows no card, and
 * nothing is thrown or retried on every hover.
 */
export function loadCardUi(): Promise<CardUi | null> {
  return (loading ??= importCardUi());
}

async function importCardUi(): Promise<CardUi | null> {
  try {
    // A URL only known at run time (Chrome's is per session); Vite must leave this import() to the browser.
    await import(/* @vite-ignore */ chrome.runtime.getURL(CARD_UI_PATH));
    const api = (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL];
    return isCardUi(api) ? api : null;
  } catch {
    return null;
  }
}

function isCardUi(value: unknown): value is CardUi {
  return typeof value === 'object' && value !== null && typeof (value as Partial<CardUi>).createSurface === 'function';
}
