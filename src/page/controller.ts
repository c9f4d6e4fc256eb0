import { browser } from 'wxt/browser';
import type { CompiledMatcher } from '../core/matcher';
// Not the matcher's index: the build-time compiler has no business in every page.
import { matcherFromData } from '../core/matcher/matcher';
import { Highlighter, type Mention } from './names/highlighter';
import {
  askBackground,
  isOwnSender,
  parseMessage,
  QUOTE_EXCERPT_CHARS,
  sendToBackground,
  PageSetupSchema,
  type Message,
  type PageQuote,
  type PageSetup,
  type PageState,
} from '../platform/messaging';
import { QuoteChecker, revealQuote, type QuoteMark } from './quotes';
// Not the settings index: that would bring the public-suffix list (tldts) into every page.
import type { Settings } from '../core/settings/model';
import { enabledCategories, isSiteEnabled } from '../core/settings/rules';
import { watchSettings } from '../platform/settings-storage';
import { revealNextMention } from './reveal/reveal-mention';

export interface PageControllerOptions {
  /** Starts hover cards on the page's highlights; the returned object stops them. */
  attachCards?(): { detach(): void };
  /** Called once when the content script is torn down (extension update or reload). */
  onInvalidated(cb: () => void): void;
}

/**
 * Wires settings to the highlighter and the quote checker for one page:
 * highlights names and marks checked quotations while the page's site is on,
 * removes every mark the moment it is switched off, and answers the popup.
 * A page where highlighting is off is never scanned.
 *
 * Quotations are checked once per start, each run's just before its names:
 * names are then highlighted inside the quote marks, and stopping in the
 * reverse order (names, then quotes) restores the page's text nodes exactly.
 * Any change of the settings that matter restarts both.
 */
export function startPageController(options: PageControllerOptions): void {
  // The background keys the page by registrable domain, exactly as the popup and the
  // options page do, and hands over the matcher compiled at build time and what quote
  // checking needs of the dataset: the dataset itself never loads in the page.
  // Settings are read while the background answers: the two round trips overlap.
  const settings = bufferedSettings();
  options.onInvalidated(() => {
    try {
      settings.stop();
    } catch {
      // The extension context is already invalid; its listeners went with it.
    }
  });
  void askBackground({ type: 'get-page-setup' }, PageSetupSchema).then((setup) => {
    // Editing surfaces (designMode documents, rich-text editors in iframes) are the user's own text.
    if (!setup?.site || document.designMode === 'on' || !document.body) {
      settings.stop();
      return;
    }
    runPageController(options, setup.site, matcherFromData(setup.matcher), setup.quoteReference, settings);
  });
}

interface BufferedSettings {
  /** Calls `onChange` with the settings read so far (if any), then with every change. */
  subscribe(onChange: (settings: Settings) => void): void;
  stop(): void;
}

function bufferedSettings(): BufferedSettings {
  let latest: Settings | null = null;
  let listener: ((settings: Settings) => void) | null = null;
  const unwatch = watchSettings((settings) => {
    latest = settings;
    listener?.(settings);
  });
  return {
    subscribe(onChange) {
      listener = onChange;
      if (latest) onChange(latest);
    },
    stop: unwatch,
  };
}

function runPageController(
  { attachCards, onInvalidated }: PageControllerOptions,
  site: string,
  matcher: CompiledMatcher,
  quoteReference: PageSetup['quoteReference'],
  settings: BufferedSettings,
): void {

  let highlighter: Highlighter | null = null;
  let quoteChecker: QuoteChecker | null = null;
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
    const key = active ? `${[...categories].sort().join(',')}|quotes:${settings.quotes}` : 'off';
    applyCards(active && settings.tooltips);
    if (key === appliedKey) return;
    appliedKey = key;
    stopAll();
    if (!active) {
      reportMentions([]);
      return;
    }
    const names =
      categories.size === 0
        ? null
        : new Highlighter({
            root: document.body,
            matcher,
            isCategoryOn: (category) => categories.has(category),
            onMentionsChanged: reportMentions,
          });
    highlighter = names;
    if (!names) reportMentions([]);
    const quotes = settings.quotes ? new QuoteChecker({ root: document.body, matcher, dataset: quoteReference }) : null;
    quoteChecker = quotes;
    if (quotes && names) {
      // Each run's quotations are marked just before its names, visible text first, so
      // names nest inside quote marks and the first screen gets both at once.
      quotes.startAlongside();
      names.start((run) => quotes.checkRun(run));
    } else {
      quotes?.start();
      names?.start();
    }
  };

  /** Names first, then quotes: the reverse of the order they were made in. */
  const stopAll = () => {
    highlighter?.stop();
    highlighter = null;
    quoteChecker?.stop();
    quoteChecker = null;
  };

  // Answered at once through sendResponse: a listener's returned Promise is not understood by
  // the native API of every Chrome version, and this script does not carry the polyfill.
  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    if (!isOwnSender(sender)) return;
    const message = parseMessage(raw);
    if (message) sendResponse(answer(message));
  };

  const answer = (message: Message): PageState | boolean | undefined => {
    switch (message.type) {
      case 'get-page-state':
        return {
          site,
          active: highlighter !== null || quoteChecker !== null,
          mentions: countByEntity(highlighter?.currentMentions() ?? []),
          quotes: describeQuotes(quoteChecker?.current() ?? []),
        };
      case 'reveal-mention':
        return revealNextMention(highlighter?.currentMentions() ?? [], message.entityId);
      case 'reveal-quote':
        return revealQuote(quoteChecker?.current() ?? [], message.index);
      default:
        return undefined;
    }
  };

  // A settings read that finishes after invalidation must not start anything again.
  let stopped = false;
  settings.subscribe((current) => {
    if (!stopped) apply(current);
  });
  browser.runtime.onMessage.addListener(onMessage);

  onInvalidated(() => {
    // The page first: once the extension is gone, its APIs may throw.
    stopped = true;
    applyCards(false);
    stopAll();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is already invalid; its listeners went with it.
    }
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

/** What the popup lists for each checked quotation, in document order. */
export function describeQuotes(marks: readonly QuoteMark[]): PageQuote[] {
  return marks.map(({ checked }) => {
    const text = checked.text.length > QUOTE_EXCERPT_CHARS ? `${checked.text.slice(0, QUOTE_EXCERPT_CHARS - 1)}…` : checked.text;
    return {
      verdict: checked.verdict.verdict,
      speakerId: checked.speakerId,
      text,
      ...(checked.verdict.quote && { recordedQuoteId: checked.verdict.quote.id }),
      ...(checked.verdict.otherSpeaker && { otherSpeakerId: checked.verdict.otherSpeaker.speakerId }),
    };
  });
}
