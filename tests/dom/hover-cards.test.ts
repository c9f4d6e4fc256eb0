// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardRequest, CardSurface, CardUi } from '../../src/card/contract';
import { SHOW_DELAY_MS } from '../../src/page/cards/hover-intent';

/** The card script, as the content script's loader would hand it over, under the test's control. */
const cardScript = vi.hoisted(() => ({
  load: null as null | (() => Promise<unknown>),
}));
vi.mock('../../src/page/cards/load-card-ui', () => ({ loadCardUi: () => cardScript.load!() }));

const { attachHoverCards } = await import('../../src/page/cards/hover-cards');

function pointerOver(target: Element) {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A surface that records what it was asked to do. */
function fakeSurface() {
  const log: string[] = [];
  const surface: CardSurface = {
    show: (request: CardRequest) => {
      log.push(`show ${request.kind === 'entity' ? request.entityId : 'quote'}`);
      return true;
    },
    hide: () => log.push('hide'),
    remove: () => log.push('remove'),
  };
  return { surface, log };
}

const ctx = {} as ContentScriptContext;
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('hover cards with the card script loaded on demand', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<p><mark data-astana-entity="mehmet-simsek" id="a">Simsek</mark> and <mark data-astana-entity="mohammad-alloush" id="b">Alloush</mark> <span id="plain">plain</span></p>`;
  });
  afterEach(() => {
    vi.useRealTimers();
    cardScript.load = null;
  });

  it('loads the card script on the first card only, then shows each card', async () => {
    const { surface, log } = fakeSurface();
    const createSurface = vi.fn(async () => surface);
    const load = vi.fn(async (): Promise<CardUi> => ({ createSurface }));
    cardScript.load = load;
    const cards = attachHoverCards(ctx);
    expect(load).not.toHaveBeenCalled();

    pointerOver(document.getElementById('a')!);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    pointerOver(document.getElementById('b')!);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    expect(log).toEqual(['show mehmet-simsek', 'show mohammad-alloush']);
    expect(createSurface).toHaveBeenCalledTimes(1);
    expect(createSurface).toHaveBeenCalledWith(ctx);

    cards.detach();
    expect(log.at(-1)).toBe('remove');
  });

  it('starts loading the card script while the pointer rests on a name, before the card is due', async () => {
    const load = vi.fn(() => new Promise<CardUi | null>(() => {}));
    cardScript.load = load;
    const cards = attachHoverCards(ctx);
    pointerOver(document.getElementById('a')!);
    expect(load).toHaveBeenCalled();
    cards.detach();
  });

  it('never shows a card that was closed while the script was loading', async () => {
    const { surface, log } = fakeSurface();
    const script = deferred<CardUi>();
    cardScript.load = () => script.promise;
    const cards = attachHoverCards(ctx);

    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    script.resolve({ createSurface: async () => surface });
    await flush();
    expect(log).not.toContain('show mehmet-simsek');
    cards.detach();
  });

  it('shows only the latest card when several were asked for during the load', async () => {
    const { surface, log } = fakeSurface();
    const script = deferred<CardUi>();
    cardScript.load = () => script.promise;
    const cards = attachHoverCards(ctx);

    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.getElementById('b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    script.resolve({ createSurface: async () => surface });
    await flush();
    expect(log.filter((entry) => entry.startsWith('show'))).toEqual(['show mohammad-alloush']);
    cards.detach();
  });

  it('takes out a surface that arrives after the cards were detached', async () => {
    const { surface, log } = fakeSurface();
    const script = deferred<CardUi>();
    cardScript.load = () => script.promise;
    const cards = attachHoverCards(ctx);

    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    cards.detach();
    script.resolve({ createSurface: async () => surface });
    await flush();
    expect(log).toEqual(['remove']);
  });

  it('shows nothing, and throws nothing, when the card script cannot be loaded or fails', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      for (const load of [async () => null, async () => ({ createSurface: () => Promise.reject(new Error('no anchor')) })]) {
        cardScript.load = load;
        const cards = attachHoverCards(ctx);
        pointerOver(document.getElementById('a')!);
        await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
        pointerOver(document.getElementById('b')!);
        await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
        cards.detach();
      }
      await vi.advanceTimersByTimeAsync(10);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    expect(document.querySelector('astana-facts-ui')).toBeNull();
  });
});
