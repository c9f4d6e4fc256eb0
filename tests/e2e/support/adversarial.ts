import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { startChromiumSession, type ChromiumSession } from './session';

export interface OpenedPage {
  page: Page;
  /** Whether the tab's renderer crashed since the page was opened. */
  crashed(): boolean;
}

/**
 * Serves one test file's adversarial pages to a Chromium session with the extension, both started
 * before the file's tests and closed after them. `open` loads a page in a new tab that watches for
 * a renderer crash: what these inputs used to cause.
 */
export function serveAdversarialPages(pages: Record<string, string>): { open(path: string): Promise<OpenedPage> } {
  let session: ChromiumSession;
  let server: { url(path: string): string; close(): Promise<void> };
  beforeAll(async () => {
    [session, server] = await Promise.all([startChromiumSession(), startStaticServer({ pages })]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    async open(path) {
      const page = await session.context.newPage();
      let crashed = false;
      page.on('crash', () => (crashed = true));
      await page.goto(server.url(path));
      return { page, crashed: () => crashed };
    },
  };
}
