import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../src/core/dataset/schema';
import { DEFAULT_SETTINGS, MODES } from '../../src/core/settings';
import { categoriesItem, loadSettings, modeItem, setSiteEnabled, tooltipsItem } from '../../src/platform/settings-storage';
import { isOwnSender, parseMessage } from '../../src/platform/messaging';

const KEYS = ['enabled', 'mode', 'siteRules', 'categories', 'tooltips', 'quotes'] as const;

/** A valid settings object, whatever storage held. */
const SettingsShape = v.strictObject({
  enabled: v.boolean(),
  mode: v.picklist(MODES),
  siteRules: v.record(v.string(), v.boolean()),
  categories: v.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, v.boolean()])) as Record<(typeof CATEGORIES)[number], v.BooleanSchema<undefined>>),
  tooltips: v.boolean(),
  quotes: v.boolean(),
});

describe('settings survive any stored value', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('every key holding any JSON value (or an old version tag) still loads valid settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue()),
        fc.dictionary(fc.constantFrom(...KEYS.map((key) => `${key}$`)), fc.oneof(fc.jsonValue(), fc.record({ v: fc.integer({ min: 0, max: 3 }) }))),
        async (values, metas) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set({ ...values, ...metas });
          const settings = await loadSettings();
          expect(v.safeParse(SettingsShape, settings).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('one corrupted key never costs the others', async () => {
    await fakeBrowser.storage.local.set({ enabled: false, mode: 'only-listed', siteRules: { 'cnn.com': true }, categories: 'corrupt', tooltips: 7 });
    const settings = await loadSettings();
    expect(settings).toMatchObject({ enabled: false, mode: 'only-listed', siteRules: { 'cnn.com': true }, tooltips: DEFAULT_SETTINGS.tooltips });
    expect(settings.categories).toEqual(DEFAULT_SETTINGS.categories);
  });

  it('two tabs changing different settings at once both keep their change', async () => {
    // Each setting is its own storage key, so concurrent writes to different settings never collide;
    // two writes to the same setting resolve as "last write wins".
    await Promise.all([
      setSiteEnabled('cnn.com', false),
      categoriesItem.setValue({ ...DEFAULT_SETTINGS.categories, place: true }),
      modeItem.setValue('all-except-listed'),
      tooltipsItem.setValue(false),
    ]);
    const settings = await loadSettings();
    expect(settings.siteRules).toEqual({ 'cnn.com': false });
    expect(settings.categories.place).toBe(true);
    expect(settings.tooltips).toBe(false);
    await Promise.all([tooltipsItem.setValue(true), tooltipsItem.setValue(false)]);
    expect((await loadSettings()).tooltips).toBe(false);
  });
});

describe('messages between contexts', () => {
  it('accepts only well-formed messages', () => {
    expect(parseMessage({ type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    for (const junk of [null, 'get-page-state', { type: 'get-page-state', extra: 1 }, { type: 'reveal-mention' }, { type: 'rm -rf' }, [1]]) {
      expect(parseMessage(junk)).toBeNull();
    }
  });

  it('ignores senders outside this extension', () => {
    expect(isOwnSender({ id: fakeBrowser.runtime.id })).toBe(true);
    expect(isOwnSender({ id: 'some-other-extension' })).toBe(false);
    expect(isOwnSender({})).toBe(false);
    expect(isOwnSender(undefined)).toBe(false);
  });
});
