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
    // Extension pages keep the browser's default Content Security Policy. The two files exposed
    // to pages are the page and card scripts the content script imports, only under a per-session address.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['page.js', 'card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(manifest.host_permissions).toBeUndefined();
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

  // Last: the extension is reloaded under an open page, as an update would do.
  it('an extension reload removes the old highlights and listeners, and the page shows no error', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.url('/forms-and-code.html'));
    await page.waitForSelector('[data-astana-entity]');
    await session.worker.evaluate(() => chrome.runtime.reload());
    await expect.poll(() => page.locator('[data-astana-entity]').count(), { timeout: 15_000 }).toBe(0);
    // Hovering where a name was does nothing, and nothing threw.
    await page.mouse.move(40, 40);
    await page.waitForTimeout(500);
    expect(await page.locator('astana-facts-ui').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
