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

const CONTENT_ID = `${CARD_HOST_ID}-content`;

/**
 * The card's shadow root, after <html>'s last child so the page's own tree and styles
 * never see it, and the Preact cards rendered into it. Runs in the card script only.
 */
export async function createCardSurface(ctx: ContentScriptContext): Promise<CardSurface> {
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_TAG,
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: `${uiCss.replaceAll(':root', ':host')}\n${cardCss}`,
    onMount: (_container, _shadow, host) => {
      host.id = CARD_HOST_ID;
    },
  });
  ui.mount();
  return {
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
  const anchor = lineBoxOf(request.anchor);
  if (request.kind === 'quote') return <QuoteCard id={CONTENT_ID} checked={request.checked} anchor={anchor} />;
  const entity = getEntity(request.entityId);
  return entity ? <HoverCard id={CONTENT_ID} entity={entity} anchor={anchor} /> : null;
}

/** The first line box of the name: a name wrapped over two lines anchors the card to its start. */
function lineBoxOf(element: Element) {
  const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}
