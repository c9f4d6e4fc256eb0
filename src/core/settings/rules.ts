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

/**
 * The settings to write when the keyboard command flips a site. With the global switch off,
 * the shortcut means "highlight here": it turns both on.
 */
export function toggledSite(settings: Settings, site: string): Partial<Settings> {
  if (!settings.enabled) {
    const on = { ...settings, enabled: true };
    return { enabled: true, siteRules: isSiteEnabled(on, site) ? settings.siteRules : withSiteEnabled(settings, site, true) };
  }
  return { siteRules: withSiteEnabled(settings, site, !isSiteEnabled(settings, site)) };
}

/** Whether the toolbar shows "on" for pages whose site has no rule of its own. */
export function isOnByDefault(settings: Pick<Settings, 'enabled' | 'mode'>): boolean {
  return settings.enabled && settings.mode === 'all-except-listed';
}

/** Whether some site is on while the default is off, or off while the default is on. */
export function hasSiteExceptions(settings: Pick<Settings, 'enabled' | 'mode' | 'siteRules'>): boolean {
  if (!settings.enabled) return false;
  const byDefault = isOnByDefault(settings);
  return Object.values(settings.siteRules).some((on) => on !== byDefault);
}
