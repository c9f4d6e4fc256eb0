import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * The one protocol for messages between the extension's contexts. Every
 * receiver validates what it gets and ignores anything else, including
 * messages from senders outside this extension.
 */

const EntityCount = v.strictObject({ entityId: v.string(), count: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const MessageSchema = v.variant('type', [
  /** Content script -> background: the page's highlights changed (drives the badge). */
  v.strictObject({ type: v.literal('mentions-changed'), distinctEntities: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Popup -> content script: what is highlighted here? */
  v.strictObject({ type: v.literal('get-page-state') }),
  /** Popup -> content script: scroll to the next mention of an entity and flash it. */
  v.strictObject({ type: v.literal('reveal-mention'), entityId: v.string() }),
]);
export type Message = v.InferOutput<typeof MessageSchema>;

export const PageStateSchema = v.strictObject({
  site: v.nullable(v.string()),
  active: v.boolean(),
  mentions: v.array(EntityCount),
});
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
