import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  askBackground,
  askTab,
  EXTENSION_TO_BACKGROUND,
  EXTENSION_TO_PAGE,
  isContentScript,
  isExtensionPage,
  PAGE_TO_BACKGROUND,
  PAGE_TO_POPUP,
  parseRequest,
  receiver,
} from '../../src/platform/messaging';
import { pageState, senders } from '../support/extension-bus';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the protocol, direction by direction', () => {
  it('accepts each direction\'s own requests, well-formed, and nothing else', () => {
    expect(parseRequest(EXTENSION_TO_PAGE, { type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    expect(parseRequest(EXTENSION_TO_PAGE, { type: 'reveal-quote', index: 2 })).toEqual({ type: 'reveal-quote', index: 2 });
    expect(parseRequest(PAGE_TO_BACKGROUND, { type: 'get-page-setup' })).toEqual({ type: 'get-page-setup' });
    const change = { type: 'change-settings', change: { kind: 'site-enabled', site: 'cnn.com', on: false } };
    expect(parseRequest(EXTENSION_TO_BACKGROUND, change)).toEqual(change);
    for (const junk of [
      null,
      'get-page-state',
      [1],
      { type: 'get-page-state', extra: 1 },
      { type: 'reveal-mention' },
      { type: 'reveal-quote', index: -1 },
      { type: 'rm -rf' },
      { type: 'toString' },
      { type: '__proto__' },
    ]) {
      expect(parseRequest(EXTENSION_TO_PAGE, junk), JSON.stringify(junk)).toBeNull();
    }
    // Another direction's request is not this one's.
    expect(parseRequest(EXTENSION_TO_PAGE, { type: 'get-page-setup' })).toBeNull();
    expect(parseRequest(PAGE_TO_BACKGROUND, change)).toBeNull();
    expect(parseRequest(EXTENSION_TO_BACKGROUND, { type: 'get-page-setup' })).toBeNull();
  });

  it('takes only site keys and valid settings in a settings change', () => {
    const request = (change: unknown) => parseRequest(EXTENSION_TO_BACKGROUND, { type: 'change-settings', change });
    expect(request({ kind: 'site-rule', site: '[::1]', rule: null })).not.toBeNull();
    expect(request({ kind: 'settings', settings: { enabled: false } })).not.toBeNull();
    for (const bad of [
      { kind: 'site-enabled', site: 'https://cnn.com/x', on: false },
      { kind: 'site-enabled', site: '__proto__', on: false },
      { kind: 'site-rule', site: 'cnn.com', rule: 'off' },
      { kind: 'settings', settings: { mode: 'sometimes' } },
      { kind: 'settings', settings: { siteRules: { 'Not A Site': true } } },
      { kind: 'settings', settings: { extra: true } },
      { kind: 'wipe' },
    ]) {
      expect(request(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('a page state pushed to the popup is the page state the page answers with', () => {
    const state = pageState({ mentions: [{ entityId: 'astana', count: 2 }] });
    expect(parseRequest(PAGE_TO_POPUP, { type: 'page-state-changed', state })).toEqual({ type: 'page-state-changed', state });
    expect(parseRequest(PAGE_TO_POPUP, { type: 'page-state-changed', state: { ...state, mentions: [{ entityId: 'x', count: -1 }] } })).toBeNull();
  });
});

describe('senders', () => {
  it('tells the content script from extension pages, whatever the page claims', () => {
    expect(isContentScript(senders.page())).toBe(true);
    expect(isExtensionPage(senders.page())).toBe(false);
    expect(isExtensionPage(senders.popup())).toBe(true);
    expect(isContentScript(senders.popup())).toBe(false);
    // The options page in a tab has a tab, but it is no content script.
    expect(isExtensionPage(senders.options())).toBe(true);
    expect(isContentScript(senders.options())).toBe(false);
    // A frame, another extension, nobody.
    expect(isContentScript(senders.frame())).toBe(false);
    expect(isContentScript(senders.otherExtension())).toBe(false);
    expect(isExtensionPage(senders.otherExtension())).toBe(false);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: 'https://evil.example/chrome-extension://' })).toBe(false);
    expect(isContentScript(undefined)).toBe(false);
  });
});

describe('receiver', () => {
  const listen = () => {
    const calls: unknown[] = [];
    const listener = receiver(EXTENSION_TO_PAGE, isExtensionPage, {
      'get-page-state': () => pageState(),
      'reveal-mention': async ({ entityId }) => {
        calls.push(entityId);
        return entityId === 'astana';
      },
    });
    return { listener, calls };
  };

  it('answers at once through sendResponse', () => {
    const { listener } = listen();
    const reply = vi.fn();
    expect(listener({ type: 'get-page-state' }, senders.popup(), reply)).toBeUndefined();
    expect(reply).toHaveBeenCalledWith(pageState());
  });

  it('keeps the channel open for a reply that takes time', async () => {
    const { listener, calls } = listen();
    const reply = vi.fn();
    expect(listener({ type: 'reveal-mention', entityId: 'astana' }, senders.popup(), reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith(true));
    expect(calls).toEqual(['astana']);
  });

  it('leaves alone what is not its own: other senders, other requests, requests it has no handler for', () => {
    const { listener, calls } = listen();
    const reply = vi.fn();
    expect(listener({ type: 'get-page-state' }, senders.page(), reply)).toBeUndefined();
    expect(listener({ type: 'get-page-state' }, senders.otherExtension(), reply)).toBeUndefined();
    expect(listener({ type: 'get-page-setup' }, senders.popup(), reply)).toBeUndefined();
    expect(listener({ type: 'reveal-quote', index: 0 }, senders.popup(), reply)).toBeUndefined();
    expect(listener({ type: 'reveal-mention', entityId: 7 }, senders.popup(), reply)).toBeUndefined();
    expect(reply).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });
});

describe('asking', () => {
  it('asks the top frame of a tab and returns a typed reply', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(pageState() as never);
    expect(await askTab(7, { type: 'get-page-state' })).toEqual(pageState());
    expect(send).toHaveBeenCalledWith(7, { type: 'get-page-state' }, { frameId: 0 });
  });

  it('returns null for a reply that is not the one the protocol names, or none', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ site: 1 } as never).mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    expect(await askTab(7, { type: 'get-page-state' })).toBeNull();
    expect(await askTab(7, { type: 'get-page-state' })).toBeNull();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue('yes' as never);
    expect(await askBackground(EXTENSION_TO_BACKGROUND, { type: 'change-settings', change: { kind: 'settings', settings: {} } })).toBeNull();
  });
});
