import { HIGHLIGHT_SELECTOR } from '../../platform/dom-contract';
import { QUOTE_SELECTOR } from '../quotes/contract';

export interface HoverIntentCallbacks {
  /** Show the card for this highlight; `byKeyboard` when focus, not the pointer, brought it. */
  show(highlight: HTMLElement, byKeyboard: boolean): void;
  /** A card may open soon (the pointer came to rest on a mark): time to fetch what showing it needs. */
  prepare?(): void;
  hide(): void;
  /** True for events that come from the card itself (retargeted to its shadow host). */
  isCard(target: EventTarget | null): boolean;
  /**
   * The element that stands for a hovered mark: the pieces of one quotation split around
   * inline elements are one target, so moving between them does not reopen the card.
   */
  targetOf?(mark: HTMLElement): HTMLElement;
}

export const SHOW_DELAY_MS = 250;
export const HIDE_DELAY_MS = 300;

/**
 * Decides when the hover card opens and closes, the way Wikipedia's page
 * previews do: after a short hover, or at once on keyboard focus; it stays
 * open while the pointer travels from the name into the card (the hover
 * bridge), and closes on pointer-out, Escape or scrolling. It never takes
 * focus and never stops an event from reaching the page.
 */
export class HoverIntent {
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private current: HTMLElement | null = null;
  private describedBy: { element: Element; previous: string | null } | null = null;
  private readonly listeners: [string, EventListener, AddEventListenerOptions][];

  constructor(
    private readonly doc: Document,
    private readonly callbacks: HoverIntentCallbacks,
    private readonly cardId: string,
  ) {
    this.listeners = [
      ['pointerover', (event) => this.onPointerOver(event as PointerEvent), { capture: true, passive: true }],
      ['focusin', (event) => this.onFocusIn(event as FocusEvent), { capture: true }],
      ['focusout', (event) => this.onFocusOut(event as FocusEvent), { capture: true }],
      ['keydown', (event) => this.onKeyDown(event as KeyboardEvent), { capture: true }],
      ['scroll', () => this.close(), { capture: true, passive: true }],
    ];
  }

  attach(): void {
    for (const [type, listener, options] of this.listeners) this.doc.addEventListener(type, listener, options);
    this.doc.documentElement.addEventListener('pointerleave', this.onLeaveWindow);
  }

  detach(): void {
    for (const [type, listener, options] of this.listeners) this.doc.removeEventListener(type, listener, options);
    this.doc.documentElement.removeEventListener('pointerleave', this.onLeaveWindow);
    this.close();
  }

  /** Closes the card now and forgets any pending hover. */
  close(): void {
    this.clearTimers();
    this.restoreDescribedBy();
    if (this.current) {
      this.current = null;
      this.callbacks.hide();
    }
  }

  private readonly onLeaveWindow = () => this.scheduleHide();

  private onPointerOver(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.callbacks.isCard(event.target)) {
      this.cancelHide();
      return;
    }
    const highlight = this.targetAt(event.target);
    if (highlight && highlight === this.current) {
      this.cancelHide();
      return;
    }
    this.cancelShow();
    if (highlight) {
      this.showTimer = setTimeout(() => this.open(highlight, false), SHOW_DELAY_MS);
      this.callbacks.prepare?.();
    } else if (this.current) {
      this.scheduleHide();
    }
  }

  private onFocusIn(event: FocusEvent): void {
    if (this.callbacks.isCard(event.target)) return;
    const target = event.target instanceof Element ? event.target : null;
    const inside = target?.querySelector(HIGHLIGHT_SELECTOR) ?? target?.querySelector(QUOTE_SELECTOR);
    const highlight = this.targetAt(target) ?? (inside ? this.canonical(inside as HTMLElement) : null);
    if (!highlight || !target) return;
    this.open(highlight, true);
    // Screen readers announce the card as the focused link's description.
    this.describedBy = { element: target, previous: target.getAttribute('aria-describedby') };
    target.setAttribute('aria-describedby', [this.describedBy.previous, this.cardId].filter(Boolean).join(' '));
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.describedBy || event.target !== this.describedBy.element) return;
    if (this.callbacks.isCard(event.relatedTarget)) return;
    this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.current) this.close();
  }

  private targetAt(target: EventTarget | null): HTMLElement | null {
    const mark = markAt(target);
    return mark ? this.canonical(mark) : null;
  }

  private canonical(mark: HTMLElement): HTMLElement {
    return this.callbacks.targetOf?.(mark) ?? mark;
  }

  private open(highlight: HTMLElement, byKeyboard: boolean): void {
    this.clearTimers();
    this.current = highlight;
    this.callbacks.show(highlight, byKeyboard);
  }

  private scheduleHide(): void {
    this.cancelShow();
    if (this.hideTimer || !this.current) return;
    this.hideTimer = setTimeout(() => this.close(), HIDE_DELAY_MS);
  }

  private cancelShow(): void {
    if (this.showTimer) clearTimeout(this.showTimer);
    this.showTimer = null;
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private clearTimers(): void {
    this.cancelShow();
    this.cancelHide();
  }

  private restoreDescribedBy(): void {
    if (!this.describedBy) return;
    const { element, previous } = this.describedBy;
    if (previous === null) element.removeAttribute('aria-describedby');
    else element.setAttribute('aria-describedby', previous);
    this.describedBy = null;
  }
}

/** The name highlight under the pointer, or else the quote mark: a name inside a quotation takes precedence. */
function markAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return (target.closest(HIGHLIGHT_SELECTOR) ?? target.closest(QUOTE_SELECTOR)) as HTMLElement | null;
}
