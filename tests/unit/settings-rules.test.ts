import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_SETTINGS,
  enabledCategories,
  isSiteEnabled,
  sanitizeCategories,
  sanitizeSiteRules,
  siteKeyForInput,
  siteKeyForUrl,
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

  it('fills missing or invalid category switches with defaults', () => {
    expect(sanitizeCategories({ place: true, person: 'no', bogus: true })).toEqual({ ...DEFAULT_CATEGORIES, place: true });
    for (const junk of [null, 7, 'place', [true]]) expect(sanitizeCategories(junk)).toEqual(DEFAULT_CATEGORIES);
  });
});
