import { browser } from 'wxt/browser';
import type { CompiledMatcher } from '../matcher';
import { Highlighter, type Mention } from '../highlight/highlighter';
import { isOwnSender, parseMessage, sendToBackground, type Message, type PageState } from '../messaging';
import { enabledCategories, isSiteEnabled, siteKeyForUrl, watchSettings, type Settings } from '../settings';
import { revealNextMention } from './reveal';

export interface PageControllerOptions {
  matcher: CompiledMatcher;
  /** Starts hover cards on the page's highlights; the returned object stops them. */
  attachCards?(): { detach(): void };
  /** Called once when the content script is torn down (extension update or reload). */
  onInvalidated(cb: () => void): void;
}

/**
 * Wires settings to the highlighter for one page: highlights while the page's
 * site is on, removes every highlight the moment it is switched off, and
 * answers the popup. A page where highlighting is off is never scanned.
 */
export function startPageController({ matcher, attachCards, onInvalidated }: PageControllerOptions): void {
  const site = siteKeyForUrl(location.href);
  // Editing surfaces (designMode documents, rich-text editors in iframes) are the user's own text.
  if (document.designMode === 'on' || !document.body) return;

  let highlighter: Highlighter | null = null;
  let cards: { detach(): void } | null = null;
  let appliedKey = '';

  const applyCards = (on: boolean) => {
    if (on && !cards && attachCards) cards = attachCards();
    if (!on && cards) {
      cards.detach();
      cards = null;
    }
  };

  const apply = (settings: Settings) => {
    const active = isSiteEnabled(settings, site);
    const categories = enabledCategories(settings);
    const key = active ? [...categories].sort().join(',') : 'off';
    applyCards(active && settings.tooltips);
    if (key === appliedKey) return;
    appliedKey = key;
    highlighter?.stop();
    highlighter = null;
    if (!active || categories.size === 0) {
      reportMentions([]);
      return;
    }
    highlighter = new Highlighter({
      root: document.body,
      matcher,
      isCategoryOn: (category) => categories.has(category),
      onMentionsChanged: reportMentions,
    });
    highlighter.start();
  };

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!isOwnSender(sender)) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    return Promise.resolve(answer(message));
  };

  const answer = (message: Message): PageState | boolean | undefined => {
    switch (message.type) {
      case 'get-page-state':
        return { site, active: highlighter !== null, mentions: countByEntity(highlighter?.currentMentions() ?? []) };
      case 'reveal-mention':
        return revealNextMention(highlighter?.currentMentions() ?? [], message.entityId);
      default:
        return undefined;
    }
  };

  const unwatch = watchSettings(apply);
  browser.runtime.onMessage.addListener(onMessage);

  onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    applyCards(false);
    highlighter?.stop();
    highlighter = null;
  });
}

let lastReported = -1;
function reportMentions(mentions: readonly Mention[]): void {
  const distinct = new Set(mentions.map((mention) => mention.entityId)).size;
  if (distinct === lastReported) return;
  lastReported = distinct;
  void sendToBackground({ type: 'mentions-changed', distinctEntities: distinct });
}

export function countByEntity(mentions: readonly Mention[]): PageState['mentions'] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  return [...counts].map(([entityId, count]) => ({ entityId, count }));
}
