import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The contract between the probe (the content script every page gets) and the page script it
 * loads once a name was found (entrypoints/page.ts). Constants and types only, so neither
 * bundle pulls in the other's code.
 */

/** Where the build puts the page script; web-accessible, because a content script's import() needs that. */
export const PAGE_SCRIPT_PATH = '/page.js';

/** The property of the content script's own global (its isolated world) where the page script leaves its API. */
export const PAGE_SCRIPT_GLOBAL = '__astanaFactsPage';

export interface PageScript {
  /** Highlights names, checks quotations and answers the popup on this page, until `ctx` is invalidated. */
  start(ctx: ContentScriptContext): void;
}
