import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getEntity } from '../core/dataset';
import type { Entity } from '../core/dataset/schema';
import type { PageQuote } from '../platform/messaging';
import { CategoryDot } from '../ui/CategoryChip';
import { EntityDetails } from '../ui/EntityDetails';
import { DATASET_TEXT, categoryPluralLabel, directionOfText, formatNumber, mentionsLabel, quoted, t } from '../platform/i18n';
import { SearchBox } from '../ui/SearchBox';
import { Switch } from '../ui/Switch';
import { VerdictChip } from '../ui/VerdictChip';
import { revealMention, revealQuote } from './page-state';
import { usePopup } from './use-popup';
import { lookupPath, onPageView, quotesView, siteOfTab, siteSwitchView, type OnPageView, type QuotesView } from './view';

export function App() {
  const { tab, page, settings, shortcut, setSiteEnabled, setEnabled } = usePopup();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Entity | null>(null);

  const coverage = siteOfTab(tab, page);
  const tabId = tab?.id;
  const reveal = (entityId: string) => tabId !== undefined && void revealMention(tabId, entityId);
  const revealQuoteAt = (index: number) => tabId !== undefined && void revealQuote(tabId, index);

  const openInTab = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(lookupPath(selected, query)) });
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
  const siteSwitch = coverage && settings && page.kind !== 'unavailable' ? siteSwitchView(settings, coverage) : null;
  const ready = page.kind === 'ready' && settings && coverage ? { state: page.state, settings, site: coverage.site } : null;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">
          <span class="popup-logo" aria-hidden="true" />
          {t('appName')}
        </h1>
        {coverage ? <span class="popup-site">{coverage.host}</span> : null}
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

          {siteSwitch && settings ? (
            <section class="popup-card popup-switches">
              <Switch
                label={t('popupHighlightOnSite', siteSwitch.site)}
                description={siteSwitch.widensFrom ? t('popupSiteCovers', siteSwitch.widensFrom, siteSwitch.site) : undefined}
                checked={siteSwitch.checked}
                disabled={siteSwitch.disabled}
                onChange={(on) => setSiteEnabled(siteSwitch.site, on)}
              />
              <Switch label={t('popupHighlightEverywhere')} checked={settings.enabled} onChange={setEnabled} />
            </section>
          ) : null}

          {page.kind === 'loading' ? <p class="af-muted popup-loading">{t('popupLoading')}</p> : null}
          {ready ? (
            <OnThisPage
              view={onPageView(ready.settings, ready.site, ready.state)}
              onReveal={reveal}
              onDetails={setSelected}
              onOptions={openOptions}
            />
          ) : null}
          {ready ? <QuotesOnPage view={quotesView(ready.settings, ready.site, ready.state)} onReveal={revealQuoteAt} /> : null}
        </>
      )}

      <Footer shortcut={shortcut} onOptions={openOptions} onOpenInTab={openInTab} />
    </main>
  );
}

interface OnThisPageProps {
  view: OnPageView;
  onReveal(entityId: string): void;
  onDetails(entity: Entity): void;
  onOptions(): void;
}

const EMPTY_TEXT = {
  'global-off': 'popupGlobalOff',
  'site-off': 'popupSiteOff',
  'categories-off': 'popupCategoriesOff',
  'no-mentions': 'popupNoMentions',
} as const;

function OnThisPage({ view, onReveal, onDetails, onOptions }: OnThisPageProps) {
  return (
    <section class="popup-section" aria-labelledby="popup-on-page">
      <h2 class="af-section-title" id="popup-on-page">
        {t('popupOnThisPage')}
      </h2>
      {view.kind !== 'mentions' ? (
        <>
          <p class="af-muted">{t(EMPTY_TEXT[view.kind])}</p>
          {view.kind === 'categories-off' ? (
            <button type="button" class="af-link-button" onClick={onOptions}>
              {t('popupChooseCategories')}
            </button>
          ) : null}
        </>
      ) : (
        <>
          {view.groups.map(({ category, items }) => (
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
                      <span class="popup-mention-name" {...DATASET_TEXT}>
                        {entity.name}
                      </span>
                      <span class="popup-count" aria-label={mentionsLabel(count)}>
                        {formatNumber(count)}
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
  view: QuotesView;
  onReveal(index: number): void;
}

/** The page's checked quotations in document order: verdict, speaker and first words; a click scrolls to one. */
function QuotesOnPage({ view, onReveal }: QuotesOnPageProps) {
  if (view.kind === 'hidden') return null;
  return (
    <section class="popup-section popup-quotes" aria-labelledby="popup-quotes-on-page">
      <h2 class="af-section-title" id="popup-quotes-on-page">
        {t('popupQuotesOnPage')}
      </h2>
      {view.kind !== 'quotes' ? (
        <p class="af-muted">{t(view.kind === 'off' ? 'popupQuotesOff' : 'popupNoQuotes')}</p>
      ) : (
        <ul class="popup-quote-list">
          {view.quotes.map((quote: PageQuote, index) => (
            <li key={index} class="popup-quote">
              <button type="button" class="popup-quote-reveal" title={t('popupRevealQuote')} onClick={() => onReveal(index)}>
                <span class="popup-quote-head">
                  <VerdictChip verdict={quote.verdict} recordedFor={quote.otherSpeakerId && getEntity(quote.otherSpeakerId)?.name} />
                  <span class="popup-quote-speaker" {...DATASET_TEXT}>
                    {getEntity(quote.speakerId)?.name ?? quote.speakerId}
                  </span>
                </span>
                {/* The page's words in the interface's quotation marks, running their own way. */}
                <span class="popup-quote-text" dir={directionOfText(quote.text)}>
                  {quoted(quote.text)}
                </span>
                {quote.otherSpeakerId && quote.verdict !== 'misattributed' ? (
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
