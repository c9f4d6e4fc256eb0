import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromiumSession, type ChromiumSession } from './support/session';

describe('built extension in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await startChromiumSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts its service worker', async () => {
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Astana Facts');
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab']);
  });

  it('loads its popup page', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('#app').innerText()).toMatch(/Astana Facts/i);
    expect(errors).toEqual([]);
    await page.close();
  });
});
