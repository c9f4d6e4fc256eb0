import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../core/dataset/schema';
import type { Mode, Settings } from '../core/settings';
import { categoryPluralLabel, t } from '../platform/i18n';
import { Switch } from '../ui/Switch';
import { exportSettings, importSettingsFile, resetSettings, type Notice } from './backup';
import { checkNewSite, siteRows } from './site-list';
import { useOptions, type OptionsData } from './use-options';

export function App() {
  const options = useOptions();
  const { settings, set } = options;
  const [notice, setNotice] = useState<Notice>(null);

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
      </header>

      <section class="options-card" aria-labelledby="options-general">
        <h2 id="options-general">{t('optionsGeneral')}</h2>
        <Switch
          label={t('optionsEnabled')}
          checked={settings.enabled}
          onChange={(on) => set({ enabled: on })}
        />
        <ModeChoice mode={settings.mode} onChange={(mode) => set({ mode })} />
      </section>

      <SiteRules settings={settings} options={options} />

      <section class="options-card" aria-labelledby="options-categories">
        <h2 id="options-categories">{t('optionsCategories')}</h2>
        <p class="af-muted options-hint">{t('optionsCategoriesHint')}</p>
        {CATEGORIES.map((category) => (
          <Switch
            key={category}
            class={`af-cat-${category}`}
            leading={<span class="af-swatch af-swatch--large" aria-hidden="true" />}
            label={categoryPluralLabel(category)}
            checked={settings.categories[category]}
            onChange={(on) => set({ categories: { ...settings.categories, [category]: on } })}
          />
        ))}
        <div class="options-divider" />
        <Switch
          label={t('optionsTooltips')}
          checked={settings.tooltips}
          onChange={(on) => set({ tooltips: on })}
        />
        <Switch
          label={t('optionsQuotes')}
          description={t('optionsQuotesHint')}
          checked={settings.quotes}
          onChange={(on) => set({ quotes: on })}
        />
      </section>

      <section class="options-card" aria-labelledby="options-backup">
        <h2 id="options-backup">{t('optionsBackup')}</h2>
        <Backup settings={settings} onNotice={setNotice} />
        <Reset onNotice={setNotice} />
        {notice ? (
          <p class={notice.kind === 'error' ? 'af-error options-notice' : 'af-success options-notice'} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        ) : null}
      </section>
    </main>
  );
}

function ModeChoice({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }) {
  const name = useId();
  const options: Array<[Mode, string]> = [
    ['all-except-listed', t('optionsModeAllExcept')],
    ['only-listed', t('optionsModeOnlyListed')],
  ];
  return (
    <fieldset class="options-mode">
      <legend>{t('optionsModeLegend')}</legend>
      {options.map(([value, label]) => (
        <label key={value} class="options-radio">
          <input type="radio" name={name} value={value} checked={mode === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function SiteRules({ settings, options }: { settings: Settings; options: OptionsData }) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const rows = siteRows(settings);

  const add = async (event: Event) => {
    event.preventDefault();
    const checked = checkNewSite(input, settings);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    setInput('');
    await options.setSiteRule(checked.site, checked.rule);
  };

  return (
    <section class="options-card" aria-labelledby="options-sites">
      <h2 id="options-sites">{t('optionsSites')}</h2>
      <p class="af-muted options-hint">
        {settings.mode === 'only-listed' ? t('optionsSitesHintOnlyListed') : t('optionsSitesHintAllExcept')}
      </p>
      {rows.length === 0 ? (
        <p class="af-muted">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="options-sites">
          {rows.map(({ site, on }) => (
            <li key={site} class="options-site">
              <Switch
                class="options-site-switch"
                label={<span class="options-site-name">{site}</span>}
                checked={on}
                onChange={(next) => void options.setSiteRule(site, next)}
              />
              <button
                type="button"
                class="af-button"
                aria-label={t('optionsSiteRemoveLabel', site)}
                onClick={() => void options.setSiteRule(site, null)}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="options-add" onSubmit={(event) => void add(event)} noValidate>
        <label for={inputId}>{t('optionsSiteAddLabel')}</label>
        <div class="options-add-row">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('optionsSiteAddPlaceholder')}
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => {
              setInput((event.currentTarget as HTMLInputElement).value);
              if (error) setError(null);
            }}
          />
          <button type="submit" class="af-button af-button--primary">
            {t('optionsSiteAdd')}
          </button>
        </div>
        {error ? (
          <p id={errorId} class="af-error options-field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

function Backup({ settings, onNotice }: { settings: Settings; onNotice(notice: Notice): void }) {
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <div class="options-row">
      <button type="button" class="af-button" onClick={() => exportSettings(settings)}>
        {t('optionsExport')}
      </button>
      <button type="button" class="af-button" onClick={() => fileInput.current?.click()}>
        {t('optionsImport')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        class="af-visually-hidden"
        tabIndex={-1}
        aria-label={t('optionsImport')}
        data-testid="import-file"
        onChange={(event) => {
          const target = event.currentTarget as HTMLInputElement;
          const file = target.files?.[0];
          target.value = '';
          if (file) void importSettingsFile(file).then(onNotice);
        }}
      />
    </div>
  );
}

function Reset({ onNotice }: { onNotice(notice: Notice): void }) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div class="options-row">
        <button
          type="button"
          class="af-button"
          onClick={() => {
            onNotice(null);
            setConfirming(true);
          }}
        >
          {t('optionsReset')}
        </button>
      </div>
    );
  }
  return (
    <div class="options-confirm" role="group" aria-label={t('optionsReset')}>
      <p>{t('optionsResetConfirm')}</p>
      <div class="options-row">
        <button
          ref={confirmRef}
          type="button"
          class="af-button af-button--danger"
          onClick={async () => {
            const done = await resetSettings();
            setConfirming(false);
            onNotice(done);
          }}
        >
          {t('optionsResetYes')}
        </button>
        <button type="button" class="af-button" onClick={() => setConfirming(false)}>
          {t('optionsResetCancel')}
        </button>
      </div>
    </div>
  );
}
