// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { App, groupMentions } from '../../../src/popup/PopupApp';
import type { PageState } from '../../../src/platform/messaging';
import { enabledItem, modeItem, siteRulesItem } from '../../../src/platform/settings-storage';

type Tab = Browser.tabs.Tab;

function activeTab(url: string): void {
  const tab = { id: 7, index: 0, url, active: true, highlighted: true, incognito: false, pinned: false, windowId: 0 } as Tab;
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
}

function pageAnswers(state: PageState | null) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) => {
    if (!state) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (message.type === 'get-page-state') return state;
    return true;
  }) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
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
  const state: PageState = {
    site: 'cnn.com',
    active: true,
    mentions: [
      { entityId: 'astana', count: 2 },
      { entityId: 'bashar-al-assad', count: 5 },
      { entityId: 'mehmet-simsek', count: 3 },
      { entityId: 'unknown-entity', count: 1 },
    ],
  };

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
    expect(reveals[0]).toEqual([7, { type: 'reveal-mention', entityId: 'bashar-al-assad' }]);
  });

  it('the site switch writes the site rule to storage', async () => {
    activeTab('https://edition.cnn.com/2017/01/23/middleeast/astana-talks/');
    const send = pageAnswers(state);
    render(<App />);
    const siteSwitch = (await screen.findByRole('switch', { name: 'Highlight on cnn.com' })) as HTMLInputElement;
    expect(siteSwitch.checked).toBe(true);

    fireEvent.click(siteSwitch);
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'cnn.com': false }));
    await waitFor(() => expect((screen.getByRole('switch', { name: 'Highlight on cnn.com' }) as HTMLInputElement).checked).toBe(false));

    // The popup asks the page again so its list follows the change.
    const asks = () => send.mock.calls.filter(([, message]) => (message as { type: string }).type === 'get-page-state').length;
    const before = asks();
    await waitFor(() => expect(asks()).toBeGreaterThan(before), { timeout: 2000 });

    fireEvent.click(screen.getByRole('switch', { name: 'Highlight on cnn.com' }));
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({}));
  });

  it('in "only listed" mode the switch adds the site as on', async () => {
    await modeItem.setValue('only-listed');
    activeTab('https://www.bbc.co.uk/news');
    pageAnswers({ site: 'bbc.co.uk', active: false, mentions: [] });
    render(<App />);
    const siteSwitch = (await screen.findByRole('switch', { name: 'Highlight on bbc.co.uk' })) as HTMLInputElement;
    await waitFor(() => expect(screen.getByText('Highlighting is off on this site.')).toBeTruthy());
    expect(siteSwitch.checked).toBe(false);
    fireEvent.click(siteSwitch);
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'bbc.co.uk': true }));
  });

  it('the global switch writes enabled and disables the site switch', async () => {
    activeTab('https://edition.cnn.com/');
    pageAnswers(state);
    render(<App />);
    const global = (await screen.findByRole('switch', { name: 'Highlighting' })) as HTMLInputElement;
    await waitFor(() => expect(global.checked).toBe(true));
    fireEvent.click(global);
    await waitFor(async () => expect(await enabledItem.getValue()).toBe(false));
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: 'Highlight on cnn.com' }) as HTMLInputElement).disabled).toBe(true),
    );
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
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: 'toggle-site', shortcut: 'Ctrl+Shift+Y', description: '' },
    ]);
    render(<App />);
    expect(await screen.findByText('Ctrl+Shift+Y')).toBeTruthy();
  });
});

describe('groupMentions', () => {
  it('groups by category in the dataset order, most mentioned first, unknown ids dropped', () => {
    const groups = groupMentions([
      { entityId: 'geneva', count: 1 },
      { entityId: 'astana', count: 4 },
      { entityId: 'isis', count: 2 },
      { entityId: 'nope', count: 9 },
    ]);
    expect(groups.map((g) => g.category)).toEqual(['group', 'place']);
    expect(groups[1]!.items.map((i) => i.entity.id)).toEqual(['astana', 'geneva']);
  });
});
