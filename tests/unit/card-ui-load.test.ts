import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_UI_GLOBAL, CARD_UI_PATH } from '../../src/card/contract';
import { PAGE_SCRIPT_GLOBAL, PAGE_SCRIPT_PATH } from '../../src/probe/contract';

/**
 * The two loaders import an extension file by the address `chrome.runtime.getURL` gives. Here
 * `getURL` (on WXT's fake browser, which is `chrome` under test) maps the path into a folder,
 * as the browser maps it into the installed extension: `support/extension` holds files that
 * register their API the way the built card-ui.js and page.js do, `support/stale-extension`
 * files that run but register nothing.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const EXTENSION = join(HERE, 'support/extension');
const STALE_EXTENSION = join(HERE, 'support/stale-extension');
const MISSING = join(HERE, 'support/no-such-extension');

declare const chrome: { runtime: { getURL(path: string): string } };

function standInGetURL(root: string | (() => never)) {
  return vi
    .spyOn(chrome.runtime, 'getURL')
    .mockImplementation((path: string) => (typeof root === 'function' ? root() : pathToFileURL(join(root, path)).href));
}

const extensionGone = (): never => {
  // What Chrome throws once the extension was reloaded or updated under the page.
  throw new Error('Extension context invalidated.');
};

const globals = globalThis as Record<string, unknown>;

beforeEach(() => {
  // Each test gets fresh loader modules: the card loader remembers its first answer.
  vi.resetModules();
  delete globals[CARD_UI_GLOBAL];
  delete globals[PAGE_SCRIPT_GLOBAL];
});
afterEach(() => {
  vi.restoreAllMocks();
  delete globals[CARD_UI_GLOBAL];
  delete globals[PAGE_SCRIPT_GLOBAL];
});

const cardLoader = async () => (await import('../../src/page/cards/load-card-ui')).loadCardUi;
const pageLoader = async () => (await import('../../src/probe/load-page-script')).loadPageScript;

describe('the card script loader', () => {
  it('imports the card script from the extension, once, and hands over the API it registered', async () => {
    const getURL = standInGetURL(EXTENSION);
    const loadCardUi = await cardLoader();
    const first = loadCardUi();
    expect(loadCardUi()).toBe(first);
    const api = await first;
    expect(api).not.toBeNull();
    expect(api).toBe(globals[CARD_UI_GLOBAL]);
    expect(typeof api!.createSurface).toBe('function');
    await expect(loadCardUi()).resolves.toBe(api);
    expect(getURL.mock.calls).toEqual([[CARD_UI_PATH]]);
  }, 60_000);

  it('is null, once and for good, when the file cannot be imported; it is not asked for again', async () => {
    const getURL = standInGetURL(MISSING);
    const loadCardUi = await cardLoader();
    await expect(loadCardUi()).resolves.toBeNull();
    // Even where the file would now load: one failed import means no card on this page.
    standInGetURL(EXTENSION);
    await expect(loadCardUi()).resolves.toBeNull();
    expect(getURL).toHaveBeenCalledTimes(1);
  });

  it('is null when the extension context is gone and getURL throws', async () => {
    standInGetURL(extensionGone);
    await expect((await cardLoader())()).resolves.toBeNull();
  });

  it('is null when the file it imported registered no card API', async () => {
    standInGetURL(STALE_EXTENSION);
    await expect((await cardLoader())()).resolves.toBeNull();
    globals[CARD_UI_GLOBAL] = { createSurface: 'not a function' };
    vi.resetModules();
    await expect((await cardLoader())()).resolves.toBeNull();
  });
});

describe('the page script loader', () => {
  it('imports the page script from the extension and hands over the API it registered', async () => {
    const getURL = standInGetURL(EXTENSION);
    const api = await (await pageLoader())();
    expect(api).not.toBeNull();
    expect(api).toBe(globals[PAGE_SCRIPT_GLOBAL]);
    expect(typeof api!.start).toBe('function');
    expect(getURL.mock.calls).toEqual([[PAGE_SCRIPT_PATH]]);
  }, 60_000);

  it('is null, and throws nothing, when the file cannot be imported or the extension is gone', async () => {
    standInGetURL(MISSING);
    await expect((await pageLoader())()).resolves.toBeNull();
    standInGetURL(extensionGone);
    await expect((await pageLoader())()).resolves.toBeNull();
  });

  it('is null when the file it imported registered no page script API', async () => {
    standInGetURL(STALE_EXTENSION);
    await expect((await pageLoader())()).resolves.toBeNull();
    // Something else under the page script's name (a page cannot reach this global, but a stale build could).
    globals[PAGE_SCRIPT_GLOBAL] = { start: 'not a function' };
    await expect((await pageLoader())()).resolves.toBeNull();
  });
});
