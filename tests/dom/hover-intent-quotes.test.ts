// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_DELAY_MS, HoverIntent, SHOW_DELAY_MS } from '../../src/page/cards/hover-intent';
import { registerMention } from '../../src/page/names/registry';
import { registerQuoteMark } from '../../src/page/quotes/registry';
import type { CheckedQuotation } from '../../src/core/quotes';

function pointerOver(target: Element) {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
}

describe('HoverIntent on quote marks', () => {
  let shown: string[];
  let hidden: number;
  let intent: HoverIntent;
  let lifetime: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `
      <p><mark data-astana-quote="exact" id="q1">We will <b></b></mark><b><mark data-astana-quote="exact" id="q2">talk with </mark></b><mark data-astana-quote="exact" id="q3"><mark data-astana-entity="tass" id="name">TASS</mark> today</mark>, he said. <a href="#x" id="link"><mark data-astana-quote="close" id="q4">a linked quotation</mark></a> <span id="plain">plain</span></p>`;
    // Known to the extension through its registries, as the quote checker and highlighter leave them.
    const checked = {} as CheckedQuotation;
    const piece = (id: string) => document.getElementById(id)!;
    registerQuoteMark({ checked, elements: [piece('q1'), piece('q2'), piece('q3')] });
    registerQuoteMark({ checked, elements: [piece('q4')] });
    registerMention({ entityId: 'tass', category: 'organization', elements: [piece('name')] });
    shown = [];
    hidden = 0;
    const pieces: Record<string, string> = { q2: 'q1', q3: 'q1' };
    intent = new HoverIntent(
      document,
      {
        show: (mark) => shown.push(mark.id),
        hide: () => hidden++,
        isCard: () => false,
        targetOf: (mark) => document.getElementById(pieces[mark.id] ?? mark.id)!,
      },
      'card-id',
    );
    lifetime = new AbortController();
    intent.attach(lifetime.signal);
  });

  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  it('opens a card on a quote mark, and treats its pieces as one', () => {
    pointerOver(document.getElementById('q1')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown).toEqual(['q1']);
    pointerOver(document.getElementById('q2')!);
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(shown).toEqual(['q1']);
    expect(hidden).toBe(0);
  });

  it('gives a name inside a quotation precedence over the quotation', () => {
    pointerOver(document.getElementById('name')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown).toEqual(['name']);
    pointerOver(document.getElementById('q3')!);
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(shown).toEqual(['name', 'q1']);
  });

  it('never opens for a quote mark the extension did not make', () => {
    const forged = document.createElement('mark');
    forged.setAttribute('data-astana-quote', 'exact');
    forged.textContent = 'forged words';
    document.body.append(forged);
    pointerOver(forged);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 4);
    expect(shown).toEqual([]);
  });

  it('opens on keyboard focus of a link holding a quote mark', () => {
    document.getElementById('link')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shown).toEqual(['q4']);
    expect(document.getElementById('link')!.getAttribute('aria-describedby')).toBe('card-id');
  });
});
