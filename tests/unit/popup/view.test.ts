import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { getEntity } from '../../../src/core/dataset';
import { groupMentions, lookupPath, onPageView, quotesView, siteOfTab, siteSwitchView } from '../../../src/popup/view';
import { pageState } from '../../support/extension-bus';

const on: Settings = DEFAULT_SETTINGS;
const noCategories: Settings = { ...on, categories: { person: false, group: false, organization: false, place: false, event: false } };
const withNames = pageState({ mentions: [{ entityId: 'bashar-al-assad', count: 2 }] });

describe('what "On this page" says', () => {
  it('lists the names found', () => {
    expect(onPageView(on, 'cnn.com', withNames)).toMatchObject({ kind: 'mentions', groups: [{ category: 'person' }] });
  });

  it('says why there are none: global switch, site switch, all categories off, or no names', () => {
    expect(onPageView({ ...on, enabled: false }, 'cnn.com', withNames)).toEqual({ kind: 'global-off' });
    expect(onPageView({ ...on, siteRules: { 'cnn.com': false } }, 'cnn.com', withNames)).toEqual({ kind: 'site-off' });
    expect(onPageView({ ...on, mode: 'only-listed' }, 'cnn.com', withNames)).toEqual({ kind: 'site-off' });
    // Not "no names on this page": nothing is looked for.
    expect(onPageView(noCategories, 'cnn.com', pageState())).toEqual({ kind: 'categories-off' });
    expect(onPageView(on, 'cnn.com', pageState())).toEqual({ kind: 'no-mentions' });
  });

  it('shows quotations only where the page is highlighted', () => {
    const quote = { verdict: 'exact' as const, speakerId: 'mehmet-simsek', text: 'So now' };
    expect(quotesView(on, 'cnn.com', pageState({ quotes: [quote] }))).toEqual({ kind: 'quotes', quotes: [quote] });
    expect(quotesView(on, 'cnn.com', pageState())).toEqual({ kind: 'none' });
    expect(quotesView({ ...on, quotes: false }, 'cnn.com', pageState())).toEqual({ kind: 'off' });
    expect(quotesView({ ...on, enabled: false }, 'cnn.com', pageState())).toEqual({ kind: 'hidden' });
  });
});

describe('the site switch', () => {
  it('is never on while the global switch is off', () => {
    const coverage = { host: 'edition.cnn.com', site: 'cnn.com', widens: true };
    expect(siteSwitchView(on, coverage)).toEqual({ site: 'cnn.com', widensFrom: 'edition.cnn.com', checked: true, disabled: false });
    expect(siteSwitchView({ ...on, enabled: false }, coverage)).toMatchObject({ checked: false, disabled: true });
  });

  it('is for the site of the tab\'s address, or of the host the page reports', () => {
    expect(siteOfTab({ id: 1, url: 'https://news.google.com/' }, { kind: 'loading' })).toEqual({ host: 'news.google.com', site: 'google.com', widens: true });
    expect(siteOfTab({ id: 1, url: undefined }, { kind: 'ready', state: pageState({ site: null, host: '[::1]' }) })).toEqual({ host: '[::1]', site: '[::1]', widens: false });
    expect(siteOfTab({ id: 1, url: undefined }, { kind: 'loading' })).toBeNull();
    expect(siteOfTab(null, { kind: 'unavailable' })).toBeNull();
  });
});

describe('data shaping', () => {
  it('groups by category in the dataset order, most mentioned first, unknown ids dropped', () => {
    const groups = groupMentions([
      { entityId: 'geneva', count: 1 },
      { entityId: 'astana', count: 4 },
      { entityId: 'isis', count: 2 },
      { entityId: 'nope', count: 9 },
      { entityId: 'bashar-al-assad', count: 0 },
    ]);
    expect(groups.map((g) => g.category)).toEqual(['group', 'place']);
    expect(groups[1]!.items.map((i) => i.entity.id)).toEqual(['astana', 'geneva']);
  });

  it('opens the lookup page on the entity shown, else on the search typed', () => {
    expect(lookupPath(getEntity('astana')!, 'x')).toBe('/lookup.html?id=astana');
    expect(lookupPath(null, ' Army of Islam ')).toBe('/lookup.html?q=Army%20of%20Islam');
    expect(lookupPath(null, '  ')).toBe('/lookup.html');
  });
});
