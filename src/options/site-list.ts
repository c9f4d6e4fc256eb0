import { isSiteKey, siteKeyForInput, type Settings } from '../core/settings';
import { t } from '../platform/i18n';

interface SiteRow {
  site: string;
  /** The site's own switch: highlighted there (true) or not. */
  on: boolean;
}

/** The listed sites, alphabetically, each with its own switch whatever the mode. */
export function siteRows(settings: Pick<Settings, 'siteRules'>): SiteRow[] {
  return Object.entries(settings.siteRules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([site, on]) => ({ site, on }));
}

type NewSite = { ok: true; site: string; rule: boolean } | { ok: false; error: string };

/**
 * What a person typed into "Add a site", normalised to a site key, with the rule it gets: off in
 * "everywhere except" mode, on in "only listed" mode. Or the inline error to show.
 */
export function checkNewSite(input: string, settings: Pick<Settings, 'mode' | 'siteRules'>): NewSite {
  if (!input.trim()) return { ok: false, error: t('optionsSiteEmpty') };
  const site = siteKeyForInput(input);
  if (!site || !isSiteKey(site)) return { ok: false, error: t('optionsSiteInvalid', input.trim()) };
  const rule = settings.mode === 'only-listed';
  if (settings.siteRules[site] === rule) return { ok: false, error: t('optionsSiteDuplicate', site) };
  return { ok: true, site, rule };
}
