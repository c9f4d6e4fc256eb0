import { browser } from 'wxt/browser';
import { sourceViewPath, type Citation } from '../core/citation';
import type { OpenSourceMessage } from './messaging';

/**
 * How a citation reaches the source view from where it is shown. Extension pages (popup,
 * lookup) link to it; a card runs in a web page, where a link to an extension page that is not
 * web-accessible is blocked, so it asks the background to open the tab.
 */

/** The source view's full address for this citation. */
export function sourceViewUrl(citation: Citation): string {
  return browser.runtime.getURL(sourceViewPath(citation));
}

/** True in the extension's own pages; false in a content script, which shares the web page's location. */
export function inExtensionPage(): boolean {
  try {
    // By the address's start, not URL.origin: the origin of a chrome-extension: or moz-extension:
    // address is opaque ("null") to some URL parsers.
    return typeof location !== 'undefined' && location.href.startsWith(browser.runtime.getURL('/'));
  } catch {
    return false;
  }
}

/**
 * Asks the background to open the source view. Sent as a plain message, with only the message
 * type imported, so the card script does not carry the protocol's schemas.
 */
export function openSourceViaBackground(citation: Citation): void {
  const message: OpenSourceMessage = { type: 'open-source', sourceId: citation.sourceId };
  if (citation.factId !== undefined) message.factId = citation.factId;
  else if (citation.quoteId !== undefined) message.quoteId = citation.quoteId;
  try {
    // A reload or update of the extension under the page leaves nothing to answer: nothing opens.
    void Promise.resolve(browser.runtime.sendMessage(message)).catch(() => {});
  } catch {
    // Same, where the API throws synchronously (an invalidated context).
  }
}
