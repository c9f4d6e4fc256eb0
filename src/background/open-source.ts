import { browser } from 'wxt/browser';
import { resolveCitation, sourceViewPath, type Citation } from '../core/citation';
import { isContentScript, type OpenSourceMessage, type Sender } from '../platform/messaging';

/**
 * The citation to open for an `open-source` message: only a source of the bundled dataset, and
 * only a fact or quote that rests on it; null for anything else. The ids come back from the
 * dataset, not from the message, so the address the background builds holds nothing a sender
 * chose beyond which of the extension's own records to show.
 */
export function citationToOpen(message: OpenSourceMessage): Citation | null {
  const requested: Citation = { sourceId: message.sourceId };
  if (message.factId !== undefined) requested.factId = message.factId;
  if (message.quoteId !== undefined) requested.quoteId = message.quoteId;
  const result = resolveCitation(requested);
  if (!result.ok) return null;
  const { source, cited, citedProblem } = result.citation;
  if (citedProblem) return null;
  if (cited?.kind === 'fact') return { sourceId: source.id, factId: cited.fact.id };
  if (cited?.kind === 'quote') return { sourceId: source.id, quoteId: cited.quote.id };
  return { sourceId: source.id };
}

/**
 * Opens the source view for a card's citation, in a new tab next to the page the card is on
 * (extension pages link to it themselves).
 * A card cannot link there itself: the page is not web-accessible, by design. Needs no
 * permission: tabs.create does not, and the address is the extension's own.
 */
export async function openSourceView(message: OpenSourceMessage, sender: Sender): Promise<void> {
  // The router accepts this message from content scripts only; checked here too, so that no
  // other wiring can let a web page or another extension open tabs through us.
  if (!isContentScript(sender)) return;
  const citation = citationToOpen(message);
  if (!citation) return;
  const tab = sender.tab;
  try {
    await browser.tabs.create({
      url: browser.runtime.getURL(sourceViewPath(citation)),
      ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
    });
  } catch {
    // The sender's window closed meanwhile: nothing to open next to.
  }
}
