import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import {
  categoriesItem,
  loadSettings,
  migrateSiteRulesV1,
  quotesItem,
  setSiteEnabled,
  setSiteRule,
  siteRulesItem,
  watchSettings,
  writeSettings,
} from '../../src/platform/settings-storage';

describe('settings in extension storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to defaults, key by key, when stored values are corrupted', async () => {
    await fakeBrowser.storage.local.set({
      enabled: 'yes',
      mode: 42,
      siteRules: { 'cnn.com': false, 'not a site': 1 },
      categories: { place: true, person: null },
      tooltips: { nested: true },
      quotes: 'off',
    });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      siteRules: { 'cnn.com': false },
      categories: { ...DEFAULT_SETTINGS.categories, place: true },
    });
  });

  it('migrates version-1 site rules (the list of sites switched off) to on/off rules', async () => {
    expect(migrateSiteRulesV1(['cnn.com', ' BBC.co.uk ', 7, '', 'not a site'])).toEqual({
      'cnn.com': false,
      'bbc.co.uk': false,
    });
    await fakeBrowser.storage.local.set({ siteRules: ['cnn.com'], siteRules$: { v: 1 } });
    await siteRulesItem.migrate();
    expect((await loadSettings()).siteRules).toEqual({ 'cnn.com': false });
    expect(await fakeBrowser.storage.local.get('siteRules$')).toEqual({ siteRules$: { v: 2 } });
  });

  it('flips a site relative to the mode, and sets or removes a site\'s own rule', async () => {
    await setSiteEnabled('cnn.com', false);
    await setSiteRule('bbc.co.uk', true);
    expect((await loadSettings()).siteRules).toEqual({ 'cnn.com': false, 'bbc.co.uk': true });
    // A rule that restates the mode goes; an explicit rule stays until removed.
    await setSiteEnabled('cnn.com', true);
    await setSiteRule('bbc.co.uk', null);
    expect((await loadSettings()).siteRules).toEqual({});
  });

  it('calls watchers once per write, however many settings it holds', async () => {
    const seen: Settings[] = [];
    const watching = new AbortController();
    watchSettings((settings) => seen.push(settings), watching.signal);
    await expect.poll(() => seen.length).toBe(1);
    const imported: Settings = {
      enabled: false,
      mode: 'only-listed',
      siteRules: { 'cnn.com': true },
      categories: { ...DEFAULT_SETTINGS.categories, place: true },
      tooltips: false,
      quotes: false,
    };
    await writeSettings(imported);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(imported);
    // Its own version tag is no setting.
    await fakeBrowser.storage.local.set({ siteRules$: { v: 2 }, unrelated: 1 });
    expect(seen).toHaveLength(2);
    watching.abort();
    await writeSettings({ enabled: true });
    expect(seen).toHaveLength(2);
  });

  it('applies a change from its event, sanitised, and a removed key as its default', async () => {
    await writeSettings({ tooltips: false, mode: 'only-listed' });
    const seen: Settings[] = [];
    const watching = new AbortController();
    watchSettings((settings) => seen.push(settings), watching.signal);
    await expect.poll(() => seen.length).toBe(1);
    await fakeBrowser.storage.local.set({ siteRules: { 'cnn.com': false, 'not a site': true }, categories: 'junk' });
    expect(seen.at(-1)).toMatchObject({ siteRules: { 'cnn.com': false }, categories: DEFAULT_SETTINGS.categories });
    await fakeBrowser.storage.local.remove(['tooltips', 'mode']);
    expect(seen.at(-1)).toMatchObject({ tooltips: true, mode: 'all-except-listed' });
    watching.abort();
  });

  it('tells watchers about every change, with sanitised values', async () => {
    const seen: Settings[] = [];
    const watching = new AbortController();
    watchSettings((settings) => seen.push(settings), watching.signal);
    await categoriesItem.setValue({ ...DEFAULT_SETTINGS.categories, place: true });
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)?.categories.place).toBe(true);
    watching.abort();
  });

  it('keeps quote checking on by default and reads it from local:quotes', async () => {
    expect(DEFAULT_SETTINGS.quotes).toBe(true);
    const seen: Settings[] = [];
    const watching = new AbortController();
    watchSettings((settings) => seen.push(settings), watching.signal);
    await quotesItem.setValue(false);
    await expect.poll(() => seen.at(-1)?.quotes).toBe(false);
    expect(await fakeBrowser.storage.local.get('quotes')).toEqual({ quotes: false });
    expect((await loadSettings()).quotes).toBe(false);
    watching.abort();
  });
});
