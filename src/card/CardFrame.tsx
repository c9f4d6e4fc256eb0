import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { t, uiDirection, uiLocale } from '../platform/i18n';
import { CARD_KEY_LABEL, type CardTrigger } from './contract';
import type { PageLook } from './page-look';
import type { Rect } from './position';
import { useCardPlacement } from './use-card-placement';

/** What every card is given about where and how it shows, whatever it shows. */
export interface CardPlacementProps {
  id: string;
  anchor: Rect;
  look?: PageLook;
  trigger?: CardTrigger | undefined;
  dismiss?: (() => void) | undefined;
  /** The article's own publication date, when the page declares one. */
  articleDate?: string | null | undefined;
}

interface CardFrameProps extends CardPlacementProps {
  class: string;
  /** What changes the card's size, so it is placed again. */
  deps: readonly unknown[];
  data?: Record<`data-${string}`, string>;
  children: ComponentChildren;
}

/** The id of a card's heading, its accessible name. */
export const cardNameId = (cardId: string) => `${cardId}-name`;
/** The id of a card's line that says when the record is from: read out with the name. */
export const cardRecordId = (cardId: string) => `${cardId}-record`;

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The box every card is drawn in: placed clear of its name, laid out in the interface's own
 * language and direction (an English card on an Arabic page still runs left to right), light
 * or dark like the page under it, and scaled with the page's text.
 *
 * It is a non-modal dialog named by its heading. Opened from the keyboard it takes the focus,
 * and tabbing past its first or last control closes it and gives the focus back (`dismiss`);
 * opened by the pointer, by touch or as a focused link's description, it leaves the focus alone.
 */
export function CardFrame({ id, anchor, look, trigger, dismiss, class: className, deps, data, children }: CardFrameProps) {
  const { ref } = useCardPlacement(anchor, deps);
  const takesFocus = trigger === 'keyboard';

  // After the placement's layout effect (declared first): focusing an unplaced card would scroll to it.
  useLayoutEffect(() => {
    if (takesFocus) ref.current?.focus({ preventScroll: true });
  }, [takesFocus, anchor]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !takesFocus || !ref.current) return;
    const root = ref.current.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    const atEdge = event.shiftKey ? active === ref.current || active === first : last === undefined || active === last;
    if (atEdge) {
      event.preventDefault();
      dismiss?.();
    }
  };

  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={cardNameId(id)}
      aria-describedby={cardRecordId(id)}
      tabIndex={-1}
      dir={uiDirection()}
      lang={uiLocale()}
      class={className}
      data-theme={look?.theme ?? 'light'}
      data-trigger={trigger ?? 'pointer'}
      style={{ '--af-scale': String(look?.scale ?? 1) }}
      onKeyDown={onKeyDown}
      {...data}
    >
      <div class="af-card-inner">
        {children}
        {trigger === 'focus' ? <p class="af-card-key-hint">{t('cardKeyHint', CARD_KEY_LABEL)}</p> : null}
      </div>
    </div>
  );
}
