import { browser } from 'wxt/browser';
import type { CompiledMatcher } from '../core/matcher';
// Not the matcher's index: the build-time compiler has no business in every page.
import { matcherFromData } from '../core/matcher/matcher';
import { Highlighter, type Mention } from './names/highlighter';
import {
  askBackground,
  EXTENSION_TO_PAGE,
  isExtensionPage,
  PAGE_TO_BACKGROUND,
  QUOTE_EXCERPT_CHARS,
  receiver,
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
import { lifetimeWithin, onEnd } from './lifetime';

interface PageControllerOptions {
  /** The page script's lifetime: the WXT context's signal, aborted when the extension is updated or reloaded. */
  signal: AbortSignal;
  /** Starts hover cards on the page's highlights until `signal` is aborted. */
  attachCards?(signal: AbortSignal): void;
}

/**
 * Wires settings to the highlighter and the quote checker for one page:
 * highlights names and marks checked quotations while the page's site is on,
 * removes every mark the moment it is switched off, answers the popup, and tells the
 * background and an open popup whenever what it shows changes (they never poll).
 * A page where highlighting is off is never scanned.
 *
 * Quotations are checked in the highlighter's slices, each run's just before its
 * names (page changes included): names are then highlighted inside the quote marks,
 * and ending in the reverse order (names, then quotes) restores the page's text
 * nodes exactly.
 * Any change of the settings that matter restarts both, each in a new lifetime within `signal`.
 */
export function startPageController(options: PageControllerOptions): void {
  // The background keys the page by registrable domain, exactly as the popup and the
  // options page do, and hands over the matcher compiled at build time and what quote
  // checking needs of the dataset: the dataset itself never loads in the page.
  // Settings are read while the background answers: the two round trips overlap.
  const settings = bufferedSettings(options.signal);
  void askBackground(PAGE_TO_BACKGROUND, { type: 'get-page-setup' }).then((setup) => {
    if (options.signal.aborted) return;
    // Editing surfaces (designMode documents, rich-text editors in iframes) are the user's own text.
    if (!setup?.site || document.designMode === 'on' || !document.body) {
      settings.end();
      return;
    }
    runPageController(options, setup.site, matcherFromData(setup.matcher), setup.quoteReference, settings);
  });
}

interface BufferedSettings {
  /** Calls `onChange` with the settings read so far (if any), then with every change. */
  subscribe(onChange: (settings: Settings) => void): void;
  /** Stops following the settings (the page has nothing to do with them). */
  end(): void;
}

function bufferedSettings(signal: AbortSignal): BufferedSettings {
  const lifetime = lifetimeWithin(signal);
  let latest: Settings | null = null;
  let listener: ((settings: Settings) => void) | null = null;
  watchSettings((settings) => {
    latest = settings;
    listener?.(settings);
  }, lifetime.signal);
  return {
    subscribe(onChange) {
      listener = onChange;
      if (latest) onChange(latest);
    },
    end: () => lifetime.abort(),
  };
}

function runPageController(
  { attachCards, signal }: PageControllerOptions,
  site: string,
  matcher: CompiledMatcher,
  quoteReference: PageSetup['quoteReference'],
  settings: BufferedSettings,
): void {
  let highlighter: Highlighter | null = null;
  let quoteChecker: QuoteChecker | null = null;
  /** The lifetime of the current highlights and quote marks; a new one for each change of the settings that matter. */
  let marking: AbortController | null = null;
  let cards: AbortController | null = null;
  let appliedKey = '';
  const state = (): PageState => ({
    site,
    host: location.hostname,
    active: highlighter !== null || quoteChecker !== null,
    mentions: countByEntity(highlighter?.currentMentions() ?? []),
    quotes: describeQuotes(quoteChecker?.current() ?? []),
  });
  const publisher = statePublisher(state);

  const applyCards = (on: boolean) => {
    if (on && !cards && attachCards) {
      cards = lifetimeWithin(signal);
      attachCards(cards.signal);
    }
    if (!on && cards) {
      cards.abort();
      cards = null;
    }
  };

  const endMarking = () => {
    marking?.abort();
    marking = null;
    highlighter = null;
    quoteChecker = null;
  };

  const apply = (settings: Settings) => {
    const active = isSiteEnabled(settings, site);
    const categories = enabledCategories(settings);
    const key = active ? `${[...categories].sort().join(',')}|quotes:${settings.quotes}` : 'off';
    applyCards(active && settings.tooltips);
    if (key === appliedKey) return;
    appliedKey = key;
    endMarking();
    if (!active) {
      publisher.publish();
      return;
    }
    marking = lifetimeWithin(signal);
    // Opened first, so it ends first: names go before the quote marks they were made inside.
    const namesLifetime = lifetimeWithin(marking.signal);
    const quotesLifetime = lifetimeWithin(marking.signal);
    const names =
      categories.size === 0
        ? null
        : new Highlighter({
            root: document.body,
            signal: namesLifetime.signal,
            matcher,
            isCategoryOn: (category) => categories.has(category),
            onMentionsChanged: () => publisher.publish(),
          });
    highlighter = names;
    const quotes = settings.quotes
      ? new QuoteChecker({
          root: document.body,
          signal: quotesLifetime.signal,
          matcher,
          dataset: quoteReference,
          onMarksChanged: () => publisher.publish(),
        })
      : null;
    quoteChecker = quotes;
    if (quotes && names) {
      // Each run's quotations are marked just before its names, visible text first, so
      // names nest inside quote marks and the first screen gets both at once.
      quotes.startAlongside();
      names.start(quotes.hooks);
    } else {
      quotes?.start();
      names?.start();
    }
    publisher.publish();
  };

  const onMessage = receiver(EXTENSION_TO_PAGE, isExtensionPage, {
    'get-page-state': state,
    'reveal-mention': ({ entityId }) => revealNextMention(highlighter?.currentMentions() ?? [], entityId),
    'reveal-quote': ({ index }) => revealQuote(quoteChecker?.current() ?? [], index),
  });
  // Back from the back-forward cache, the tab counts as newly loaded: the browser cleared its badge.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) publisher.publish(true);
    },
    { signal },
  );

  settings.subscribe((current) => {
    // A settings read that finishes after the end must not start anything again.
    if (!signal.aborted) apply(current);
  });
  browser.runtime.onMessage.addListener(onMessage);
  onEnd(signal, () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is already invalid; its listeners went with it.
    }
  });
}

/**
 * Sends the page's state to the background (badge, toolbar icon) and to an open popup each time
 * it differs from the last one sent. The highlighter calls at most a few times a second.
 */
function statePublisher(read: () => PageState): { publish(force?: boolean): void } {
  let last = '';
  return {
    publish(force = false) {
      const state = read();
      const signature = JSON.stringify(state);
      if (signature === last && !force) return;
      last = signature;
      void askBackground(PAGE_TO_BACKGROUND, { type: 'page-state-changed', state });
    },
  };
}

function countByEntity(mentions: readonly Mention[]): PageState['mentions'] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  return [...counts].map(([entityId, count]) => ({ entityId, count }));
}

/** What the popup lists for each checked quotation, in document order. */
function describeQuotes(marks: readonly QuoteMark[]): PageQuote[] {
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
