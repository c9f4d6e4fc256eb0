// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardTrigger } from '../../src/card/contract';
import { HIDE_DELAY_MS, HoverIntent, SHOW_DELAY_MS } from '../../src/page/cards/hover-intent';
import { registerMention } from '../../src/page/names/registry';

function pointerOver(target: Element, pointerType = 'mouse') {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType }));
}

/** A tap as the browser reports it: pointer down and up, then the click that carries its meaning. */
function tap(target: Element): MouseEvent {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
  target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'touch' }));
  // As Chromium does: the compatibility mousedown, and the focus it gives a link, come after pointerup.
  (target.closest('a') as HTMLElement | null)?.focus();
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(click);
  return click;
}

const press = (key: string, init: KeyboardEventInit = {}) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
const cardKey = () => press('Enter', { altKey: true, shiftKey: true });

/** Registers marks as the highlighter does: the extension knows its own, whatever their attributes say. */
function own(...ids: string[]) {
  for (const id of ids) {
    const el = document.getElementById(id)!;
    registerMention({ entityId: el.dataset.astanaEntity ?? id, category: 'person', elements: [el] });
  }
}

describe('HoverIntent', () => {
  let shown: string[];
  let triggers: CardTrigger[];
  let hidden: number;
  let intent: HoverIntent;
  let lifetime: AbortController;
  let card: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `
      <p>Talks with <mark data-astana-entity="tass" id="m1">TASS</mark> and
      <a href="#x" id="link"><mark data-astana-entity="afp" id="m2">AFP</mark></a>, then <span id="plain">plain</span>
      and a <mark data-astana-entity="tass" id="forged">forged mark</mark>.</p>
      <main id="main" tabindex="-1"><p>Inside: <mark data-astana-entity="tbs" id="m3">TBS</mark>.</p></main>
      <div id="carousel" style="overflow: auto"><div style="width: 4000px">slides</div></div>`;
    own('m1', 'm2', 'm3');
    card = document.createElement('astana-facts-ui');
    document.documentElement.append(card);
    shown = [];
    triggers = [];
    hidden = 0;
    intent = new HoverIntent(
      document,
      {
        show: (highlight, trigger) => {
          shown.push(highlight.id);
          triggers.push(trigger);
        },
        hide: () => hidden++,
        isCard: (target) => target === card,
      },
      'card-id',
    );
    lifetime = new AbortController();
    intent.attach(lifetime.signal);
  });

  afterEach(() => {
    lifetime.abort();
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
    expect(triggers).toEqual(['pointer']);
  });

  it('never opens for a mark the extension did not make, whatever its attributes', () => {
    pointerOver(document.getElementById('forged')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 4);
    document.getElementById('forged')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shown).toEqual([]);
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

  it('closes on Escape, and stays closed while the pointer rests on the name, until it leaves and comes back', () => {
    const name = document.getElementById('m1')!;
    pointerOver(name);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    press('Escape');
    expect(hidden).toBe(1);
    // The browser reports the pointer over the name again (the card's content went away under it).
    pointerOver(name);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 4);
    expect(shown).toEqual(['m1']);
    pointerOver(document.getElementById('plain')!);
    pointerOver(name);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown).toEqual(['m1', 'm1']);
  });

  it('closes on a scroll that moves the name, not on one elsewhere (a carousel)', () => {
    const name = document.getElementById('m1')!;
    let top = 100;
    vi.spyOn(name, 'getBoundingClientRect').mockImplementation(() => new DOMRect(10, top, 40, 18));
    pointerOver(name);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    document.getElementById('carousel')!.dispatchEvent(new Event('scroll'));
    expect(hidden).toBe(0);
    top = 60;
    document.dispatchEvent(new Event('scroll'));
    expect(hidden).toBe(1);
  });

  it('opens on keyboard focus of a highlighted link and describes the link by the card', () => {
    const link = document.getElementById('link')!;
    link.setAttribute('aria-describedby', 'page-note');
    link.focus();
    expect(shown).toEqual(['m2']);
    expect(triggers).toEqual(['focus']);
    expect(link.getAttribute('aria-describedby')).toBe('page-note card-id');
    link.blur();
    expect(hidden).toBe(1);
    // The page's own attribute value comes back exactly.
    expect(link.getAttribute('aria-describedby')).toBe('page-note');
  });

  it('never opens for a focused container, nor describes a landmark by the card', () => {
    const main = document.getElementById('main')!;
    main.focus();
    expect(shown).toEqual([]);
    expect(main.hasAttribute('aria-describedby')).toBe(false);
  });

  it('a click on a linked name is the pointer\'s: its focus opens no second card', () => {
    const link = document.getElementById('link')!;
    link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }));
    link.focus();
    expect(shown).toEqual([]);
  });

  it('the card key opens the card of the selected name as a dialog, and Escape gives the focus back', () => {
    const name = document.getElementById('m3')!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(name.firstChild!, 1);
    selection.addRange(range);
    cardKey();
    expect(shown).toEqual(['m3']);
    expect(triggers).toEqual(['keyboard']);
    // While the dialog holds the focus, the pointer does not take it away.
    pointerOver(document.getElementById('plain')!);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(hidden).toBe(0);
    press('Escape');
    expect(hidden).toBe(1);
    expect(selection.rangeCount).toBe(1);
    expect(selection.getRangeAt(0).startContainer).toBe(name.firstChild);
  });

  it('the card key on a focused link moves its described card into a dialog; tabbing out gives the focus back', () => {
    const link = document.getElementById('link')!;
    link.focus();
    cardKey();
    expect(triggers).toEqual(['focus', 'keyboard']);
    // The card takes the focus (its host is what the page sees).
    card.tabIndex = -1;
    card.focus();
    intent.dismiss();
    expect(document.activeElement).toBe(link);
    // The focus given back is not a new request for the card.
    expect(shown).toEqual(['m2', 'm2']);
  });

  it('the card key does nothing, and is left to the page, where no name is focused or selected', () => {
    document.getSelection()!.removeAllRanges();
    const event = new KeyboardEvent('keydown', { key: 'Enter', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    document.dispatchEvent(event);
    expect(shown).toEqual([]);
    expect(event.defaultPrevented).toBe(false);
  });

  it('a tap opens the card at once; a second tap closes it; a tap elsewhere closes it', () => {
    const name = document.getElementById('m1')!;
    pointerOver(name, 'touch');
    tap(name);
    expect(shown).toEqual(['m1']);
    expect(triggers).toEqual(['touch']);
    tap(name);
    expect(hidden).toBe(1);
    tap(name);
    tap(document.getElementById('plain')!);
    expect(hidden).toBe(2);
  });

  it('a first tap on a linked name shows its card instead of following the link; the second tap follows it', () => {
    const name = document.getElementById('m2')!;
    expect(tap(name).defaultPrevented).toBe(true);
    expect(shown).toEqual(['m2']);
    expect(tap(name).defaultPrevented).toBe(false);
    // A mouse click is never held back.
    intent.close();
    name.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    name.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });

  it('never cancels page events', () => {
    const event = new PointerEvent('pointerover', { bubbles: true, cancelable: true, pointerType: 'mouse' });
    document.getElementById('m1')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
