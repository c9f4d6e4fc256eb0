import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { parseSettingsFile, serializeSettings, settingsFileName } from '../../../src/core/settings/settings-file';

const custom: Settings = {
  enabled: false,
  mode: 'only-listed',
  siteRules: { 'cnn.com': true, 'bbc.co.uk': false },
  categories: { person: true, group: false, organization: true, place: true, event: false },
  tooltips: false,
  quotes: false,
};

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'astana-facts-settings', version: 1, settings, ...extra });

describe('settings files', () => {
  it('round-trips every setting', () => {
    const text = serializeSettings(custom, new Date('2024-05-01T10:00:00Z'));
    expect(JSON.parse(text).exportedAt).toBe('2024-05-01T10:00:00.000Z');
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: custom });
    expect(parseSettingsFile(serializeSettings(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('names the file by date', () => {
    expect(settingsFileName(new Date('2024-05-01T10:00:00Z'))).toBe('astana-facts-settings-2024-05-01.json');
  });

  it('normalises site keys and fills missing categories with defaults', () => {
    const result = parseSettingsFile(
      file({ ...custom, siteRules: { 'https://edition.CNN.com/x': false }, categories: { place: true } }),
    );
    expect(result).toEqual({
      ok: true,
      settings: { ...custom, siteRules: { 'cnn.com': false }, categories: { ...DEFAULT_SETTINGS.categories, place: true } },
    });
  });

  it.each([
    ['not JSON', '{ nope', { code: 'not-json' }],
    ['another JSON file', JSON.stringify({ hello: 'world' }), { code: 'wrong-format' }],
    ['an array', '[]', { code: 'wrong-format' }],
    ['a newer version', JSON.stringify({ format: 'astana-facts-settings', version: 2, settings: {} }), { code: 'newer-version' }],
    ['a bad mode', file({ ...custom, mode: 'sometimes' }), { code: 'invalid', field: 'settings.mode' }],
    ['a string switch', file({ ...custom, enabled: 'yes' }), { code: 'invalid', field: 'settings.enabled' }],
    ['a missing setting', file({ ...custom, tooltips: undefined }), { code: 'invalid', field: 'settings.tooltips' }],
    ['an unknown setting', file({ ...custom, extra: 1 }), { code: 'invalid', field: 'settings.extra' }],
    ['an unknown category', file({ ...custom, categories: { animals: true } }), { code: 'invalid', field: 'settings.categories.animals' }],
    ['a non-boolean rule', file({ ...custom, siteRules: { 'cnn.com': 'off' } }), { code: 'invalid', field: 'settings.siteRules.cnn.com' }],
    ['a rule that is not a site', file({ ...custom, siteRules: { 'not a site!': true } }), { code: 'invalid-site', site: 'not a site!' }],
  ])('rejects %s', (_name, text, error) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, error });
  });

  it('reads a file written before quote checking existed as quote checking on', () => {
    const { quotes: _omitted, ...older } = custom;
    expect(parseSettingsFile(file(older))).toEqual({ ok: true, settings: { ...custom, quotes: true } });
  });

  it('never lets a __proto__ key through', () => {
    const text = '{"format":"astana-facts-settings","version":1,"settings":{"enabled":true,"mode":"all-except-listed","siteRules":{"__proto__":true},"categories":{},"tooltips":true}}';
    const result = parseSettingsFile(text);
    expect(result.ok && Object.getPrototypeOf(result.settings.siteRules)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.settings.siteRules)).toEqual([]);
  });

  it('rejects a huge file without parsing it', () => {
    expect(parseSettingsFile(' '.repeat(2_000_000))).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});
