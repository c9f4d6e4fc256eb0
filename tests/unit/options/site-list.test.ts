import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkNewSite, siteRows } from '../../../src/options/site-list';

describe('the options page\'s site list', () => {
  it('lists every site alphabetically with its own switch', () => {
    expect(siteRows({ siteRules: { 'cnn.com': true, 'bbc.co.uk': false } })).toEqual([
      { site: 'bbc.co.uk', on: false },
      { site: 'cnn.com', on: true },
    ]);
  });

  it('adds a typed site normalised, off in "everywhere except" mode and on in "only listed" mode', () => {
    expect(checkNewSite(' https://edition.CNN.com/world ', DEFAULT_SETTINGS)).toEqual({ ok: true, site: 'cnn.com', rule: false });
    expect(checkNewSite('alice.github.io', { ...DEFAULT_SETTINGS, mode: 'only-listed' })).toEqual({ ok: true, site: 'alice.github.io', rule: true });
    expect(checkNewSite('[::1]:8080', DEFAULT_SETTINGS)).toEqual({ ok: true, site: '[::1]', rule: false });
  });

  it('explains what it cannot add', () => {
    expect(checkNewSite('  ', DEFAULT_SETTINGS)).toEqual({ ok: false, error: 'Enter a domain such as cnn.com.' });
    expect(checkNewSite('not a site', DEFAULT_SETTINGS)).toEqual({ ok: false, error: '“not a site” is not a web site. Enter a domain such as cnn.com.' });
    expect(checkNewSite('www.cnn.com', { ...DEFAULT_SETTINGS, siteRules: { 'cnn.com': false } })).toEqual({ ok: false, error: 'cnn.com is already listed.' });
    // Listed with the other rule: adding it again sets the rule the mode adds.
    expect(checkNewSite('cnn.com', { ...DEFAULT_SETTINGS, siteRules: { 'cnn.com': true } })).toEqual({ ok: true, site: 'cnn.com', rule: false });
  });
});
