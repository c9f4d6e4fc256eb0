import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_ID, type CardRequest, type CardSurface } from '../../card/contract';
import { loadCardUi } from './load-card-ui';
import { ENTITY_ATTR, UI_HOST_TAG } from '../../platform/dom-contract';
import { quoteMarkOf } from '../quotes';
import { HoverIntent } from './hover-intent';

export interface HoverCards {
  detach(): void;
}

/**
 * Hover cards for the page's highlights and checked quotations (a name highlighted inside
 * a quotation shows the name's card). Only the hover logic is in the content script: the
 * cards themselves (Preact, the components, the dataset) are a separate script, imported
 * when the first card is due, and its shadow root is created then too.
 */
export function attachHoverCards(ctx: ContentScriptContext): HoverCards {
  let surface: Promise<CardSurface | null> | null = null;
  let created: CardSurface | null = null;
  let detached = false;
  /** Counts shows and hides, so a card whose script arrives late never replaces a newer state. */
  let generation = 0;

  const ensureSurface = () =>
    (surface ??= loadCardUi()
      .then((cardUi) => cardUi?.createSurface(ctx) ?? null)
      .then((made) => {
        if (made && detached) made.remove();
        else created = made;
        return detached ? null : made;
      })
      // A surface that cannot be made is no card, never an error on the page.
      .catch(() => null));

  const intent = new HoverIntent(
    document,
    {
      show(mark) {
        const request = requestFor(mark);
        const current = ++generation;
        if (!request) return;
        void ensureSurface().then((ready) => {
          if (current === generation) ready?.show(request);
        });
      },
      // The card script loads during the hover delay, so the first card is not late.
      prepare: () => void loadCardUi(),
      hide() {
        generation++;
        created?.hide();
      },
      isCard: (target) => target instanceof Element && target.closest(UI_HOST_TAG) !== null,
      // The pieces of one quotation are one target: its first piece.
      targetOf: (mark) => quoteMarkOf(mark)?.elements.find((el) => el.isConnected) ?? mark,
    },
    CARD_HOST_ID,
  );
  intent.attach();

  return {
    detach() {
      detached = true;
      generation++;
      intent.detach();
      created?.remove();
      created = null;
    },
  };
}

function requestFor(mark: HTMLElement): CardRequest | null {
  const entityId = mark.getAttribute(ENTITY_ATTR);
  if (entityId !== null) return { kind: 'entity', entityId, anchor: mark };
  const quote = quoteMarkOf(mark);
  return quote ? { kind: 'quote', checked: quote.checked, anchor: mark } : null;
}
