import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { getEntity } from '../core/dataset';
import { UI_HOST_TAG } from '../platform/dom-contract';
import { HoverCard } from './HoverCard';
import { QuoteCard } from './QuoteCard';
import cardCss from './card.css?inline';
import uiCss from '../ui/ui.css?inline';
import { CARD_HOST_ID, type CardRequest, type CardSurface } from './contract';
import { pageLook } from './page-look';
import type { Rect } from './position';

const CONTENT_ID = `${CARD_HOST_ID}-content`;

/**
 * The card's shadow root, after <html>'s last child so the page's own tree and styles never
 * see it, and the Preact cards rendered into it. Runs in the card script only.
 *
 * The root is closed: a page script cannot reach into it to rewrite what the card says (the
 * host element is the page's to see, its contents are not). Nothing about the card is left in
 * the page's world either; the end-to-end tests read it through the browsers' DevTools
 * protocols (tests/e2e/support/card.ts), which see closed roots, so the build they test is
 * the one that ships.
 */
export async function createCardSurface(ctx: ContentScriptContext): Promise<CardSurface> {
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_TAG,
    mode: 'closed',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    // The shared palette is declared on the card itself too: its colours are light-dark() pairs,
    // which Chromium resolves where they are declared, so they must be declared where the card
    // sets its own colour scheme (the page's darkness, card.css).
    css: `${uiCss.replaceAll(':root', ':host, .af-card')}\n${cardCss}`,
    onMount: (_container, _shadow, host) => {
      host.id = CARD_HOST_ID;
    },
  });
  ui.mount();
  return {
    host: ui.shadowHost,
    show(request) {
      const card = cardFor(request);
      if (card) render(card, ui.uiContainer);
      return card !== null;
    },
    hide: () => render(null, ui.uiContainer),
    remove() {
      render(null, ui.uiContainer);
      ui.remove();
    },
  };
}

function cardFor(request: CardRequest) {
  // Measured now, at render time: the script may have loaded while the page moved.
  const anchor = boxOf(request.pieces?.length ? request.pieces : [request.anchor]);
  const shared = {
    id: CONTENT_ID,
    anchor,
    look: pageLook(request.anchor),
    trigger: request.trigger,
    dismiss: request.dismiss,
    articleDate: request.articleDate,
  };
  if (request.kind === 'quote') return <QuoteCard {...shared} checked={request.checked} />;
  const entity = getEntity(request.entityId);
  return entity ? <HoverCard {...shared} entity={entity} /> : null;
}

/**
 * The box the card must keep clear of: every line box of every piece of the mark. A name that
 * wraps over two lines, or crosses inline elements, is covered nowhere.
 */
function boxOf(elements: readonly Element[]): Rect {
  let box: Rect | null = null;
  for (const element of elements) {
    if (!element.isConnected) continue;
    const rects = element.getClientRects();
    for (const rect of rects.length ? rects : [element.getBoundingClientRect()]) {
      box = box
        ? { top: Math.min(box.top, rect.top), left: Math.min(box.left, rect.left), bottom: Math.max(box.bottom, rect.bottom), right: Math.max(box.right, rect.right) }
        : { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
    }
  }
  return box ?? { top: 0, left: 0, bottom: 0, right: 0 };
}
