import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOKUP_MENU_ID, openLookup, registerLookupMenu } from '../../src/background/context-menu';
import { toggleActiveSite } from '../../src/background/toggle-site';
import { iconStateFor, ToolbarIcons } from '../../src/background/toolbar-icon';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { loadSettings, setSiteEnabled, siteRulesItem } from '../../src/platform/settings-storage';
import { pageState, senders, startTestBackground } from '../support/extension-bus';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const flip = (site: string, on: boolean) => ({ type: 'change-settings', change: { kind: 'site-enabled', site, on } });

describe('the settings writer', () => {
  it('keeps every one of many site switches flipped at the same moment from several pages', async () => {
    const background = startTestBackground();
    const sites = ['cnn.com', 'bbc.co.uk', 'aljazeera.com', 'tass.ru', 'user.github.io', '[::1]'];
    // Not awaited one by one: every request is in flight at once, as from several tabs.
    const replies = await Promise.all(
      sites.map((site, i) => background.send(flip(site, false), i % 2 ? senders.popup() : senders.options())),
    );
    expect(replies).toEqual(sites.map(() => true));
    expect((await loadSettings()).siteRules).toEqual(Object.fromEntries(sites.map((site) => [site, false])));
  });

  it('without it, the same flips lose each other (why the background is the one writer)', async () => {
    await Promise.all(['cnn.com', 'bbc.co.uk'].map((site) => setSiteEnabled(site, false)));
    expect(Object.keys((await loadSettings()).siteRules)).toHaveLength(1);
  });

  it('writes an import or a reset as one storage write', async () => {
    const background = startTestBackground();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const imported: Settings = { ...DEFAULT_SETTINGS, enabled: false, mode: 'only-listed', siteRules: { 'cnn.com': true }, quotes: false };
    await background.send({ type: 'change-settings', change: { kind: 'settings', settings: imported } }, senders.options());
    expect(set).toHaveBeenCalledTimes(1);
    expect(await loadSettings()).toEqual(imported);
    // Written with its version: never migrated again.
    expect(await fakeBrowser.storage.local.get('siteRules$')).toEqual({ siteRules$: { v: 2 } });
  });

  it('keeps a site list stored by an older version through the upgrade and the next change', async () => {
    await fakeBrowser.storage.local.set({ siteRules: ['cnn.com', 'bbc.co.uk'], siteRules$: { v: 1 } });
    await siteRulesItem.migrate();
    const background = startTestBackground();
    await background.send(flip('tass.ru', false), senders.popup());
    expect((await loadSettings()).siteRules).toEqual({ 'cnn.com': false, 'bbc.co.uk': false, 'tass.ru': false });
  });

  it('takes settings only from the extension\'s own pages', async () => {
    const background = startTestBackground();
    for (const sender of [senders.page(), senders.frame(), senders.otherExtension()]) {
      await expect(background.send(flip('cnn.com', false), sender)).rejects.toThrow();
    }
    expect((await loadSettings()).siteRules).toEqual({});
  });

  it('carries on after a failed write', async () => {
    const background = startTestBackground();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await background.send(flip('cnn.com', false), senders.popup())).toBeUndefined();
    expect(await background.send(flip('bbc.co.uk', false), senders.popup())).toBe(true);
    expect((await loadSettings()).siteRules).toEqual({ 'bbc.co.uk': false });
  });
});

describe('answers to the page', () => {
  it('gives a content script its site and setup, and nothing to anyone else', async () => {
    const background = startTestBackground();
    const setup = (await background.send({ type: 'get-page-setup' }, senders.page(7, 'https://news.google.com/a'))) as { site: string };
    expect(setup.site).toBe('google.com');
    expect(((await background.send({ type: 'get-page-setup' }, senders.page(7, 'https://me.github.io/'))) as { site: string }).site).toBe('me.github.io');
    await expect(background.send({ type: 'get-page-setup' }, senders.frame())).rejects.toThrow();
    await expect(background.send({ type: 'get-page-setup' }, senders.popup())).rejects.toThrow();
  });

  it('shows the number of distinct entities a page reports on its tab\'s badge', async () => {
    const background = startTestBackground();
    const state = pageState({ mentions: [{ entityId: 'astana', count: 3 }, { entityId: 'isis', count: 1 }] });
    await background.send({ type: 'page-state-changed', state }, senders.page(7));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2'));
    await background.send({ type: 'page-state-changed', state: pageState() }, senders.page(7));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(''));
    // Not from a frame.
    await background.send({ type: 'page-state-changed', state }, senders.frame(8)).catch(() => {});
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });
});

describe('the keyboard command', () => {
  const activeTab = (url?: string) =>
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url, index: 0, active: true, highlighted: true, incognito: false, pinned: false, windowId: 1 }] as never);

  it('flips the active tab\'s site, read from its address', async () => {
    const { writer } = startTestBackground();
    activeTab('https://edition.cnn.com/x');
    await toggleActiveSite(writer);
    expect((await loadSettings()).siteRules).toEqual({ 'cnn.com': false });
    await toggleActiveSite(writer);
    expect((await loadSettings()).siteRules).toEqual({});
  });

  it('asks the page for its host when the address is hidden (no activeTab grant)', async () => {
    const { writer } = startTestBackground();
    activeTab(undefined);
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(pageState({ site: null, host: 'news.google.com' }) as never);
    await toggleActiveSite(writer);
    expect(ask).toHaveBeenCalledWith(7, { type: 'get-page-state' }, { frameId: 0 });
    expect((await loadSettings()).siteRules).toEqual({ 'google.com': false });
  });

  it('with the global switch off, turns highlighting on for this site', async () => {
    const { writer } = startTestBackground();
    await fakeBrowser.storage.local.set({ enabled: false, mode: 'only-listed' });
    activeTab('https://www.bbc.co.uk/news');
    await toggleActiveSite(writer);
    expect(await loadSettings()).toMatchObject({ enabled: true, siteRules: { 'bbc.co.uk': true } });
  });

  it('does nothing on a page without a site', async () => {
    const { writer } = startTestBackground();
    activeTab('chrome://extensions/');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await toggleActiveSite(writer);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('the context menu', () => {
  const menus = () => {
    const created: unknown[] = [];
    const api = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
    api.removeAll = vi.fn(async () => void created.splice(0));
    api.create = vi.fn((item: unknown) => created.push(item));
    api.onClicked = { addListener: vi.fn() };
    return created;
  };

  it('is made at once by a persistent background page (Firefox), browser restarts included', async () => {
    const created = menus();
    registerLookupMenu({ title: 'Look up “%s”', persistentBackground: true });
    await vi.waitFor(() => expect(created).toEqual([{ id: LOOKUP_MENU_ID, title: 'Look up “%s”', contexts: ['selection'] }]));
  });

  it('is made on install by a service worker (Chrome), which keeps it across restarts', async () => {
    const created = menus();
    registerLookupMenu({ title: 'Look up “%s”', persistentBackground: false });
    await Promise.resolve();
    expect(created).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(1));
    // Again on update, without a duplicate.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(1));
  });

  it('opens the lookup page on the selected text', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openLookup({ menuItemId: LOOKUP_MENU_ID, selectionText: '  Army of Islam ' });
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/lookup.html?q=Army%20of%20Islam` });
    await openLookup({ menuItemId: 'other', selectionText: 'x' });
    await openLookup({ menuItemId: LOOKUP_MENU_ID, selectionText: '   ' });
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('the toolbar icon', () => {
  const icons = () => {
    const set: Array<{ tabId?: number; path: Record<number, string> }> = [];
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setIcon = vi.fn(async (details: { tabId?: number; path: Record<number, string> }) => void set.push(details));
    const state = (tabId?: number) => {
      const last = set.filter((details) => details.tabId === tabId).at(-1);
      return last ? (last.path[16]!.includes('off') ? 'off' : 'on') : null;
    };
    return { set, state };
  };

  it('is off where the extension does not highlight', () => {
    expect(iconStateFor(DEFAULT_SETTINGS, 'cnn.com')).toBe('on');
    expect(iconStateFor({ ...DEFAULT_SETTINGS, siteRules: { 'cnn.com': false } }, 'cnn.com')).toBe('off');
    expect(iconStateFor({ ...DEFAULT_SETTINGS, enabled: false }, 'cnn.com')).toBe('off');
    expect(iconStateFor({ ...DEFAULT_SETTINGS, mode: 'only-listed' }, null)).toBe('off');
    expect(iconStateFor({ ...DEFAULT_SETTINGS, mode: 'only-listed', siteRules: { 'cnn.com': true } }, 'cnn.com')).toBe('on');
  });

  it('follows the settings browser-wide, and per tab for the sites it knows', async () => {
    const { set, state } = icons();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 8 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) =>
      tabId === 7 ? pageState({ site: 'cnn.com' }) : Promise.reject(new Error('no content script'))) as never);
    const toolbar = new ToolbarIcons();
    await toolbar.update(DEFAULT_SETTINGS);
    expect(state(undefined)).toBe('on');
    // The first read only sets the browser-wide icon: a restarted background asks no tab.
    expect(set).toHaveLength(1);

    await toolbar.update({ ...DEFAULT_SETTINGS, siteRules: { 'cnn.com': false } });
    expect(state(undefined)).toBe('on');
    expect(state(7)).toBe('off');
    expect(state(8)).toBe('on');

    await toolbar.update({ ...DEFAULT_SETTINGS, enabled: false, siteRules: { 'cnn.com': false } });
    expect([state(undefined), state(7), state(8)]).toEqual(['off', 'off', 'off']);

    // Categories do not change where it highlights: no tab is asked.
    const before = set.length;
    await toolbar.update({ ...DEFAULT_SETTINGS, enabled: false, siteRules: { 'cnn.com': false }, tooltips: false });
    expect(set.length).toBe(before + 1);
  });

  it('sets a tab\'s icon when its page reports or finishes loading, only where a rule can make it differ', async () => {
    const { state } = icons();
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(pageState({ site: null, host: 'www.bbc.co.uk' }) as never);
    const toolbar = new ToolbarIcons();
    const loaded = toolbar.tabLoaded(5);
    await toolbar.update(DEFAULT_SETTINGS);
    await loaded;
    expect(ask).not.toHaveBeenCalled();

    await toolbar.update({ ...DEFAULT_SETTINGS, siteRules: { 'bbc.co.uk': false } });
    await toolbar.tabLoaded(5);
    expect(state(5)).toBe('off');
    await toolbar.showSite(6, 'cnn.com');
    expect(state(6)).toBe('on');
  });
});
