import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followPage, revealMention, type PageStatus } from '../../../src/popup/page-state';
import { pageState, pushPageState, senders } from '../../support/extension-bus';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const follow = (url: string | undefined) => {
  const seen: PageStatus[] = [];
  const following = new AbortController();
  followPage({ id: 7, url }, (status) => seen.push(status), following.signal);
  return { seen, stop: () => following.abort() };
};

describe('following the page in the popup\'s tab', () => {
  it('asks once, then takes what the page pushes, and only from its own tab', async () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(pageState() as never);
    const { seen, stop } = follow('https://edition.cnn.com/');
    await vi.waitFor(() => expect(seen).toEqual([{ kind: 'ready', state: pageState() }]));

    const later = pageState({ mentions: [{ entityId: 'astana', count: 1 }] });
    await pushPageState(later, 7);
    await pushPageState(pageState({ host: 'other.example' }), 8);
    // Not from a frame or another extension either.
    await (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>)({ type: 'page-state-changed', state: pageState() }, senders.frame(7), () => {});
    await (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>)({ type: 'page-state-changed', state: pageState() }, senders.otherExtension(), () => {});
    expect(seen.at(-1)).toEqual({ kind: 'ready', state: later });
    expect(seen).toHaveLength(2);
    expect(ask).toHaveBeenCalledTimes(1);

    stop();
    await pushPageState(pageState(), 7);
    expect(seen).toHaveLength(2);
  });

  it('says the page is out of reach where no content script answers, unless the page has spoken since', async () => {
    let fail!: (error: Error) => void;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise((_resolve, reject) => (fail = reject)) as never);
    const { seen } = follow(undefined);
    // The page script loads only now and reports first.
    await pushPageState(pageState(), 7);
    fail(new Error('Receiving end does not exist.'));
    await vi.waitFor(() => expect(seen).toEqual([{ kind: 'ready', state: pageState() }]));

    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const other = follow('https://chromewebstore.google.com/detail/x');
    await vi.waitFor(() => expect(other.seen).toEqual([{ kind: 'unavailable' }]));
  });

  it('never asks a tab whose address no content script runs on', () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(follow('chrome://extensions/').seen).toEqual([{ kind: 'unavailable' }]);
    expect(ask).not.toHaveBeenCalled();
  });

  it('reveals a mention in the top frame', async () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    expect(await revealMention(7, 'astana')).toBe(true);
    expect(ask).toHaveBeenCalledWith(7, { type: 'reveal-mention', entityId: 'astana' }, { frameId: 0 });
  });
});
