import { PAGE_SCRIPT_GLOBAL, PAGE_SCRIPT_PATH, type PageScript } from './contract';

/** The browser's own extension API; see src/page/cards/load-card-ui.ts for why it is `chrome`. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The page script, imported once. Null when it cannot be loaded (the extension was reloaded or
 * updated under this page): the page then stays as it is, and nothing is thrown.
 */
export async function loadPageScript(): Promise<PageScript | null> {
  try {
    await import(/* @vite-ignore */ chrome.runtime.getURL(PAGE_SCRIPT_PATH));
    const api = (globalThis as Record<string, unknown>)[PAGE_SCRIPT_GLOBAL];
    return typeof api === 'object' && api !== null && typeof (api as Partial<PageScript>).start === 'function'
      ? (api as PageScript)
      : null;
  } catch {
    return null;
  }
}
