import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../core/dataset/schema';
import { DEFAULT_SETTINGS, siteKeyForInput, sanitizeSiteRules, type Mode, type Settings } from '../core/settings';
import { categoriesItem, enabledItem, modeItem, siteRulesItem, tooltipsItem, quotesItem, watchSettings } from '../platform/settings-storage';
import { parseSettingsFile, serializeSettings, settingsFileName, type ImportError } from '../core/settings/settings-file';
import { categoryPluralLabel, t } from '../platform/i18n';
import { Switch } from '../ui/Switch';

type Notice = { kind: 'success' | 'error'; text: string } | null;

/** Writes a complete, already validated settings object. */
export async function writeSettings(settings: Settings): Promise<void> {
  await Promise.all([
    enabledItem.setValue(settings.enabled),
    modeItem.setValue(settings.mode),
    siteRulesItem.setValue(settings.siteRules),
    categoriesItem.setValue(settings.categories),
    tooltipsItem.setValue(settings.tooltips),
    quotesItem.setValue(settings.quotes),
  ]);
}

export async function resetSettings(): Promise<void> {
  await writeSettings(structuredClone(DEFAULT_SETTINGS));
}

export function importErrorText(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('importErrorTooLarge');
    case 'not-json':
      return t('importErrorNotJson');
    case 'wrong-format':
      return t('importErrorWrongFormat');
    case 'newer-version':
      return t('importErrorVersion');
    case 'invalid':
      return t('importErrorInvalid', error.field);
    case 'invalid-site':
      return t('importErrorSite', error.site);
  }
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    // Delivers the settings now, then after every change (in any context).
    return watchSettings((next) => setSettings(next));
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  const update = <K extends keyof Settings>(key: K, value: Settings[K], write: () => Promise<void>) => {
    setSettings({ ...settings, [key]: value });
    void write();
  };

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
          onChange={(on) => update('enabled', on, () => enabledItem.setValue(on))}
        />
        <ModeChoice mode={settings.mode} onChange={(mode) => update('mode', mode, () => modeItem.setValue(mode))} />
      </section>

      <SiteRules settings={settings} />

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
            onChange={(on) => {
              const categories: Record<Category, boolean> = { ...settings.categories, [category]: on };
              update('categories', categories, () => categoriesItem.setValue(categories));
            }}
          />
        ))}
        <div class="options-divider" />
        <Switch
          label={t('optionsTooltips')}
          checked={settings.tooltips}
          onChange={(on) => update('tooltips', on, () => tooltipsItem.setValue(on))}
        />
        <Switch
          label={t('optionsQuotes')}
          description={t('optionsQuotesHint')}
          checked={settings.quotes}
          onChange={(on) => update('quotes', on, () => quotesItem.setValue(on))}
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

function SiteRules({ settings }: { settings: Settings }) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sites = Object.keys(settings.siteRules).sort((a, b) => a.localeCompare(b));

  const add = async (event: Event) => {
    event.preventDefault();
    const site = siteKeyForInput(input);
    if (!input.trim()) {
      setError(t('optionsSiteEmpty'));
      return;
    }
    if (!site || Object.keys(sanitizeSiteRules({ [site]: true })).length === 0) {
      setError(t('optionsSiteInvalid', input.trim()));
      return;
    }
    const on = settings.mode === 'only-listed';
    const rules = sanitizeSiteRules(await siteRulesItem.getValue());
    if (rules[site] === on) {
      setError(t('optionsSiteDuplicate', site));
      return;
    }
    setError(null);
    setInput('');
    await siteRulesItem.setValue({ ...rules, [site]: on });
  };

  const remove = async (site: string) => {
    const rules = sanitizeSiteRules(await siteRulesItem.getValue());
    delete rules[site];
    await siteRulesItem.setValue(rules);
  };

  return (
    <section class="options-card" aria-labelledby="options-sites">
      <h2 id="options-sites">{t('optionsSites')}</h2>
      <p class="af-muted options-hint">
        {settings.mode === 'only-listed' ? t('optionsSitesHintOnlyListed') : t('optionsSitesHintAllExcept')}
      </p>
      {sites.length === 0 ? (
        <p class="af-muted">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="options-sites">
          {sites.map((site) => (
            <li key={site} class="options-site">
              <span class="options-site-name">{site}</span>
              <span class={`options-site-state${settings.siteRules[site] ? ' options-site-state--on' : ''}`}>
                {settings.siteRules[site] ? t('optionsSiteOn') : t('optionsSiteOff')}
              </span>
              <button
                type="button"
                class="af-button"
                aria-label={t('optionsSiteRemoveLabel', site)}
                onClick={() => void remove(site)}
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

  const exportFile = () => {
    const blob = new Blob([serializeSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = settingsFileName();
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (file: File) => {
    const text = await file.text();
    const result = parseSettingsFile(text);
    if (!result.ok) {
      onNotice({ kind: 'error', text: t('optionsImportError', file.name, importErrorText(result.error)) });
      return;
    }
    await writeSettings(result.settings);
    onNotice({ kind: 'success', text: t('optionsImported', file.name) });
  };

  return (
    <div class="options-row">
      <button type="button" class="af-button" onClick={exportFile}>
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
          if (file) void importFile(file);
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
            await resetSettings();
            setConfirming(false);
            onNotice({ kind: 'success', text: t('optionsResetDone') });
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
