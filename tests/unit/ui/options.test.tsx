// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { categoriesItem, enabledItem, loadSettings, modeItem, siteRulesItem, tooltipsItem, quotesItem } from '../../../src/platform/settings-storage';
import { serializeSettings } from '../../../src/core/settings/settings-file';
import { senders, startTestBackground } from '../../support/extension-bus';

const CUSTOM = {
  enabled: false,
  mode: 'only-listed' as const,
  siteRules: { 'cnn.com': true, 'example.org': false },
  categories: { person: false, group: true, organization: true, place: true, event: false },
  tooltips: false,
  quotes: false,
};

async function storeCustom() {
  await enabledItem.setValue(CUSTOM.enabled);
  await modeItem.setValue(CUSTOM.mode);
  await siteRulesItem.setValue(CUSTOM.siteRules);
  await categoriesItem.setValue(CUSTOM.categories);
  await tooltipsItem.setValue(CUSTOM.tooltips);
  await quotesItem.setValue(CUSTOM.quotes);
}

function chooseFile(text: string, name = 'settings.json') {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  fakeBrowser.reset();
  startTestBackground(senders.options);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('shows the stored settings', async () => {
    await storeCustom();
    render(<App />);
    const global = (await screen.findByRole('switch', { name: 'Highlight names on web pages' })) as HTMLInputElement;
    expect(global.checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Only on the sites listed below' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('cnn.com')).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'People' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('switch', { name: 'Places' }) as HTMLInputElement).checked).toBe(true);
  });

  it('writes the switches, the mode, categories and tooltips', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Highlight names on web pages' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Only on the sites listed below' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Places' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Show facts when pointing at a highlighted name' }));
    await waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        mode: 'only-listed',
        categories: { ...DEFAULT_SETTINGS.categories, place: true },
        tooltips: false,
      }),
    );
  });

  it('switches quote checking, on by default', async () => {
    render(<App />);
    const quotes = (await screen.findByRole('switch', { name: /Check quotations against the recorded quotes/ })) as HTMLInputElement;
    expect(quotes.checked).toBe(true);
    fireEvent.click(quotes);
    await waitFor(async () => expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, quotes: false }));
  });

  it('adds a site normalised, rejects invalid input inline, and removes a site', async () => {
    render(<App />);
    const input = (await screen.findByRole('textbox', { name: 'Add a site' })) as HTMLInputElement;

    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('“not a site” is not a web site');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await siteRulesItem.getValue()).toEqual({});

    fireEvent.input(input, { target: { value: 'https://edition.CNN.com/world' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'cnn.com': false }));
    expect(await screen.findByText('cnn.com')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.input(input, { target: { value: 'cnn.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('cnn.com is already listed.');

    fireEvent.click(screen.getByRole('button', { name: 'Remove cnn.com' }));
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({}));
    expect(await screen.findByText('No sites listed.')).toBeTruthy();
  });

  it('gives every listed site its own switch, and never shows "Off" under "only on these sites"', async () => {
    await modeItem.setValue('only-listed');
    await siteRulesItem.setValue({ 'cnn.com': true, 'bbc.co.uk': false });
    render(<App />);
    expect(await screen.findByText('Highlighting is on only on the sites switched on here.')).toBeTruthy();
    const cnn = screen.getByRole('switch', { name: 'cnn.com' }) as HTMLInputElement;
    const bbc = screen.getByRole('switch', { name: 'bbc.co.uk' }) as HTMLInputElement;
    expect([cnn.checked, bbc.checked]).toEqual([true, false]);
    expect(screen.queryByText('Off')).toBeNull();

    fireEvent.click(bbc);
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'cnn.com': true, 'bbc.co.uk': true }));
    // Switched off, a site stays listed with its switch off.
    fireEvent.click(cnn);
    await waitFor(async () => expect(await siteRulesItem.getValue()).toEqual({ 'cnn.com': false, 'bbc.co.uk': true }));
    expect((screen.getByRole('switch', { name: 'cnn.com' }) as HTMLInputElement).checked).toBe(false);

    // A site added in this mode is on.
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'alice.github.io' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await siteRulesItem.getValue())['alice.github.io']).toBe(true));
  });

  it('imports a valid settings file', async () => {
    render(<App />);
    await screen.findByRole('switch', { name: 'Highlight names on web pages' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    chooseFile(serializeSettings(CUSTOM));
    expect((await screen.findByRole('status')).textContent).toContain('Settings imported from settings.json.');
    expect(await loadSettings()).toEqual(CUSTOM);
    // One storage write: one change event in every tab, one restart of its highlighting.
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('says so when the background cannot store an import', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<App />);
    await screen.findByRole('switch', { name: 'Places' });
    chooseFile(serializeSettings(CUSTOM));
    expect((await screen.findByRole('alert')).textContent).toBe('The change could not be saved. Try again.');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['not JSON', '{ broken', 'the file is not valid JSON.'],
    ['another file', '{"name":"package"}', 'it is not an Astana Facts settings file.'],
    [
      'a bad value',
      JSON.stringify({ format: 'astana-facts-settings', version: 1, settings: { ...CUSTOM, mode: 'never' } }),
      'the value of “settings.mode” is not valid.',
    ],
  ])('rejects %s and leaves storage unchanged', async (_name, text, reason) => {
    await storeCustom();
    const before = await fakeBrowser.storage.local.get(null);
    render(<App />);
    await screen.findByRole('switch', { name: 'Highlight names on web pages' });
    chooseFile(text, 'bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`Could not import bad.json: ${reason} Nothing was changed.`);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await loadSettings()).toEqual(CUSTOM);
  });

  it('resets to defaults after a confirm step', async () => {
    await storeCustom();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults…' }));
    // Nothing happens until the reset is confirmed; Cancel backs out.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await loadSettings()).toEqual(CUSTOM);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect((await screen.findByRole('status')).textContent).toBe('Settings reset to defaults.');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: 'Highlight names on web pages' }) as HTMLInputElement).checked).toBe(true),
    );
    expect(screen.getByText('No sites listed.')).toBeTruthy();
  });

  it('exports the settings as a JSON download', async () => {
    await storeCustom();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:settings';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    render(<App />);
    await waitFor(() => expect(screen.getByText('cnn.com')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toMatch(/^astana-facts-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await created[0]!.text());
    expect(exported.format).toBe('astana-facts-settings');
    expect(exported.settings).toEqual(CUSTOM);
  });
});
