// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardRequest, CardSurface, CardUi } from '../../src/card/contract';
import { SHOW_DELAY_MS } from '../../src/page/cards/hover-intent';
import { registerMention } from '../../src/page/names/registry';

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
  const requests: CardRequest[] = [];
  const surface: CardSurface = {
    show: (request: CardRequest) => {
      requests.push(request);
      log.push(`show ${request.kind === 'entity' ? request.entityId : 'quote'}`);
      return true;
    },
    hide: () => log.push('hide'),
    remove: () => log.push('remove'),
    host: document.createElement('div'),
  };
  return { surface, log, requests };
}

const ctx = {} as ContentScriptContext;

/** Hover cards on the page until the returned lifetime is aborted. */
function startCards(): AbortController {
  const cards = new AbortController();
  attachHoverCards(ctx, cards.signal);
  return cards;
}
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('hover cards with the card script loaded on demand', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<p><mark data-astana-entity="mehmet-simsek" id="a">Simsek</mark> and <mark data-astana-entity="mohammad-alloush" id="b">Alloush</mark> <span id="plain">plain</span> <mark data-astana-entity="bashar-al-assad" id="forged">Assad</mark></p>`;
    // As the highlighter would have made them: the extension knows its marks by its registry.
    for (const [id, entityId] of [['a', 'mehmet-simsek'], ['b', 'mohammad-alloush']] as const) {
      registerMention({ entityId, category: 'person', elements: [document.getElementById(id)!] });
    }
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
    const cards = startCards();
    expect(load).not.toHaveBeenCalled();

    pointerOver(document.getElementById('a')!);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    pointerOver(document.getElementById('b')!);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    expect(log).toEqual(['show mehmet-simsek', 'show mohammad-alloush']);
    expect(createSurface).toHaveBeenCalledTimes(1);
    expect(createSurface).toHaveBeenCalledWith(ctx);

    cards.abort();
    expect(log.at(-1)).toBe('remove');
  });

  it('shows a card only for marks the extension made, and for the entity it made them for', async () => {
    const { surface, log } = fakeSurface();
    cardScript.load = async () => ({ createSurface: async () => surface });
    const cards = startCards();
    // A page's own <mark data-astana-entity> is no highlight of ours.
    pointerOver(document.getElementById('forged')!);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS * 2);
    expect(log).toEqual([]);
    // A real mark whose attribute the page rewrote still stands for its own entity.
    document.getElementById('a')!.setAttribute('data-astana-entity', 'bashar-al-assad');
    pointerOver(document.getElementById('a')!);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    expect(log).toEqual(['show mehmet-simsek']);
    cards.abort();
  });

  it('hands the card the article\'s own date, read from the page once', async () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2019-05-03T09:00:00Z');
    document.head.append(meta);
    const { surface, requests } = fakeSurface();
    cardScript.load = async () => ({ createSurface: async () => surface });
    const cards = startCards();
    try {
      pointerOver(document.getElementById('a')!);
      await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
      meta.setAttribute('content', '2001-01-01');
      pointerOver(document.getElementById('b')!);
      await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
      expect(requests.map((request) => request.articleDate)).toEqual(['2019-05-03', '2019-05-03']);
      expect(requests[0]!.pieces).toEqual([document.getElementById('a')]);
    } finally {
      cards.abort();
      meta.remove();
    }
  });

  it('starts loading the card script while the pointer rests on a name, before the card is due', async () => {
    const load = vi.fn(() => new Promise<CardUi | null>(() => {}));
    cardScript.load = load;
    const cards = startCards();
    pointerOver(document.getElementById('a')!);
    expect(load).toHaveBeenCalled();
    cards.abort();
  });

  it('never shows a card that was closed while the script was loading', async () => {
    const { surface, log } = fakeSurface();
    const script = deferred<CardUi>();
    cardScript.load = () => script.promise;
    const cards = startCards();

    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    script.resolve({ createSurface: async () => surface });
    await flush();
    expect(log).not.toContain('show mehmet-simsek');
    cards.abort();
  });

  it('shows only the latest card when several were asked for during the load', async () => {
    const { surface, log } = fakeSurface();
    const script = deferred<CardUi>();
    cardScript.load = () => script.promise;
    const cards = startCards();

    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.getElementById('b')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    script.resolve({ createSurface: async () => surface });
    await flush();
    expect(log.filter((entry) => entry.startsWith('show'))).toEqual(['show mohammad-alloush']);
    cards.abort();
  });

  it('takes out a surface that arrives after the cards were detached', async () => {
    const { surface, log } = fakeSurface();
    const script = deferred<CardUi>();
    cardScript.load = () => script.promise;
    const cards = startCards();

    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    cards.abort();
    script.resolve({ createSurface: async () => surface });
    await flush();
    expect(log).toEqual(['remove']);
  });

  it('shows nothing, throws nothing and tries no more, when the card script cannot be loaded or its surface fails', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const page = document.body.innerHTML;
    const createSurface = vi.fn(() => Promise.reject(new Error('no anchor')));
    try {
      for (const load of [vi.fn(async () => null), vi.fn(async (): Promise<CardUi> => ({ createSurface }))]) {
        cardScript.load = load;
        const cards = startCards();
        pointerOver(document.getElementById('a')!);
        await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
        pointerOver(document.getElementById('b')!);
        await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
        expect(load).toHaveBeenCalled();
        cards.abort();
      }
      await vi.advanceTimersByTimeAsync(10);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    // A surface that failed once is not asked for on every hover.
    expect(createSurface).toHaveBeenCalledTimes(1);
    // And the page is as it was.
    expect(document.body.innerHTML).toBe(page);
  });
});
