import { CARD_KEY, type CardTrigger } from '../../card/contract';
import { isOwnHighlight } from '../names/registry';
import { quoteMarkOf } from '../quotes/registry';

interface HoverIntentCallbacks {
  /** Show the card for this mark, asked for this way. */
  show(mark: HTMLElement, trigger: CardTrigger): void;
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

/** A name moved by less than this (sub-pixel layout noise) has not moved. */
const MOVE_TOLERANCE_PX = 1;
/** Marks hold text and our own nested marks only: the one under the pointer is a few levels up at most. */
const MAX_MARK_DEPTH = 8;
/** Elements whose focus stands for their text, so a name in them is what the reader is on. */
const LINK_LIKE = 'a[href], button, summary, [role="link"], [role="button"], [role="menuitem"], [role="tab"], [role="option"]';
/** At most this many marks are looked at inside a focused link or a selection. */
const MAX_MARKS_SEARCHED = 200;

/**
 * Decides when the card opens and closes.
 *
 * - Pointer: after a short hover (like Wikipedia's page previews); it stays open while the
 *   pointer travels from the name into the card, and closes on pointer-out, Escape, or a
 *   scroll that moves the name (a carousel scrolling elsewhere leaves it alone). After Escape
 *   it stays closed while the pointer rests on that name, until the pointer leaves and returns.
 * - Touch: a tap on a name opens its card at once; a second tap on it closes the card, or, on a
 *   linked name, follows the link (the first tap does not); a tap anywhere else closes it.
 * - Keyboard: focusing a link (or another control) that holds a name opens its card as the
 *   control's description (aria-describedby), leaving the focus where it is. Alt+Shift+Enter on
 *   a focused or selected name (caret browsing, a screen reader's selection) or while a card is
 *   shown opens the card as a dialog with the focus in it; Escape, or tabbing past its ends,
 *   closes it and gives the focus back. No mark ever becomes a tab stop.
 *
 * Marks are recognised through the extension's own registries, never by their attributes. No
 * event of the page is ever stopped; only the card key, and a first tap on a linked name, have
 * their default action prevented.
 */
export class HoverIntent {
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private current: HTMLElement | null = null;
  private trigger: CardTrigger | null = null;
  /** Where the open card's mark was when it opened: only a scroll that moves it closes the card. */
  private openedAt: { top: number; left: number } | null = null;
  /** The mark whose card Escape closed while the pointer was on it: it stays closed until the pointer leaves. */
  private suppressed: HTMLElement | null = null;
  /** The mark under the (mouse or pen) pointer, if any. */
  private hovered: HTMLElement | null = null;
  private lastPointerType = '';
  /** A button is held down: the focus that follows belongs to the pointer, not the keyboard. */
  private pressing = false;
  /** The focus is being given back by `dismiss`: that focus opens no card of its own. */
  private restoringFocus = false;
  private describedBy: { element: Element; previous: string | null } | null = null;
  /** Where the focus was before a keyboard-opened card took it, to give it back. */
  private returnFocus: { element: Element | null; ranges: Range[] } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly callbacks: HoverIntentCallbacks,
    private readonly cardId: string,
  ) {}

  /** Listens to the document until `signal` is aborted; then the card closes and every listener goes. */
  attach(signal: AbortSignal): void {
    if (signal.aborted) return;
    const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void, passive = false) =>
      this.doc.addEventListener(type, listener, { capture: true, passive, signal });
    on('pointerover', (event) => this.onPointerOver(event), true);
    on('pointerdown', (event) => this.onPointerDown(event), true);
    on('pointerup', () => (this.pressing = false), true);
    on('pointercancel', () => (this.pressing = false), true);
    on('click', (event) => this.onClick(event));
    on('focusin', (event) => this.onFocusIn(event));
    on('focusout', (event) => this.onFocusOut(event));
    on('keydown', (event) => this.onKeyDown(event));
    on('scroll', () => this.onScroll(), true);
    this.doc.documentElement.addEventListener('pointerleave', this.onLeaveWindow, { signal });
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  /** Closes the card now and forgets any pending hover. */
  close(): void {
    this.clearTimers();
    this.restoreDescribedBy();
    this.returnFocus = null;
    this.openedAt = null;
    this.trigger = null;
    if (this.current) {
      this.current = null;
      this.callbacks.hide();
    }
  }

  /** Closes a card that holds the focus and puts the focus back where it was (Escape, or tabbing out of the card). */
  dismiss(): void {
    const back = this.returnFocus;
    this.close();
    if (!back) return;
    if (back.element instanceof HTMLElement && back.element.isConnected && back.element !== this.doc.body) {
      this.restoringFocus = true;
      try {
        back.element.focus({ preventScroll: true });
      } finally {
        this.restoringFocus = false;
      }
    }
    if (back.ranges.length) {
      const selection = this.doc.getSelection();
      selection?.removeAllRanges();
      for (const range of back.ranges) selection?.addRange(range);
    }
  }

  private readonly onLeaveWindow = () => {
    this.hovered = null;
    this.suppressed = null;
    if (this.trigger !== 'keyboard') this.scheduleHide();
  };

  private onPointerOver(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    if (this.callbacks.isCard(event.target)) {
      this.hovered = null;
      this.cancelHide();
      return;
    }
    const highlight = this.targetAt(event.target);
    this.hovered = highlight;
    if (highlight !== this.suppressed) this.suppressed = null;
    // A card that holds the focus is the reader's until they leave it; the pointer does not take it away.
    if (this.trigger === 'keyboard') return;
    if (highlight && highlight === this.suppressed) return;
    if (highlight && highlight === this.current) {
      this.cancelHide();
      return;
    }
    this.cancelShow();
    if (highlight) {
      this.showTimer = setTimeout(() => this.open(highlight, 'pointer'), SHOW_DELAY_MS);
      this.callbacks.prepare?.();
    } else if (this.current) {
      this.scheduleHide();
    }
  }

  private onPointerDown(event: PointerEvent): void {
    this.lastPointerType = event.pointerType;
    this.pressing = true;
    if (event.pointerType === 'touch' && this.targetAt(event.target)) this.callbacks.prepare?.();
  }

  /** Taps: the click that follows a touch is where a tap's meaning (and a link's navigation) is decided. */
  private onClick(event: MouseEvent): void {
    if (this.lastPointerType !== 'touch') return;
    this.lastPointerType = '';
    if (this.callbacks.isCard(event.target)) return;
    const highlight = this.targetAt(event.target);
    if (!highlight) {
      if (this.current) this.close();
      return;
    }
    const linked = highlight.closest('a[href]') !== null;
    if (highlight === this.current) {
      // The second tap: a link is followed (its card goes with the page), plain text closes the card.
      if (!linked) this.close();
      return;
    }
    this.open(highlight, 'touch');
    // The first tap on a linked name shows what it is; the next tap follows the link.
    if (linked) event.preventDefault();
  }

  private onFocusIn(event: FocusEvent): void {
    if (this.callbacks.isCard(event.target)) return;
    const target = event.target instanceof Element ? event.target : null;
    if (this.trigger === 'keyboard') {
      // The focus left the card for the page (a click, or the page moving it): the dialog is done.
      this.close();
    }
    // A click's or a tap's focus is the pointer's business (its hover or tap opens the card; a
    // tap's focus comes after its pointerup, before its click), and focus given back is no new request.
    if (this.pressing || this.lastPointerType === 'touch' || this.restoringFocus) return;
    const highlight = target ? this.highlightOfFocused(target) : null;
    if (!highlight || !target) return;
    this.open(highlight, 'focus');
    // Screen readers announce the card as the focused control's description.
    this.describedBy = { element: target, previous: target.getAttribute('aria-describedby') };
    target.setAttribute('aria-describedby', [this.describedBy.previous, this.cardId].filter(Boolean).join(' '));
  }

  private onFocusOut(event: FocusEvent): void {
    if (this.trigger === 'keyboard') {
      // The focus leaving the document (another window) keeps the dialog for when it comes back.
      if (this.callbacks.isCard(event.target) && event.relatedTarget && !this.callbacks.isCard(event.relatedTarget)) this.close();
      return;
    }
    if (!this.describedBy || event.target !== this.describedBy.element) return;
    if (this.callbacks.isCard(event.relatedTarget)) return;
    this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // A key is pressed: whatever focus follows is the keyboard's.
    this.pressing = false;
    this.lastPointerType = '';
    if (event.key === 'Escape' && this.current) {
      if (this.hovered === this.current) this.suppressed = this.current;
      if (this.trigger === 'keyboard') this.dismiss();
      else this.close();
      return;
    }
    if (!isCardKey(event)) return;
    const highlight = this.current ?? this.highlightOfFocused(this.doc.activeElement) ?? this.highlightInSelection();
    if (!highlight) return;
    event.preventDefault();
    const active = this.doc.activeElement;
    const selection = this.doc.getSelection();
    const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i).cloneRange()) : [];
    const back = { element: this.callbacks.isCard(active) ? (this.returnFocus?.element ?? null) : active, ranges };
    this.restoreDescribedBy();
    this.open(highlight, 'keyboard');
    this.returnFocus = back;
  }

  private onScroll(): void {
    const current = this.current;
    if (!current || !this.trigger) return;
    const at = this.openedAt;
    const now = current.isConnected ? current.getBoundingClientRect() : null;
    if (now && at && Math.abs(now.top - at.top) <= MOVE_TOLERANCE_PX && Math.abs(now.left - at.left) <= MOVE_TOLERANCE_PX) return;
    if (!now) {
      this.close();
    } else if (this.trigger === 'focus' || this.trigger === 'keyboard') {
      // The focus is on the name or in its card (and focusing scrolls the name into view): follow the name.
      this.openedAt = { top: now.top, left: now.left };
      this.callbacks.show(current, this.trigger);
    } else {
      this.close();
    }
  }

  /** The mark a focused element stands for: the mark itself, or the first mark in a link-like control (never a landmark's). */
  private highlightOfFocused(element: Element | null): HTMLElement | null {
    if (!element || this.callbacks.isCard(element)) return null;
    const around = this.targetAt(element);
    if (around) return around;
    if (!element.matches(LINK_LIKE)) return null;
    return this.firstMarkIn(element, null);
  }

  /** The mark at the caret or selection: where caret browsing and screen readers' selections put a keyboard reader. */
  private highlightInSelection(): HTMLElement | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    for (const node of [selection.focusNode, selection.anchorNode]) {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      const found = this.targetAt(element);
      if (found) return found;
    }
    if (range.collapsed) return null;
    const container = range.commonAncestorContainer;
    const root = container instanceof Element ? container : container.parentElement;
    return root ? this.firstMarkIn(root, range) : null;
  }

  private firstMarkIn(root: Element, within: Range | null): HTMLElement | null {
    let seen = 0;
    for (const mark of root.getElementsByTagName('mark')) {
      if (++seen > MAX_MARKS_SEARCHED) break;
      if (within && !within.intersectsNode(mark)) continue;
      const found = this.targetAt(mark);
      if (found) return found;
    }
    return null;
  }

  private targetAt(target: EventTarget | null): HTMLElement | null {
    const mark = ownMarkAt(target);
    return mark ? (this.callbacks.targetOf?.(mark) ?? mark) : null;
  }

  private open(highlight: HTMLElement, trigger: CardTrigger): void {
    this.clearTimers();
    this.restoreDescribedBy();
    this.returnFocus = null;
    this.current = highlight;
    this.trigger = trigger;
    const box = highlight.getBoundingClientRect();
    this.openedAt = { top: box.top, left: box.left };
    this.callbacks.show(highlight, trigger);
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

/**
 * The extension's own mark at or around an element, known by its registries (never by the
 * page's attributes): the name highlight, or else the quote mark, so a name inside a quotation
 * takes precedence over the quotation.
 */
function ownMarkAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  let depth = 0;
  for (let el: Element | null = target; el && depth < MAX_MARK_DEPTH; el = el.parentElement, depth++) {
    if (isOwnHighlight(el) || quoteMarkOf(el)) return el as HTMLElement;
  }
  return null;
}

function isCardKey(event: KeyboardEvent): boolean {
  return (
    event.key === CARD_KEY.key &&
    event.altKey === CARD_KEY.altKey &&
    event.shiftKey === CARD_KEY.shiftKey &&
    event.ctrlKey === CARD_KEY.ctrlKey &&
    event.metaKey === CARD_KEY.metaKey
  );
}
