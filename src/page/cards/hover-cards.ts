import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_ID, type CardRequest, type CardSurface, type CardTrigger } from '../../card/contract';
import { loadCardUi } from './load-card-ui';
import { mentionOf } from '../names/registry';
import { quoteMarkOf } from '../quotes/registry';
import { HoverIntent } from './hover-intent';
import { readArticleDate } from './read-article-date';
import { onEnd } from '../lifetime';

/**
 * Hover cards for the page's highlights and checked quotations (a name highlighted inside
 * a quotation shows the name's card). Only the hover logic is in the page script: the
 * cards themselves (Preact, the components, the dataset) are a separate script, imported
 * when the first card is due, and its shadow root is created then too.
 *
 * What a card shows comes from the extension's registries of the marks it made, never from
 * the page's attributes: a page's own `<mark data-astana-entity>` gets no card, and a real
 * mark whose attribute the page changed still shows the entity it was made for.
 *
 * The cards last as long as `signal`: then the listeners go and the card's host is removed.
 * `ctx` is the content script's context, which the card surface needs for its shadow root.
 */
export function attachHoverCards(ctx: ContentScriptContext, signal: AbortSignal): void {
  let surface: Promise<CardSurface | null> | null = null;
  let created: CardSurface | null = null;
  /** Counts shows and hides, so a card whose script arrives late never replaces a newer state. */
  let generation = 0;
  /** Read once, on the first card: the page's declared date does not change under a reader. */
  let articleDate: string | null | undefined;

  const ensureSurface = () =>
    (surface ??= loadCardUi()
      .then((cardUi) => cardUi?.createSurface(ctx) ?? null)
      .then((made) => {
        if (made && signal.aborted) made.remove();
        else created = made;
        return signal.aborted ? null : made;
      })
      // A surface that cannot be made is no card, never an error on the page.
      .catch(() => null));

  const intent = new HoverIntent(
    document,
    {
      show(mark, trigger) {
        // `undefined` until read: a page that declares no date (null) is not read again.
        if (articleDate === undefined) articleDate = readArticleDate(document);
        const request = requestFor(mark, trigger, articleDate, () => intent.dismiss());
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
      // The card's own host, not any element that carries its tag name.
      isCard: (target) => created !== null && target === created.host,
      // The pieces of one name (split around inline elements) or one quotation are one target: its first piece.
      targetOf: (mark) =>
        (mentionOf(mark)?.elements ?? quoteMarkOf(mark)?.elements)?.find((el) => el.isConnected) ?? mark,
    },
    CARD_HOST_ID,
  );
  intent.attach(signal);
  onEnd(signal, () => {
    generation++;
    created?.remove();
    created = null;
  });
}

function requestFor(mark: HTMLElement, trigger: CardTrigger, articleDate: string | null, dismiss: () => void): CardRequest | null {
  const shared = { anchor: mark, trigger, articleDate, dismiss };
  const mention = mentionOf(mark);
  if (mention) return { ...shared, kind: 'entity', entityId: mention.entityId, pieces: mention.elements };
  const quote = quoteMarkOf(mark);
  return quote ? { ...shared, kind: 'quote', checked: quote.checked, pieces: [mark] } : null;
}
