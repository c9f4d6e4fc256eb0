import * as v from 'valibot';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getEntity } from '../core/dataset';
import { CATEGORIES, type Category, type Entity } from '../core/dataset/schema';
import { PageStateSchema, sendToTab, type PageQuote, type PageState } from '../platform/messaging';
import { isSiteEnabled, siteKeyForUrl, withSiteEnabled, type Settings } from '../core/settings';
import { enabledItem, setSiteEnabled, watchSettings } from '../platform/settings-storage';
import { CategoryDot } from '../ui/CategoryChip';
import { EntityDetails } from '../ui/EntityDetails';
import { categoryPluralLabel, mentionsLabel, t } from '../platform/i18n';
import { SearchBox } from '../ui/SearchBox';
import { Switch } from '../ui/Switch';
import { VerdictChip } from '../ui/VerdictChip';

export const DEFAULT_SHORTCUT = 'Alt+Shift+H';
/** After a settings change the content script re-highlights; ask again once it has had time. */
export const REFRESH_DELAYS_MS = [250, 1200];

interface ActiveTab {
  id: number | undefined;
  /** Undefined unless the browser shows it to us (activeTab). */
  url: string | undefined;
  site: string | null;
}

type PageStatus =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; state: PageState };

export function App() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [page, setPage] = useState<PageStatus>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Entity | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(DEFAULT_SHORTCUT);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  const askPage = useCallback(async (current: ActiveTab | null) => {
    // A known address that is not a web page (chrome://, the web store) never has a content script.
    if (!current || current.id === undefined || (current.url !== undefined && current.site === null)) {
      setPage({ kind: 'unavailable' });
      return;
    }
    // The content script knows its own site; the tab's address is only visible with activeTab.
    const state = await sendToTab(current.id, { type: 'get-page-state' }, PageStateSchema);
    if (state?.site && state.site !== current.site) {
      current.site = state.site;
      setTab({ ...current });
    }
    // A page where the probe found no name answers without a site: the tab's address tells it.
    const site = state?.site ?? current.site;
    setPage(state && site ? { kind: 'ready', state: { ...state, site } } : { kind: 'unavailable' });
  }, []);

  const scheduleRefresh = useCallback(
    (current: ActiveTab | null) => {
      timers.current.forEach(clearTimeout);
      timers.current = REFRESH_DELAYS_MS.map((delay) => setTimeout(() => void askPage(current), delay));
    },
    [askPage],
  );

  useEffect(() => {
    let cancelled = false;
    let current: ActiveTab | null = null;
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      current = { id: active?.id, url: active?.url, site: siteKeyForUrl(active?.url) };
      if (cancelled) return;
      setTab(current);
      await askPage(current);
    })();
    void readShortcut().then((keys) => !cancelled && setShortcut(keys));
    // Delivers the settings now, then after every change (in any context).
    const unwatch = watchSettings((next) => {
      setSettings(next);
      if (current) scheduleRefresh(current);
    });
    return () => {
      cancelled = true;
      unwatch();
      timers.current.forEach(clearTimeout);
    };
  }, [askPage, scheduleRefresh]);

  const onSiteSwitch = async (on: boolean) => {
    if (!tab?.site || !settings) return;
    setSettings({ ...settings, siteRules: withSiteEnabled(settings, tab.site, on) });
    await setSiteEnabled(tab.site, on);
    scheduleRefresh(tab);
  };

  const onGlobalSwitch = async (on: boolean) => {
    if (!settings) return;
    setSettings({ ...settings, enabled: on });
    await enabledItem.setValue(on);
    scheduleRefresh(tab);
  };

  const reveal = (entityId: string) => {
    if (tab?.id === undefined) return;
    void sendToTab(tab.id, { type: 'reveal-mention', entityId }, v.unknown());
  };

  const revealQuote = (index: number) => {
    if (tab?.id === undefined) return;
    void sendToTab(tab.id, { type: 'reveal-quote', index }, v.unknown());
  };

  const openInTab = async () => {
    const path = selected
      ? (`/lookup.html?id=${encodeURIComponent(selected.id)}` as const)
      : query.trim()
        ? (`/lookup.html?q=${encodeURIComponent(query.trim())}` as const)
        : ('/lookup.html' as const);
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  };

  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  if (selected) {
    return (
      <main class="popup">
        <div class="popup-bar">
          <button type="button" class="af-button popup-back" onClick={() => setSelected(null)}>
            <span aria-hidden="true">←</span> {t('back')}
          </button>
        </div>
        <div class="popup-details">
          <EntityDetails entity={selected} />
        </div>
        <Footer shortcut={shortcut} onOptions={openOptions} onOpenInTab={openInTab} />
      </main>
    );
  }

  const searching = query.trim() !== '';
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">
          <span class="popup-logo" aria-hidden="true" />
          {t('appName')}
        </h1>
        {tab?.site ? <span class="popup-site">{tab.site}</span> : null}
      </header>

      <SearchBox onOpen={setSelected} initialQuery={query} onQueryChange={setQuery} />

      {searching ? null : (
        <>
          {page.kind === 'unavailable' && tab !== null ? (
            <section class="popup-card popup-unavailable" role="status">
              <p class="popup-unavailable-title">{t('popupCantRun')}</p>
              <p class="af-muted">{t('popupCantRunHint')}</p>
            </section>
          ) : null}

          {tab?.site && settings && page.kind !== 'unavailable' ? (
            <section class="popup-card popup-switches">
              <Switch
                label={t('popupHighlightOnSite', tab.site)}
                checked={isSiteEnabled({ ...settings, enabled: true }, tab.site)}
                disabled={!settings.enabled}
                onChange={(on) => void onSiteSwitch(on)}
              />
              <Switch
                label={t('popupHighlightEverywhere')}
                checked={settings.enabled}
                onChange={(on) => void onGlobalSwitch(on)}
              />
            </section>
          ) : null}

          {page.kind === 'loading' ? <p class="af-muted popup-loading">{t('popupLoading')}</p> : null}
          {page.kind === 'ready' && settings ? (
            <OnThisPage state={page.state} settings={settings} onReveal={reveal} onDetails={setSelected} />
          ) : null}
          {page.kind === 'ready' && settings && settings.enabled && page.state.active ? (
            <QuotesOnPage quotes={page.state.quotes ?? []} on={settings.quotes} onReveal={revealQuote} />
          ) : null}
        </>
      )}

      <Footer shortcut={shortcut} onOptions={openOptions} onOpenInTab={openInTab} />
    </main>
  );
}

async function readShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === 'toggle-site');
    if (!command) return DEFAULT_SHORTCUT;
    return command.shortcut ? command.shortcut : null;
  } catch {
    return DEFAULT_SHORTCUT;
  }
}

interface OnThisPageProps {
  state: PageState;
  settings: Settings;
  onReveal(entityId: string): void;
  onDetails(entity: Entity): void;
}

function OnThisPage({ state, settings, onReveal, onDetails }: OnThisPageProps) {
  const groups = useMemo(() => groupMentions(state.mentions), [state.mentions]);
  let empty: string | null = null;
  if (!settings.enabled) empty = t('popupGlobalOff');
  else if (!state.active) empty = t('popupSiteOff');
  else if (groups.length === 0) empty = t('popupNoMentions');

  return (
    <section class="popup-section" aria-labelledby="popup-on-page">
      <h2 class="af-section-title" id="popup-on-page">
        {t('popupOnThisPage')}
      </h2>
      {empty ? (
        <p class="af-muted">{empty}</p>
      ) : (
        <>
          {groups.map(({ category, items }) => (
            <div class={`popup-group af-cat-${category}`} key={category}>
              <h3 class="popup-group-title">
                <span class="af-swatch" aria-hidden="true" />
                {categoryPluralLabel(category)}
              </h3>
              <ul class="popup-mentions">
                {items.map(({ entity, count }) => (
                  <li key={entity.id} class="popup-mention">
                    <button
                      type="button"
                      class="popup-mention-reveal"
                      title={t('popupReveal', entity.name)}
                      onClick={() => onReveal(entity.id)}
                    >
                      <CategoryDot category={category} />
                      <span class="popup-mention-name">{entity.name}</span>
                      <span class="popup-count" aria-label={mentionsLabel(count)}>
                        {count}
                      </span>
                    </button>
                    <button
                      type="button"
                      class="af-icon-button"
                      aria-label={t('popupDetails', entity.name)}
                      title={t('popupDetails', entity.name)}
                      onClick={() => onDetails(entity)}
                    >
                      <svg viewBox="0 0 16 16" aria-hidden="true">
                        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
                        <path d="M8 7.2v4M8 4.6v.2" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
                      </svg>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p class="af-muted popup-hint">{t('popupRevealHint')}</p>
        </>
      )}
    </section>
  );
}

interface QuotesOnPageProps {
  quotes: PageQuote[];
  on: boolean;
  onReveal(index: number): void;
}

/** The page's checked quotations in document order: verdict, speaker and first words; a click scrolls to one. */
function QuotesOnPage({ quotes, on, onReveal }: QuotesOnPageProps) {
  let empty: string | null = null;
  if (!on) empty = t('popupQuotesOff');
  else if (quotes.length === 0) empty = t('popupNoQuotes');
  return (
    <section class="popup-section popup-quotes" aria-labelledby="popup-quotes-on-page">
      <h2 class="af-section-title" id="popup-quotes-on-page">
        {t('popupQuotesOnPage')}
      </h2>
      {empty ? (
        <p class="af-muted">{empty}</p>
      ) : (
        <ul class="popup-quote-list">
          {quotes.map((quote, index) => (
            <li key={index} class="popup-quote">
              <button type="button" class="popup-quote-reveal" title={t('popupRevealQuote')} onClick={() => onReveal(index)}>
                <span class="popup-quote-head">
                  <VerdictChip verdict={quote.verdict} />
                  <span class="popup-quote-speaker">{getEntity(quote.speakerId)?.name ?? quote.speakerId}</span>
                </span>
                <span class="popup-quote-text">“{quote.text}”</span>
                {quote.otherSpeakerId ? (
                  <span class="popup-quote-other">
                    {t('quoteCardOtherRecorded', getEntity(quote.otherSpeakerId)?.name ?? quote.otherSpeakerId)}
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function groupMentions(
  mentions: PageState['mentions'],
): Array<{ category: Category; items: Array<{ entity: Entity; count: number }> }> {
  const byCategory = new Map<Category, Array<{ entity: Entity; count: number }>>();
  for (const { entityId, count } of mentions) {
    const entity = getEntity(entityId);
    if (!entity || count <= 0) continue;
    const list = byCategory.get(entity.category) ?? [];
    list.push({ entity, count });
    byCategory.set(entity.category, list);
  }
  return CATEGORIES.filter((category) => byCategory.has(category)).map((category) => ({
    category,
    items: byCategory
      .get(category)!
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)),
  }));
}

interface FooterProps {
  shortcut: string | null;
  onOptions(): void;
  onOpenInTab(): void;
}

function Footer({ shortcut, onOptions, onOpenInTab }: FooterProps) {
  return (
    <footer class="popup-footer">
      <span class="popup-shortcut">
        {shortcut ? (
          <>
            {t('popupShortcutLabel')} <kbd>{shortcut}</kbd>
          </>
        ) : (
          t('popupShortcutNone')
        )}
      </span>
      <span class="popup-links">
        <button type="button" class="af-link-button" onClick={onOptions}>
          {t('popupOptions')}
        </button>
        <button type="button" class="af-link-button" onClick={onOpenInTab}>
          {t('popupOpenInTab')}
        </button>
      </span>
    </footer>
  );
}
