// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { App } from '../../../src/popup/PopupApp';
import type { PageState } from '../../../src/platform/messaging';
import { enabledItem, loadSettings, modeItem, siteRulesItem } from '../../../src/platform/settings-storage';
import { pageState, pushPageState, startTestBackground } from '../../support/extension-bus';

type Tab = Browser.tabs.Tab;

function tabOf(url: string | undefined, id = 7): Tab {
  return { id, index: 0, url, active: true, highlighted: true, incognito: false, pinned: false, windowId: 0 } as Tab;
}

function activeTab(url: string | undefined): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tabOf(url)]);
}

/** The page's content script: answers `get-page-state` with `state` (in whichever tab), and true to a reveal. */
function pageAnswers(state: PageState | null | ((tabId: number) => PageState)) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string }) => {
    if (!state) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'get-page-state') return typeof state === 'function' ? state(tabId) : state;
    return true;
  }) as never);
}

const asks = (send: ReturnType<typeof pageAnswers>) =>
  send.mock.calls.filter(([, message]) => (message as { type: string }).type === 'get-page-state').length;

beforeEach(() => {
  fakeBrowser.reset();
  startTestBackground();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup on a page where the extension cannot run', () => {
  it('says so plainly for a chrome:// tab, and search still works', async () => {
    activeTab('chrome://extensions/');
    const send = pageAnswers(null);
    render(<App />);
    expect(await screen.findByText("Astana Facts can't run on this page.")).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
    expect(screen.queryByRole('switch', { name: /Highlight on/ })).toBeNull();

    const input = screen.getByRole('combobox');
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: 'jafari' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Bashar al-Jaafari' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('jafari');
  });

  it('says so when an http page has no content script', async () => {
    activeTab('https://chromewebstore.google.com/detail/x');
    pageAnswers(null);
    render(<App />);
    expect(await screen.findByText("Astana Facts can't run on this page.")).toBeTruthy();
  });
});

describe('popup on a news page', () => {
  const state = pageState({
    mentions: [
      { entityId: 'astana', count: 2 },
      { entityId: 'bashar-al-assad', count: 5 },
      { entityId: 'mehmet-simsek', count: 3 },
      { entityId: 'unknown-entity', count: 1 },
    ],
  });
  const siteSwitch = (site = 'cnn.com') => screen.getByRole('switch', { name: `Highlight on ${site}` }) as HTMLInputElement;

  it('lists the highlighted entities by category with counts, and reveals one on click', async () => {
    activeTab('https://edition.cnn.com/2017/01/23/middleeast/astana-talks/');
    const send = pageAnswers(state);
    render(<App />);
    const people = await screen.findByRole('heading', { level: 3, name: 'People' });
    const group = people.parentElement!;
    const names = within(group)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(names).toEqual(['Bashar al-Assad5', 'Mehmet Şimşek3']);
    expect(screen.getByRole('heading', { level: 3, name: 'Places' })).toBeTruthy();

    fireEvent.click(within(group).getByText('Bashar al-Assad'));
    fireEvent.click(within(group).getByText('Bashar al-Assad'));
    const reveals = send.mock.calls.filter(([, message]) => (message as { type: string }).type === 'reveal-mention');
    expect(reveals).toHaveLength(2);
    expect(reveals[0]).toEqual([7, { type: 'reveal-mention', entityId: 'bashar-al-assad' }, { frameId: 0 }]);
  });

  it('follows what the page pushes, without asking again', async () => {
    activeTab('https://edition.cnn.com/');
    const send = pageAnswers(pageState());
    render(<App />);
    expect(await screen.findByText('No names from the dataset on this page.')).toBeTruthy();
    await pushPageState(state, 7);
    expect(await screen.findByRole('heading', { level: 3, name: 'People' })).toBeTruthy();
    // Another tab's page is not this one.
    await pushPageState(pageState({ mentions: [{ entityId: 'isis', count: 1 }] }), 8);
    expect(screen.queryByRole('heading', { level: 3, name: 'Groups' })).toBeNull();
    expect(asks(send)).toBe(1);
  });

  it('the site switch stores the site rule through the background, and never polls the page', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      activeTab('https://edition.cnn.com/2017/01/23/middleeast/astana-talks/');
      const send = pageAnswers(state);
      render(<App />);
      expect((await screen.findByRole('switch', { name: 'Highlight on cnn.com' }) as HTMLInputElement).checked).toBe(true);

      fireEvent.click(siteSwitch());
      await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'cnn.com': false }));
      await waitFor(() => expect(siteSwitch().checked).toBe(false));
      // The page says itself when it has re-highlighted: the popup sets no timer to ask it.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(asks(send)).toBe(1);

      fireEvent.click(siteSwitch());
      await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({}));
    } finally {
      vi.useRealTimers();
    }
  });

  it('says which site a switch covers when it is more than the page\'s host', async () => {
    activeTab('https://news.google.com/topics/x');
    pageAnswers(pageState({ site: 'google.com', host: 'news.google.com' }));
    render(<App />);
    const sw = await screen.findByRole('switch', { name: 'Highlight on google.com' });
    expect(sw.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(sw.getAttribute('aria-describedby')!)!.textContent).toBe('news.google.com — the switch covers google.com');
  });

  it('switches an IPv6 host, known from the page when the tab\'s address is hidden', async () => {
    activeTab(undefined);
    pageAnswers(pageState({ site: null, host: '[::1]' }));
    render(<App />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Highlight on [::1]' }));
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ '[::1]': false }));
  });

  it('keeps both of two switches flipped at once in two popups', async () => {
    const tabs = [tabOf('https://edition.cnn.com/', 7), tabOf('https://www.bbc.co.uk/news', 8)];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValueOnce([tabs[0]!]).mockResolvedValueOnce([tabs[1]!]);
    pageAnswers((tabId) => pageState(tabId === 7 ? {} : { site: 'bbc.co.uk', host: 'www.bbc.co.uk' }));
    render(<App />);
    render(<App />);
    // Two roots in one document share their generated ids, so each switch is found by its own text.
    const switchOf = async (title: string) => (await screen.findByText(title)).closest('.af-switch')!.querySelector('input')!;
    const cnn = await switchOf('Highlight on cnn.com');
    const bbc = await switchOf('Highlight on bbc.co.uk');
    // In the same task: neither write waits for the other.
    fireEvent.click(cnn);
    fireEvent.click(bbc);
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'cnn.com': false, 'bbc.co.uk': false }));
  });

  it('in "only listed" mode the switch adds the site as on', async () => {
    await modeItem.setValue('only-listed');
    activeTab('https://www.bbc.co.uk/news');
    pageAnswers(pageState({ site: 'bbc.co.uk', host: 'www.bbc.co.uk', active: false }));
    render(<App />);
    await waitFor(() => expect(screen.getByText('Highlighting is off on this site.')).toBeTruthy());
    expect(siteSwitch('bbc.co.uk').checked).toBe(false);
    fireEvent.click(siteSwitch('bbc.co.uk'));
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'bbc.co.uk': true }));
  });

  it('with the global switch off, the site switch is off and disabled, not on', async () => {
    activeTab('https://edition.cnn.com/');
    pageAnswers(state);
    render(<App />);
    const global = (await screen.findByRole('switch', { name: 'Highlighting' })) as HTMLInputElement;
    await waitFor(() => expect(global.checked).toBe(true));
    fireEvent.click(global);
    await waitFor(async () => expect(await enabledItem.getValue()).toBe(false));
    await waitFor(() => expect(siteSwitch().disabled).toBe(true));
    expect(siteSwitch().checked).toBe(false);
    expect(screen.getByText('Highlighting is off on every site.')).toBeTruthy();
    // The site's own rule is untouched.
    expect((await loadSettings()).siteRules).toEqual({});
  });

  it('with every category off, says so and leads to the settings, not "no names"', async () => {
    await fakeBrowser.storage.local.set({ categories: { person: false, group: false, organization: false, place: false, event: false } });
    activeTab('https://edition.cnn.com/');
    pageAnswers(pageState());
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App />);
    expect(await screen.findByText('All categories are switched off, so nothing is highlighted.')).toBeTruthy();
    expect(screen.queryByText('No names from the dataset on this page.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose categories' }));
    await waitFor(() => expect(openOptions).toHaveBeenCalled());
  });

  it('shows the keyboard shortcut, falling back to Alt+Shift+H', async () => {
    activeTab('https://edition.cnn.com/');
    pageAnswers(state);
    render(<App />);
    expect(await screen.findByText('Alt+Shift+H')).toBeTruthy();
  });

  it('shows the shortcut the browser reports', async () => {
    activeTab('https://edition.cnn.com/');
    pageAnswers(state);
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'toggle-site', shortcut: 'Ctrl+Shift+Y', description: '' }]);
    render(<App />);
    expect(await screen.findByText('Ctrl+Shift+Y')).toBeTruthy();
  });
});
