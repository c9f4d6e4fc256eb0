import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessages } from '../../src/background/router';
import { createSettingsWriter, type SettingsWriter } from '../../src/background/settings-writer';
import { ToolbarIcons } from '../../src/background/toolbar-icon';
import type { PageSetup, PageState, Sender } from '../../src/platform/messaging';

/**
 * Message delivery as the browsers do it, for tests of the real receivers: WXT's fake browser
 * hands listeners no sender and takes a listener's return value as its reply, where the real
 * APIs describe the sender and take the reply from `sendResponse`.
 */

export type RawListener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => unknown;

/** Senders as the browser describes them. */
export const senders = {
  popup: (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }),
  /** The options page opened in a tab: it has a tab, but an extension address. */
  options: (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html'), tab: { id: 90 }, frameId: 0 }),
  page: (tabId = 7, url = 'https://edition.cnn.com/2017/01/23/astana'): Sender => ({
    id: fakeBrowser.runtime.id,
    url,
    tab: { id: tabId, url, index: 0, windowId: 1 },
    frameId: 0,
  }),
  frame: (tabId = 7): Sender => ({ id: fakeBrowser.runtime.id, url: 'https://ads.example/frame', tab: { id: tabId }, frameId: 3 }),
  otherExtension: (): Sender => ({ id: 'some-other-extension', url: 'chrome-extension://some-other-extension/page.html' }),
};

/** Sends `message` to `listeners`; resolves with the first reply, rejects like Chrome when nobody answers. */
export function deliver(listeners: readonly RawListener[], message: unknown, sender: Sender): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let waiting = 0;
    const respond = (reply: unknown) => {
      if (answered) return;
      answered = true;
      resolve(reply);
    };
    for (const listener of listeners) {
      // Each context gets its own copy, as over the wire.
      if (listener(structuredClone(message), sender, respond) === true) waiting++;
    }
    if (!answered && waiting === 0) reject(new Error('Could not establish connection. Receiving end does not exist.'));
  });
}

/** Collects the runtime.onMessage listeners that `register` adds (instead of adding them to the fake browser). */
export function captureListeners(register: () => void): RawListener[] {
  const listeners: RawListener[] = [];
  const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
    listeners.push(listener as unknown as RawListener);
  });
  try {
    register();
  } finally {
    spy.mockRestore();
  }
  return listeners;
}

export const TEST_MATCHER: PageSetup['matcher'] = { firstUnits: '', longestKey: 0, targets: [], forms: [] };

export interface TestBackground {
  writer: SettingsWriter;
  listeners: RawListener[];
  /** A message from a sender to the background, as runtime.sendMessage would deliver it. */
  send(message: unknown, sender: Sender): Promise<unknown>;
}

/**
 * The real background message routes, reached by extension pages under test through
 * `runtime.sendMessage` (as the popup or the options page, by default the popup).
 */
export function startTestBackground(pageSender: () => Sender = senders.popup): TestBackground {
  const writer = createSettingsWriter();
  const listeners = captureListeners(() => routeMessages({ matcher: TEST_MATCHER, writer, icons: new ToolbarIcons() }));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => deliver(listeners, message, pageSender())) as never);
  return { writer, listeners, send: (message, sender) => deliver(listeners, message, sender) };
}

/** A page script in tab `tabId` telling every extension context (an open popup) that its state changed. */
export async function pushPageState(state: PageState, tabId = 7): Promise<void> {
  await (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>)({ type: 'page-state-changed', state }, senders.page(tabId), () => {});
}

export function pageState(partial: Partial<PageState> = {}): PageState {
  return { site: 'cnn.com', host: 'edition.cnn.com', active: true, mentions: [], quotes: [], ...partial };
}
