import type { CDPSession, ElementHandle, JSHandle, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { seriousA11yViolations, type AxeViolation } from './a11y';

/**
 * The tests' way into the card's closed shadow root.
 *
 * The card's root is closed in the build that ships, and the build the end-to-end tests run is
 * that build: nothing in it hands the root out (a hook a test can call is a hook a page can look
 * for, and a test-only build would be a different artefact from the one reviewed and shipped).
 * The tests reach it instead the way DevTools does, through the browsers' remote protocols, which
 * see closed roots: in Chromium, CDP's DOM domain (`DOM.describeNode` with `pierce` lists a host's
 * shadow roots, closed ones too, and `DOM.resolveNode` turns one into an object); in Firefox,
 * WebDriver BiDi's `includeShadowTree: 'all'` serialisation. Only this file uses them.
 *
 * What the tests then assert is what a reader sees: the card's rendered text (innerText),
 * whether it is visible, and its box.
 */

/** Where the Chromium helper leaves the root for Playwright to pick up, in the page's main world, during a test only. */
const ROOT_KEY = 'astana-e2e-card-root';
const HOST = ':scope > astana-facts-ui#astana-facts-card';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The card's (closed) shadow root in Chromium, as a Playwright handle; null before the first card. */
export async function cardRoot(page: Page): Promise<JSHandle<ShadowRoot> | null> {
  const session = await cdp(page);
  const { result } = await session.send('Runtime.evaluate', {
    expression: `document.documentElement.querySelector(${JSON.stringify(HOST)})`,
  });
  if (!result.objectId) return null;
  const { node } = await session.send('DOM.describeNode', { objectId: result.objectId, depth: 1, pierce: true });
  await session.send('Runtime.releaseObject', { objectId: result.objectId });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return null;
  await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () { window[Symbol.for(${JSON.stringify(ROOT_KEY)})] = this; }`,
  });
  await session.send('Runtime.releaseObject', { objectId: object.objectId });
  return page.evaluateHandle((key) => (window as unknown as Record<symbol, ShadowRoot>)[Symbol.for(key)]!, ROOT_KEY);
}

/** An element of the card, for isVisible(), boundingBox() and the like; null when there is none. */
export async function inCard(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  const root = await cardRoot(page);
  if (!root) return null;
  const handle = await root.evaluateHandle((r, s) => r.querySelector(s), selector);
  const element = handle.asElement();
  if (!element) await handle.dispose();
  await root.dispose();
  return element;
}

export interface SeenCard {
  /** What a reader sees: the rendered text. */
  text: string;
  rect: { top: number; left: number; bottom: number; right: number; width: number; height: number };
  viewport: { width: number; height: number };
  facts: number;
  quotes: number;
  fontSize: string;
  color: string;
  backgroundColor: string;
  direction: string;
  lang: string;
  theme: string;
  /** Where it was placed: below, above, right or left of the name. */
  side: string;
  role: string;
  /** The element focused inside the card, if any (its class). */
  focused: string | null;
  hostId: string;
  /** Scroll state, for the wheel. */
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
  /** The visible text blocks in reading order. */
  blocks: string[];
}

/** Reads the card a reader sees: null when no card is visible. Runs in the page with the card's root. */
function read(root: ShadowRoot): SeenCard | null {
  const card = root.querySelector<HTMLElement>('.af-card');
  if (!card) return null;
  const rect = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && card.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  if (!visible) return null;
  const host = root.host;
  const blocks = [...card.querySelectorAll<HTMLElement>('header, p, li, button')]
    .filter((el) => el.checkVisibility() && el.getClientRects().length > 0)
    .map((el) => el.innerText.trim());
  return {
    text: card.innerText,
    rect: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right, width: rect.width, height: rect.height },
    viewport: { width: innerWidth, height: innerHeight },
    facts: card.querySelectorAll('.af-fact').length,
    quotes: card.querySelectorAll('.af-quote').length,
    fontSize: style.fontSize,
    color: style.color,
    backgroundColor: style.backgroundColor,
    direction: style.direction,
    lang: card.lang,
    theme: card.dataset.theme ?? '',
    side: card.dataset.side ?? '',
    role: card.getAttribute('role') ?? '',
    focused: root.activeElement ? (root.activeElement.getAttribute('class') ?? root.activeElement.tagName) : null,
    hostId: host.id,
    scrollTop: card.scrollTop,
    scrollHeight: card.scrollHeight,
    clientHeight: card.clientHeight,
    blocks,
  };
}

/** The card as a reader sees it in Chromium, or null when none is shown. */
export async function readCard(page: Page): Promise<SeenCard | null> {
  const root = await cardRoot(page);
  if (!root) return null;
  try {
    return await root.evaluate(read);
  } finally {
    await root.dispose();
  }
}

/** The visible card's text in Chromium, '' when none is shown. */
export async function cardText(page: Page): Promise<string> {
  return (await readCard(page))?.text ?? '';
}

/**
 * Clicks an element of the card where a reader would: scrolled into the card's view (as the
 * reader's wheel would), then at its centre, with the mouse.
 */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const element = await inCard(page, selector);
  await element?.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  const box = await element?.boundingBox();
  if (!element || !box) throw new Error(`No visible ${selector} in the card.`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await element.dispose();
}

/**
 * axe-core's serious and critical violations in the card. axe walks open shadow roots only, so
 * the card's tree (its styles included) is copied, in place, into an open root made for the
 * check, and taken out again after.
 */
export async function cardA11yViolations(page: Page): Promise<AxeViolation[]> {
  const root = await cardRoot(page);
  if (!root) throw new Error('No card to check.');
  await root.evaluate((r) => {
    const copy = document.createElement('astana-e2e-a11y-copy');
    copy.id = 'astana-e2e-a11y-copy';
    const open = copy.attachShadow({ mode: 'open' });
    for (const child of r.childNodes) open.append(child.cloneNode(true));
    document.documentElement.append(copy);
  });
  await root.dispose();
  try {
    return await seriousA11yViolations(page, '#astana-e2e-a11y-copy');
  } finally {
    await page.evaluate(() => document.getElementById('astana-e2e-a11y-copy')?.remove());
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The card as a reader sees it in Firefox, over WebDriver BiDi; null when none is shown. */
export async function readCardInFirefox(page: PuppeteerPage): Promise<SeenCard | null> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await connection.send('script.evaluate', {
    expression: `document.documentElement.querySelector(${JSON.stringify(HOST)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const value = host.result as { type: string; result?: { value?: { shadowRoot?: { sharedId?: string } | null } } };
  const shadowId = value.result?.value?.shadowRoot?.sharedId;
  if (value.type !== 'success' || !shadowId) return null;
  const reply = await connection.send('script.callFunction', {
    functionDeclaration: `(root) => JSON.stringify((${read.toString()})(root))`,
    arguments: [{ sharedId: shadowId }],
    target: { context },
    awaitPromise: false,
  });
  const result = reply.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (result.type !== 'success') throw new Error(`Reading the card failed: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result?.value ?? 'null') as SeenCard | null;
}
