import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_SETTINGS,
  enabledCategories,
  hasSiteExceptions,
  isSiteEnabled,
  isSiteKey,
  sanitizeCategories,
  sanitizeSetting,
  sanitizeSiteRules,
  siteCoverage,
  siteKeyForInput,
  siteKeyForUrl,
  toggledSite,
  withSiteEnabled,
} from '../../src/core/settings';

describe('site keys', () => {
  it('keys a page by its registrable domain', () => {
    expect(siteKeyForUrl('https://edition.cnn.com/2017/01/23/middleeast/astana')).toBe('cnn.com');
    expect(siteKeyForUrl('https://www.cnn.com/')).toBe('cnn.com');
    expect(siteKeyForUrl('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteKeyForUrl('http://news.example.com.tr/a')).toBe('example.com.tr');
  });

  it('keys hosts without a public suffix by host name', () => {
    expect(siteKeyForUrl('http://localhost:8080/x')).toBe('localhost');
    expect(siteKeyForUrl('http://127.0.0.1:3000/')).toBe('127.0.0.1');
  });

  it('keeps sites under private suffixes apart (user.github.io is not other.github.io)', () => {
    expect(siteKeyForUrl('https://alice.github.io/post')).toBe('alice.github.io');
    expect(siteKeyForUrl('https://bob.github.io/')).toBe('bob.github.io');
    expect(siteKeyForUrl('https://news.blog.blogspot.com/')).toBe('blog.blogspot.com');
    expect(siteKeyForInput('alice.github.io')).toBe('alice.github.io');
  });

  it('keys IPv6 hosts in brackets, as a stored rule can hold them', () => {
    expect(siteKeyForUrl('http://[::1]:8080/')).toBe('[::1]');
    expect(siteKeyForUrl('http://[2001:DB8:0:0::1]/a')).toBe('[2001:db8::1]');
    expect(siteKeyForInput('[::1]:8080')).toBe('[::1]');
    expect(isSiteKey(siteKeyForUrl('http://[::1]:8080/'))).toBe(true);
    expect(sanitizeSiteRules({ '[::1]': false })).toEqual({ '[::1]': false });
  });

  it('says when a switch covers more than the host it is flipped on', () => {
    expect(siteCoverage('https://news.google.com/topics')).toEqual({ host: 'news.google.com', site: 'google.com', widens: true });
    expect(siteCoverage('https://edition.cnn.com/')).toEqual({ host: 'edition.cnn.com', site: 'cnn.com', widens: true });
    expect(siteCoverage('https://www.bbc.co.uk/news')).toEqual({ host: 'www.bbc.co.uk', site: 'bbc.co.uk', widens: false });
    expect(siteCoverage('https://cnn.com/')).toMatchObject({ widens: false });
    expect(siteCoverage('http://localhost:3000/')).toEqual({ host: 'localhost', site: 'localhost', widens: false });
    expect(siteCoverage('chrome://extensions')).toBeNull();
  });

  it('returns null where the extension never runs', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'moz-extension://x/popup.html', '', undefined, 'not a url']) {
      expect(siteKeyForUrl(url)).toBeNull();
    }
  });

  it('normalises what a person types', () => {
    expect(siteKeyForInput(' https://www.CNN.com/world ')).toBe('cnn.com');
    expect(siteKeyForInput('edition.cnn.com')).toBe('cnn.com');
    expect(siteKeyForInput('')).toBeNull();
    expect(siteKeyForInput('  ')).toBeNull();
  });
});

describe('site rules', () => {
  const base = { ...DEFAULT_SETTINGS };

  it('runs everywhere by default, except on sites switched off', () => {
    expect(isSiteEnabled(base, 'cnn.com')).toBe(true);
    expect(isSiteEnabled({ ...base, siteRules: { 'cnn.com': false } }, 'cnn.com')).toBe(false);
    expect(isSiteEnabled({ ...base, siteRules: { 'cnn.com': false } }, 'bbc.co.uk')).toBe(true);
  });

  it('runs only on listed sites in the "only listed" mode', () => {
    const only = { ...base, mode: 'only-listed' as const };
    expect(isSiteEnabled(only, 'cnn.com')).toBe(false);
    expect(isSiteEnabled({ ...only, siteRules: { 'cnn.com': true } }, 'cnn.com')).toBe(true);
    expect(isSiteEnabled({ ...only, siteRules: { 'cnn.com': false } }, 'cnn.com')).toBe(false);
  });

  it('the global switch and pages without a site turn everything off', () => {
    expect(isSiteEnabled({ ...base, enabled: false }, 'cnn.com')).toBe(false);
    expect(isSiteEnabled({ ...base, enabled: false, siteRules: { 'cnn.com': true } }, 'cnn.com')).toBe(false);
    expect(isSiteEnabled(base, null)).toBe(false);
  });

  it('flipping a site stores only exceptions to the mode', () => {
    const off = withSiteEnabled(base, 'cnn.com', false);
    expect(off).toEqual({ 'cnn.com': false });
    expect(withSiteEnabled({ ...base, siteRules: off }, 'cnn.com', true)).toEqual({});
    const only = { ...base, mode: 'only-listed' as const };
    expect(withSiteEnabled(only, 'cnn.com', true)).toEqual({ 'cnn.com': true });
    expect(withSiteEnabled({ ...only, siteRules: { 'cnn.com': true } }, 'cnn.com', false)).toEqual({});
  });

  it('flipping one site keeps every other rule', () => {
    const rules = { 'a.com': false, 'b.org': true };
    expect(withSiteEnabled({ ...base, siteRules: rules }, 'c.net', false)).toEqual({ ...rules, 'c.net': false });
    expect(rules).toEqual({ 'a.com': false, 'b.org': true });
  });
});

describe('the keyboard command and the toolbar icon', () => {
  const base = { ...DEFAULT_SETTINGS };

  it('the command flips the site, and with the global switch off turns both on', () => {
    expect(toggledSite(base, 'cnn.com')).toEqual({ siteRules: { 'cnn.com': false } });
    expect(toggledSite({ ...base, siteRules: { 'cnn.com': false } }, 'cnn.com')).toEqual({ siteRules: {} });
    expect(toggledSite({ ...base, enabled: false }, 'cnn.com')).toEqual({ enabled: true, siteRules: {} });
    expect(toggledSite({ ...base, enabled: false, siteRules: { 'cnn.com': false } }, 'cnn.com')).toEqual({ enabled: true, siteRules: {} });
    expect(toggledSite({ ...base, enabled: false, mode: 'only-listed' }, 'cnn.com')).toEqual({ enabled: true, siteRules: { 'cnn.com': true } });
  });

  it('a site rule makes some tab differ from the default only while highlighting is on', () => {
    expect(hasSiteExceptions(base)).toBe(false);
    expect(hasSiteExceptions({ ...base, siteRules: { 'cnn.com': false } })).toBe(true);
    expect(hasSiteExceptions({ ...base, siteRules: { 'cnn.com': true } })).toBe(false);
    expect(hasSiteExceptions({ ...base, mode: 'only-listed', siteRules: { 'cnn.com': true } })).toBe(true);
    expect(hasSiteExceptions({ ...base, enabled: false, siteRules: { 'cnn.com': false } })).toBe(false);
  });
});

describe('categories', () => {
  it('places are off by default, everything else on', () => {
    expect(DEFAULT_CATEGORIES).toEqual({ person: true, group: true, organization: true, place: false, event: true });
    expect([...enabledCategories(DEFAULT_SETTINGS)].sort()).toEqual(['event', 'group', 'organization', 'person']);
  });
});

describe('sanitising stored values', () => {
  it('keeps valid site rules and drops the rest', () => {
    expect(sanitizeSiteRules({ 'cnn.com': false, 'BAD KEY': true, 'bbc.co.uk': 'yes', 'x.org': true })).toEqual({
      'cnn.com': false,
      'x.org': true,
    });
    for (const junk of [null, undefined, 42, 'cnn.com', ['cnn.com'], true]) expect(sanitizeSiteRules(junk)).toEqual({});
  });

  it('gives every setting its default for a value of the wrong shape', () => {
    expect(sanitizeSetting('enabled', 'yes')).toBe(true);
    expect(sanitizeSetting('mode', 'sometimes')).toBe('all-except-listed');
    expect(sanitizeSetting('quotes', false)).toBe(false);
    // A default handed out is a copy: changing it never changes the defaults.
    const categories = sanitizeSetting('categories', null);
    categories.place = true;
    expect(DEFAULT_SETTINGS.categories.place).toBe(false);
  });

  it('fills missing or invalid category switches with defaults', () => {
    expect(sanitizeCategories({ place: true, person: 'no', bogus: true })).toEqual({ ...DEFAULT_CATEGORIES, place: true });
    for (const junk of [null, 7, 'place', [true]]) expect(sanitizeCategories(junk)).toEqual(DEFAULT_CATEGORIES);
  });
});
