import * as v from 'valibot';
import type { MatcherData } from '../core/matcher/types';
import { browser } from 'wxt/browser';
import { CATEGORIES, QuoteSchema } from '../core/dataset/schema';

/**
 * The one protocol for messages between the extension's contexts. Every
 * receiver validates what it gets and ignores anything else, including
 * messages from senders outside this extension.
 */

const EntityCount = v.strictObject({ entityId: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const MessageSchema = v.variant('type', [
  /** Content script -> background: the page's highlights changed (drives the badge). */
  v.strictObject({ type: v.literal('mentions-changed'), distinctEntities: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /**
   * Content script -> background: which site (registrable domain) am I on, the precompiled
   * matcher data and the quote checker's reference data. Keeps the public-suffix list and
   * the dataset out of every page's bundle.
   */
  v.strictObject({ type: v.literal('get-page-setup') }),
  /** Popup -> content script: what is highlighted here? */
  v.strictObject({ type: v.literal('get-page-state') }),
  /** Popup -> content script: scroll to the next mention of an entity and flash it. */
  v.strictObject({ type: v.literal('reveal-mention'), entityId: v.string() }),
  /** Popup -> content script: scroll to the checked quotation at this index of `PageState.quotes`. */
  v.strictObject({ type: v.literal('reveal-quote'), index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;

/** Characters of a quotation sent to the popup. */
export const QUOTE_EXCERPT_CHARS = 120;

const CheckedQuote = v.strictObject({
  verdict: v.picklist(['exact', 'partial', 'close', 'unknown']),
  speakerId: v.string(),
  /** The quotation's first words (at most QUOTE_EXCERPT_CHARS characters). */
  text: v.pipe(v.string(), v.maxLength(QUOTE_EXCERPT_CHARS + 1)),
  recordedQuoteId: v.optional(v.string()),
  /** Set when the words are recorded as said by someone else. */
  otherSpeakerId: v.optional(v.string()),
});

export const PageStateSchema = v.strictObject({
  site: v.nullable(v.string()),
  active: v.boolean(),
  mentions: v.array(EntityCount),
  /** Checked quotations in document order; absent from content scripts older than quote checking. */
  quotes: v.optional(v.array(CheckedQuote)),
});
export type PageQuote = v.InferOutput<typeof CheckedQuote>;
export type PageState = v.InferOutput<typeof PageStateSchema>;

export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : null;
}

/** Only this extension's own pages and content scripts may talk to us. */
export function isOwnSender(sender: { id?: string } | undefined): boolean {
  return sender?.id === browser.runtime.id;
}

export async function sendToBackground(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting (MV3) or the extension reloading; the next change resends.
  }
}

export async function sendToTab<T>(tabId: number, message: Message, schema: v.GenericSchema<T>): Promise<T | null> {
  try {
    const reply = await browser.tabs.sendMessage(tabId, message);
    const parsed = v.safeParse(schema, reply);
    return parsed.success ? parsed.output : null;
  } catch {
    // No content script in that tab (a browser page, a store page, or not loaded yet).
    return null;
  }
}

const MatchTargetSchema = v.strictObject({ entityId: v.string(), category: v.picklist(CATEGORIES), alias: v.string() });

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
  entities: v.array(v.strictObject({ id: v.string(), category: v.picklist(CATEGORIES) })),
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

/** Asks the background; null when it cannot answer (extension reloading). */
export async function askBackground<T>(message: Message, schema: v.GenericSchema<T>): Promise<T | null> {
  try {
    const parsed = v.safeParse(schema, await browser.runtime.sendMessage(message));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}
