import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckedQuotation } from '../core/quotes';

/**
 * The contract between the content script and the card script it loads when the first
 * card is due (entrypoints/card-ui.ts). Only constants and types live here, so neither
 * bundle pulls in the other's code: the content script stays free of Preact, the card
 * components and the dataset.
 */

/** Where the build puts the card script; web-accessible, because a content script's import() needs that. */
export const CARD_UI_PATH = '/card-ui.js';

/**
 * The property of the content script's own global (its isolated world, never the page's
 * window) where the card script leaves its API. WXT builds unlisted scripts as classic
 * IIFEs, which have no exports to hand it over with.
 */
export const CARD_UI_GLOBAL = '__astanaFactsCardUi';

/** Id of the card's shadow host: what a focused name's aria-describedby points at. */
export const CARD_HOST_ID = 'astana-facts-card';

/** What to show, decided by the content script: only it knows its quote marks (src/quote-marks/registry.ts). */
export type CardRequest =
  | { kind: 'entity'; entityId: string; anchor: Element }
  | { kind: 'quote'; checked: CheckedQuotation; anchor: Element };

/** The card's place in the page: one shadow root, reused for every card. */
export interface CardSurface {
  /** Renders this card in place of any other; false when there is nothing to show (an unknown entity). */
  show(request: CardRequest): boolean;
  /** Empties the surface; it stays in the page for the next card. */
  hide(): void;
  /** Takes the surface out of the page for good. */
  remove(): void;
}

export interface CardUi {
  /** Creates and mounts the card's shadow root; it goes when `ctx` is invalidated. */
  createSurface(ctx: ContentScriptContext): Promise<CardSurface>;
}
