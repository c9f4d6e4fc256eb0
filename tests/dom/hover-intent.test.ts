// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS, HoverIntent, SHOW_DELAY_MS } from '../../src/page/cards/hover-intent';

function pointerOver(target: Element) {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
}

describe('HoverIntent', () => {
  let shown: string[];
  let hidden: number;
  let intent: HoverIntent;
  let card: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `
      <p>Talks with <mark data-astana-entity="tass" id="m1">TASS</mark> and
      <a href="#x" id="link"><mark data-astana-entity="afp" id="m2">AFP</mark></a>, then <span id="plain">plain</span>.</p>`;
    card = document.createElement('astana-facts-ui');
    document.documentElement.append(card);
    shown = [];
    hidden = 0;
    intent = new HoverIntent(
      document,
      {
        show: (highlight) => shown.push(highlight.id),
        hide: () => hidden++,
        isCard: (target) => target instanceof Element && target.closest('astana-facts-ui') !== null,
      },
      'card-id',
    );
    intent.attach();
  });

  afterEach(() => {
    intent.detach();
    card.remove();
    vi.useRealTimers();
  });

  it('opens after a short hover, not on a pass-through', () => {
    pointerOver(document.getElementById('m1')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS - 50);
    pointerOver(document.getElementById('plain')!);
    vi.advanceTimersByTime(500);
    expect(shown).toEqual([]);
    pointerOver(document.getElementById('m1')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown).toEqual(['m1']);
  });

  it('stays open while the pointer crosses into the card, and closes after leaving it', () => {
    pointerOver(document.getElementById('m1')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    pointerOver(document.getElementById('plain')!);
    vi.advanceTimersByTime(HIDE_DELAY_MS / 2);
    pointerOver(card);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 3);
    expect(hidden).toBe(0);
    pointerOver(document.getElementById('plain')!);
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(hidden).toBe(1);
  });

  it('closes on Escape', () => {
    pointerOver(document.getElementById('m1')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(hidden).toBe(1);
  });

  it('opens on keyboard focus of a highlighted link and describes the link by the card', () => {
    const link = document.getElementById('link')!;
    link.setAttribute('aria-describedby', 'page-note');
    link.focus();
    expect(shown).toEqual(['m2']);
    expect(link.getAttribute('aria-describedby')).toBe('page-note card-id');
    link.blur();
    expect(hidden).toBe(1);
    // The page's own attribute value comes back exactly.
    expect(link.getAttribute('aria-describedby')).toBe('page-note');
  });

  it('never cancels page events', () => {
    const event = new PointerEvent('pointerover', { bubbles: true, cancelable: true, pointerType: 'mouse' });
    document.getElementById('m1')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
