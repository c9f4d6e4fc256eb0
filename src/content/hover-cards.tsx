import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { getEntity } from '../dataset';
import { ENTITY_ATTR, UI_HOST_TAG } from '../highlight/dom-contract';
import { quoteMarkOf } from '../quote-marks';
import { HoverCard } from '../tooltip/HoverCard';
import { HoverIntent } from '../tooltip/hover-intent';
import { QuoteCard } from '../tooltip/QuoteCard';
import cardCss from '../tooltip/card.css?inline';
import uiCss from '../ui/ui.css?inline';

const CARD_ID = 'astana-facts-card';

export interface HoverCards {
  detach(): void;
}

/**
 * Hover cards for the page's highlights and checked quotations (a name
 * highlighted inside a quotation shows the name's card). The shadow root is created on the
 * first hover, not at page load, and sits after <body> so the page's own tree
 * and styles never see it.
 */
export function attachHoverCards(ctx: ContentScriptContext): HoverCards {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let visible = false;

  const ensureUi = () =>
    (creating ??= createShadowRootUi(ctx, {
      name: UI_HOST_TAG,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: `${uiCss.replaceAll(':root', ':host')}\n${cardCss}`,
      onMount: (_container, _shadow, host) => {
        host.id = CARD_ID;
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    }));

  const intent = new HoverIntent(
    document,
    {
      show(mark) {
        const card = cardFor(mark);
        if (!card) return;
        visible = true;
        void ensureUi().then((created) => {
          if (!visible) return;
          render(card, created.uiContainer);
        });
      },
      hide() {
        visible = false;
        if (ui) render(null, ui.uiContainer);
      },
      isCard: (target) => target instanceof Element && target.closest(UI_HOST_TAG) !== null,
      // The pieces of one quotation are one target: its first piece.
      targetOf: (mark) => quoteMarkOf(mark)?.elements.find((el) => el.isConnected) ?? mark,
    },
    CARD_ID,
  );
  intent.attach();

  return {
    detach() {
      intent.detach();
      if (ui) {
        render(null, ui.uiContainer);
        ui.remove();
      }
      ui = null;
      creating = null;
    },
  };
}

function cardFor(mark: HTMLElement) {
  const id = `${CARD_ID}-content`;
  const entityId = mark.getAttribute(ENTITY_ATTR);
  if (entityId !== null) {
    const entity = getEntity(entityId);
    return entity ? <HoverCard id={id} entity={entity} anchor={lineBoxOf(mark)} /> : null;
  }
  const quote = quoteMarkOf(mark);
  return quote ? <QuoteCard id={id} checked={quote.checked} anchor={lineBoxOf(mark)} /> : null;
}

/** The first line box of the name: a name wrapped over two lines anchors the card to its start. */
function lineBoxOf(element: Element) {
  const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}
