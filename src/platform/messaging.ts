import * as v from 'valibot';
import type { MatcherData } from '../core/matcher/types';
import { browser } from 'wxt/browser';
import { CATEGORIES, QuoteSchema } from '../core/dataset/schema';
import { SettingsSchema, SiteKeySchema } from '../core/settings/model';

/**
 * The protocol between the extension's contexts: for each direction, a map from request type
 * to the request's fields and the reply's schema. The receiver validates every request and
 * ignores anything else (other types, other directions, other senders); the sender validates
 * the reply against the same map, so both ends are typed from one definition.
 *
 * Directions, with the sender each receiver accepts (`isContentScript` / `isExtensionPage`):
 * - PAGE_TO_BACKGROUND: the content script (probe, page script, card) -> background;
 * - EXTENSION_TO_BACKGROUND: the popup and the options page -> background (settings writes);
 * - EXTENSION_TO_PAGE: the popup and the background -> the content script of a tab;
 * - PAGE_TO_POPUP: the page script -> an open popup (the same broadcast the background gets).
 */

// ---------------------------------------------------------------------------------------------
// Wire schemas

const EntityCount = v.strictObject({ entityId: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)) });

const CitationId = v.pipe(v.string(), v.maxLength(200), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/**
 * Card (content script) -> background: open the source view on this citation. A card cannot
 * link to an extension page itself (the page is not web-accessible); the background opens the
 * tab, after checking the ids against the dataset (src/background/open-source.ts).
 */
const OpenSourceMessageSchema = v.strictObject({
  type: v.literal('open-source'),
  sourceId: CitationId,
  factId: v.optional(CitationId),
  quoteId: v.optional(CitationId),
});
export type OpenSourceMessage = v.InferOutput<typeof OpenSourceMessageSchema>;

/** Characters of a quotation sent to the popup. */
export const QUOTE_EXCERPT_CHARS = 120;

const CheckedQuote = v.strictObject({
  verdict: v.picklist(['exact', 'partial', 'close', 'unknown', 'misattributed']),
  speakerId: v.string(),
  /** The quotation's first words (at most QUOTE_EXCERPT_CHARS characters). */
  text: v.pipe(v.string(), v.maxLength(QUOTE_EXCERPT_CHARS + 1)),
  recordedQuoteId: v.optional(v.string()),
  /** Set when the words are recorded as said by someone else. */
  otherSpeakerId: v.optional(v.string()),
});

/**
 * What a tab shows. The probe (src/probe/probe.ts) writes its own small reply by hand, before
 * any name is found: no site (it carries no public-suffix list), nothing active.
 */
export const PageStateSchema = v.strictObject({
  /** The page's site key, from the background; null before the page script ran. */
  site: v.nullable(v.string()),
  /** The page's host name (`location.hostname`): the popup keys the site from it when the tab's address is hidden. */
  host: v.pipe(v.string(), v.maxLength(300)),
  active: v.boolean(),
  mentions: v.array(EntityCount),
  /** Checked quotations in document order. */
  quotes: v.array(CheckedQuote),
});
export type PageQuote = v.InferOutput<typeof CheckedQuote>;
export type PageState = v.InferOutput<typeof PageStateSchema>;

const MatchTargetSchema = v.strictObject({
  entityId: v.string(),
  category: v.picklist(CATEGORIES),
  alias: v.string(),
  needsSupport: v.optional(v.literal(true)),
});

/**
 * The matcher's forms, checked by a plain loop: there are hundreds (tens of thousands for a
 * large dataset), and a schema object per element made this the costliest part of a page's
 * start, for data that the extension's own background built.
 */
const FormEntriesSchema = v.custom<MatcherData['forms']>(
  (value) =>
    Array.isArray(value) &&
    value.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        Array.isArray(entry[1]) &&
        (entry[1] as unknown[]).every(
          (record) =>
            Array.isArray(record) &&
            record.length === 4 &&
            typeof record[0] === 'string' &&
            typeof record[1] === 'string' &&
            Number.isInteger(record[2]) &&
            Number.isInteger(record[3]),
        ),
    ),
  'matcher forms: expected [key, [symbols, cases, flags, target][]][]',
);

/** What the page's quote checker needs of the dataset (src/quotes QuoteReference); the cards' data stays out of the page. */
export const QuoteReferenceSchema = v.strictObject({
  entities: v.array(
    v.strictObject({ id: v.string(), category: v.picklist(CATEGORIES), speaksThrough: v.optional(v.array(v.string())) }),
  ),
  quotes: v.array(QuoteSchema),
});

export const PageSetupSchema = v.strictObject({
  site: v.nullable(v.string()),
  matcher: v.strictObject({
    firstUnits: v.string(),
    longestKey: v.number(),
    targets: v.array(MatchTargetSchema),
    forms: FormEntriesSchema,
  }),
  quoteReference: QuoteReferenceSchema,
});
export type PageSetup = v.InferOutput<typeof PageSetupSchema>;

/** One change of the settings, as the popup, the options page and the keyboard command ask for it. */
const SettingsChangeSchema = /* @__PURE__ */ v.variant('kind', [
  /** The site switch: on or off on this site, relative to the mode (a rule restating the mode is removed). */
  v.strictObject({ kind: v.literal('site-enabled'), site: SiteKeySchema, on: v.boolean() }),
  /** The options page's site list: this site's own rule, or none (null). */
  v.strictObject({ kind: v.literal('site-rule'), site: SiteKeySchema, rule: v.nullable(v.boolean()) }),
  /** Any settings, written at once: a switch, an import, a reset. */
  v.strictObject({ kind: v.literal('settings'), settings: v.partial(SettingsSchema) }),
]);
export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>;

// ---------------------------------------------------------------------------------------------
// Routes (marked pure: each bundle keeps only the directions it uses)

interface RouteDef {
  /** The request's fields besides `type`. */
  request: v.ObjectEntries;
  reply: v.GenericSchema;
}

type RequestSchema<K extends string, E extends v.ObjectEntries> = v.StrictObjectSchema<{ type: v.LiteralSchema<K, undefined> } & E, undefined>;

type Routes<T extends Record<string, RouteDef>> = {
  readonly [K in keyof T & string]: { readonly request: RequestSchema<K, T[K]['request']>; readonly reply: T[K]['reply'] };
};

function routes<const T extends Record<string, RouteDef>>(defs: T): Routes<T> {
  return Object.fromEntries(
    Object.entries(defs).map(([type, { request, reply }]) => [type, { request: v.strictObject({ type: v.literal(type), ...request }), reply }]),
  ) as unknown as Routes<T>;
}

/** No reply: a notice. */
const NoReply = v.undefined();

export const PAGE_TO_BACKGROUND = /* @__PURE__ */ routes({
  /**
   * Which site (registrable domain) am I on, the precompiled matcher data and the quote
   * checker's reference data. Keeps the public-suffix list and the dataset out of every page.
   */
  'get-page-setup': { request: {}, reply: PageSetupSchema },
  /** The page's highlights or quotations changed (drives the badge and the toolbar icon). */
  'page-state-changed': { request: { state: PageStateSchema }, reply: NoReply },
  'open-source': { request: OpenSourceMessageSchema.entries, reply: NoReply },
});

export const EXTENSION_TO_BACKGROUND = /* @__PURE__ */ routes({
  /** The background is the one writer of the settings: changes are applied one after another. */
  'change-settings': { request: { change: SettingsChangeSchema }, reply: v.literal(true) },
});

export const EXTENSION_TO_PAGE = /* @__PURE__ */ routes({
  /** What is highlighted here? */
  'get-page-state': { request: {}, reply: PageStateSchema },
  /** Scroll to the next mention of an entity and flash it; false when there is none. */
  'reveal-mention': { request: { entityId: v.string() }, reply: v.boolean() },
  /** Scroll to the checked quotation at this index of `PageState.quotes`; false when there is none. */
  'reveal-quote': { request: { index: v.pipe(v.number(), v.integer(), v.minValue(0)) }, reply: v.boolean() },
});

/** Pushed by the page script whenever what it shows changes, so an open popup never has to poll. */
export const PAGE_TO_POPUP = /* @__PURE__ */ routes({
  'page-state-changed': { request: { state: PageStateSchema }, reply: NoReply },
});

type AnyRoutes = Record<string, { request: v.GenericSchema; reply: v.GenericSchema }>;
type RequestOf<M extends AnyRoutes, K extends keyof M = keyof M> = K extends keyof M ? v.InferOutput<M[K]['request']> : never;
type ReplyOf<M extends AnyRoutes, K extends keyof M> = v.InferOutput<M[K]['reply']>;

/** A request of `protocol`, validated; null for anything else. */
export function parseRequest<M extends AnyRoutes>(protocol: M, raw: unknown): RequestOf<M> | null {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return null;
  const parsed = v.safeParse(protocol[type]!.request, raw);
  return parsed.success ? (parsed.output as RequestOf<M>) : null;
}

// ---------------------------------------------------------------------------------------------
// Senders

/** What a receiver reads of runtime.MessageSender. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; index?: number; windowId?: number; url?: string };
}

function isExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL('/'));
}

/**
 * This extension's content script in the top frame of a tab. Its address is the web page's:
 * an extension page opened in a tab (the options page) also has a tab, but not such an address.
 */
export function isContentScript(sender: Sender | undefined): boolean {
  return sender?.id === browser.runtime.id && sender.tab?.id !== undefined && sender.frameId === 0 && !isExtensionUrl(sender.url);
}

/** One of this extension's own pages (popup, options, lookup) or its background. */
export function isExtensionPage(sender: Sender | undefined): boolean {
  return sender?.id === browser.runtime.id && isExtensionUrl(sender.url);
}

// ---------------------------------------------------------------------------------------------
// Receiving

type Handlers<M extends AnyRoutes> = {
  [K in keyof M]?: (
    request: RequestOf<M, K>,
    sender: Sender,
  ) => ReplyOf<M, K> | Promise<ReplyOf<M, K>> | (undefined extends ReplyOf<M, K> ? void : never);
};

type Listener = (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => true | undefined;

/**
 * A runtime.onMessage listener that answers `protocol`'s requests from senders that `accept`s,
 * with `handlers`, and leaves every other message alone for other listeners. It replies through
 * `sendResponse` (returning true while a reply is pending): a returned Promise is not understood
 * by the native API of every browser version, and the page scripts do not carry the polyfill.
 */
export function receiver<M extends AnyRoutes>(protocol: M, accept: (sender: Sender) => boolean, handlers: Handlers<M>): Listener {
  return (raw, sender, sendResponse) => {
    if (!accept(sender)) return undefined;
    const request = parseRequest(protocol, raw);
    if (!request) return undefined;
    const handler = handlers[(request as unknown as { type: keyof M }).type] as ((request: unknown, sender: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    let reply: unknown;
    try {
      reply = handler(request, sender);
    } catch {
      sendResponse(undefined);
      return undefined;
    }
    if (reply instanceof Promise) {
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    }
    sendResponse(reply);
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Sending

async function exchange<M extends AnyRoutes, K extends keyof M & string>(
  protocol: M,
  request: { type: K } & NoInfer<RequestOf<M, K>>,
  send: (request: unknown) => Promise<unknown>,
): Promise<ReplyOf<M, K> | null> {
  try {
    const parsed = v.safeParse(protocol[request.type]!.reply, await send(request));
    return parsed.success ? (parsed.output as ReplyOf<M, K>) : null;
  } catch {
    // Nobody to answer: the background restarting (MV3), the extension reloading under a page,
    // or a tab without our content script (a browser page, a store, not loaded yet).
    return null;
  }
}

/** Asks the background; null when it cannot answer. */
export function askBackground<M extends typeof PAGE_TO_BACKGROUND | typeof EXTENSION_TO_BACKGROUND, K extends keyof M & string>(
  protocol: M,
  request: { type: K } & NoInfer<RequestOf<M, K>>,
): Promise<ReplyOf<M, K> | null> {
  return exchange<M, K>(protocol, request, (message) => browser.runtime.sendMessage(message));
}

/** Asks the content script in the top frame of a tab; null when there is none or it cannot answer. */
export function askTab<K extends keyof typeof EXTENSION_TO_PAGE & string>(
  tabId: number,
  request: { type: K } & NoInfer<RequestOf<typeof EXTENSION_TO_PAGE, K>>,
): Promise<ReplyOf<typeof EXTENSION_TO_PAGE, K> | null> {
  return exchange<typeof EXTENSION_TO_PAGE, K>(EXTENSION_TO_PAGE, request, (message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}
