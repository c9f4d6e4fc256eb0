import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { serializeSettings } from '../../../src/core/settings/settings-file';
import { importErrorText, importSettingsFile, resetSettings } from '../../../src/options/backup';
import { loadSettings } from '../../../src/platform/settings-storage';
import { senders, startTestBackground } from '../../support/extension-bus';

const CUSTOM: Settings = { ...DEFAULT_SETTINGS, enabled: false, siteRules: { 'cnn.com': false }, tooltips: false };
const file = (text: string, name = 'settings.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  fakeBrowser.reset();
  startTestBackground(senders.options);
});
afterEach(() => vi.restoreAllMocks());

describe('import, export and reset', () => {
  it('imports a valid file in one write, and resets in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await importSettingsFile(file(serializeSettings(CUSTOM)))).toEqual({ kind: 'success', text: 'Settings imported from settings.json.' });
    expect(await loadSettings()).toEqual(CUSTOM);
    expect(await resetSettings()).toEqual({ kind: 'success', text: 'Settings reset to defaults.' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('writes nothing for a bad file, and names the problem', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await importSettingsFile(file('{ nope', 'bad.json'))).toEqual({
      kind: 'error',
      text: 'Could not import bad.json: the file is not valid JSON. Nothing was changed.',
    });
    expect(set).not.toHaveBeenCalled();
  });

  it('has a sentence for every import error', () => {
    for (const error of [
      { code: 'too-large' },
      { code: 'not-json' },
      { code: 'wrong-format' },
      { code: 'newer-version' },
      { code: 'invalid', field: 'settings.mode' },
      { code: 'invalid-site', site: 'x y' },
    ] as const) {
      expect(importErrorText(error).length, error.code).toBeGreaterThan(10);
    }
    expect(importErrorText({ code: 'invalid', field: 'settings.mode' })).toContain('settings.mode');
  });
});
