import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTING_KEYS as KEYS, SettingsSchema } from '../../src/core/settings';
import { categoriesItem, loadSettings, modeItem, setSiteEnabled, tooltipsItem } from '../../src/platform/settings-storage';

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
          expect(v.safeParse(SettingsSchema, settings).success).toBe(true);
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
