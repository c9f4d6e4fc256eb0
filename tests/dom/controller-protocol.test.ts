// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageSetupFor } from '../../src/background/page-setup';
import { dataset } from '../../src/core/dataset';
import { compileMatcherData } from '../../src/core/matcher';
import type { PageState } from '../../src/platform/messaging';
import { startPageController } from '../../src/page/controller';
import { deliver, senders, type RawListener } from '../support/extension-bus';

/**
 * The page script's side of the protocol: it asks the background for its setup, pushes its
 * state whenever it changes (the badge, the toolbar icon and an open popup follow it), and
 * answers only the extension's own pages.
 */

const MATCHER = compileMatcherData(dataset.entities);

describe('the page controller\'s messages', () => {
  let pushed: PageState[];
  let listeners: RawListener[];
  let invalidate: () => void;

  beforeEach(async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    document.body.innerHTML = '<p>Mohammad Alloush spoke in Astana.</p>';
    pushed = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; state?: PageState }) => {
      if (message.type === 'get-page-setup') return structuredClone(pageSetupFor('https://edition.cnn.com/x', MATCHER));
      if (message.type === 'page-state-changed') pushed.push(message.state!);
      return undefined;
    }) as never);
    const context = new AbortController();
    invalidate = () => context.abort();
    listeners = [];
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
      listeners.push(listener as unknown as RawListener);
    });
    startPageController({ signal: context.signal });
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    spy.mockRestore();
    await vi.runAllTimersAsync();
  });

  afterEach(() => {
    invalidate();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('pushes its state once it has highlighted, and again only when it changes', async () => {
    expect(pushed.at(-1)).toMatchObject({ site: 'cnn.com', host: location.hostname, active: true, mentions: [{ entityId: 'mohammad-alloush', count: 1 }] });
    const count = pushed.length;
    const p = document.createElement('p');
    p.textContent = 'Later, Mehmet Simsek said the talks would go on.';
    document.body.append(p);
    await vi.runAllTimersAsync();
    expect(pushed.length).toBe(count + 1);
    expect(pushed.at(-1)!.mentions.map((m) => m.entityId).sort()).toEqual(['mehmet-simsek', 'mohammad-alloush']);
    // Nothing new: nothing sent.
    await vi.runAllTimersAsync();
    expect(pushed.length).toBe(count + 1);
  });

  it('pushes "nothing here" the moment its site is switched off', async () => {
    await fakeBrowser.storage.local.set({ siteRules: { 'cnn.com': false } });
    await vi.runAllTimersAsync();
    expect(pushed.at(-1)).toMatchObject({ active: false, mentions: [] });
    expect(document.querySelector('[data-astana-entity]')).toBeNull();
  });

  it('pushes again when the page comes back from the back-forward cache (the browser cleared the badge)', async () => {
    const count = pushed.length;
    // happy-dom's PageTransitionEvent leaves `persisted` out.
    const pageshow = (persisted: boolean) => Object.defineProperty(new Event('pageshow'), 'persisted', { value: persisted });
    window.dispatchEvent(pageshow(true));
    window.dispatchEvent(pageshow(false));
    await vi.runAllTimersAsync();
    expect(pushed.length).toBe(count + 1);
  });

  it('answers the popup and the background, and no content script or other extension', async () => {
    const state = (await deliver(listeners, { type: 'get-page-state' }, senders.popup())) as PageState;
    expect(state.mentions).toEqual([{ entityId: 'mohammad-alloush', count: 1 }]);
    expect(await deliver(listeners, { type: 'reveal-mention', entityId: 'nobody' }, senders.popup())).toBe(false);
    for (const sender of [senders.page(), senders.otherExtension()]) {
      await expect(deliver(listeners, { type: 'get-page-state' }, sender)).rejects.toThrow();
    }
  });
});
