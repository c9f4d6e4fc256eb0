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

/**
 * The key that opens the card of the focused or selected name as a dialog, with the focus in
 * it: Alt+Shift+Enter (Option+Shift+Return on a Mac). Enter alone follows a focused link;
 * Alt+Shift with a letter is Firefox's access-key chord, and browsers give none of the
 * Alt+Shift+Enter combinations a meaning in a page.
 */
export const CARD_KEY = { key: 'Enter', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false } as const;
export const CARD_KEY_LABEL = 'Alt+Shift+Enter';

/** How a card was asked for: what it may do with the focus follows from it. */
export type CardTrigger = 'pointer' | 'touch' | 'focus' | 'keyboard';

interface CardRequestBase {
  /** The mark the card explains; the card never covers it. */
  anchor: Element;
  /** Every piece of that mark (a name split across inline elements), the anchor among them. */
  pieces?: readonly Element[];
  /**
   * The article's own publication date, "YYYY-MM-DD", when the page declares one: the card
   * says so when it is far from the date of its record.
   */
  articleDate?: string | null;
  /**
   * `keyboard`: the reader asked for the card with the keyboard, so it takes the focus as a
   * non-modal dialog. Any other way, the focus stays where it is.
   */
  trigger?: CardTrigger;
  /** Called by a card that holds the focus when the reader tabs out of it: close it and put the focus back. */
  dismiss?(): void;
}

/**
 * What to show, decided by the page script: only it knows which marks it made, through its
 * registries (src/page/names/registry.ts, src/page/quotes/registry.ts), never by their attributes.
 */
export type CardRequest =
  | (CardRequestBase & { kind: 'entity'; entityId: string })
  | (CardRequestBase & { kind: 'quote'; checked: CheckedQuotation });

/** The card's place in the page: one shadow root, reused for every card. */
export interface CardSurface {
  /** Renders this card in place of any other; false when there is nothing to show (an unknown entity). */
  show(request: CardRequest): boolean;
  /** Empties the surface; it stays in the page for the next card. */
  hide(): void;
  /** Takes the surface out of the page for good. */
  remove(): void;
  /** The shadow host: events from inside the (closed) card reach the page retargeted to it. */
  readonly host: Element;
}

export interface CardUi {
  /** Creates and mounts the card's shadow root; it goes when `ctx` is invalidated. */
  createSurface(ctx: ContentScriptContext): Promise<CardSurface>;
}
