import type { Category } from '../dataset/schema';
import type { Settings, SiteRules } from './model';

/** Whether highlighting runs on a site, given the global switch, the mode and the site's own rule. */
export function isSiteEnabled(settings: Pick<Settings, 'enabled' | 'mode' | 'siteRules'>, site: string | null): boolean {
  if (!settings.enabled || site === null) return false;
  const rule = settings.siteRules[site];
  return settings.mode === 'only-listed' ? rule === true : rule !== false;
}

/**
 * The rules after the user flips the switch for one site. A rule that only
 * restates what the mode already does is removed, so the list in the options
 * page shows exceptions only.
 */
export function withSiteEnabled(
  settings: Pick<Settings, 'mode' | 'siteRules'>,
  site: string,
  on: boolean,
): SiteRules {
  const next = { ...settings.siteRules };
  const modeDefault = settings.mode === 'all-except-listed';
  if (on === modeDefault) delete next[site];
  else next[site] = on;
  return next;
}

export function enabledCategories(settings: Pick<Settings, 'categories'>): Set<Category> {
  return new Set(
    (Object.keys(settings.categories) as Category[]).filter((category) => settings.categories[category]),
  );
}
