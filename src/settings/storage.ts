import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  EnabledSchema,
  ModeSchema,
  QuotesSchema,
  TooltipsSchema,
  sanitizeCategories,
  sanitizeSiteRules,
  sanitizeWith,
  type Settings,
} from './model';
import { withSiteEnabled } from './rules';

/**
 * One storage item per setting, so two tabs changing different settings at the
 * same time never overwrite each other. Every read goes through a sanitizer:
 * a corrupted or foreign value falls back to its default, never to a crash.
 */

export const enabledItem = storage.defineItem<boolean>('local:enabled', {
  fallback: DEFAULT_SETTINGS.enabled,
  version: 1,
});

export const modeItem = storage.defineItem<Settings['mode']>('local:mode', {
  fallback: DEFAULT_SETTINGS.mode,
  version: 1,
});

export const siteRulesItem = storage.defineItem<Settings['siteRules']>('local:siteRules', {
  fallback: DEFAULT_SETTINGS.siteRules,
  version: 2,
  migrations: {
    // Version 1 stored the list of sites switched off. Rules can now also switch a
    // site on (for the "only listed" mode).
    2: (old: unknown) => migrateSiteRulesV1(old),
  },
});

export const categoriesItem = storage.defineItem<Settings['categories']>('local:categories', {
  fallback: DEFAULT_SETTINGS.categories,
  version: 1,
});

export const tooltipsItem = storage.defineItem<boolean>('local:tooltips', {
  fallback: DEFAULT_SETTINGS.tooltips,
  version: 1,
});

export const quotesItem = storage.defineItem<boolean>('local:quotes', {
  fallback: DEFAULT_SETTINGS.quotes,
  version: 1,
});

export function migrateSiteRulesV1(old: unknown): Settings['siteRules'] {
  if (!Array.isArray(old)) return sanitizeSiteRules(old);
  return sanitizeSiteRules(
    Object.fromEntries(old.filter((site): site is string => typeof site === 'string').map((site) => [site.trim().toLowerCase(), false])),
  );
}

export async function loadSettings(): Promise<Settings> {
  const [enabled, mode, siteRules, categories, tooltips, quotes] = await Promise.all([
    enabledItem.getValue().catch(() => undefined),
    modeItem.getValue().catch(() => undefined),
    siteRulesItem.getValue().catch(() => undefined),
    categoriesItem.getValue().catch(() => undefined),
    tooltipsItem.getValue().catch(() => undefined),
    quotesItem.getValue().catch(() => undefined),
  ]);
  return {
    enabled: sanitizeWith(EnabledSchema, enabled, DEFAULT_SETTINGS.enabled),
    mode: sanitizeWith(ModeSchema, mode, DEFAULT_SETTINGS.mode),
    siteRules: sanitizeSiteRules(siteRules),
    categories: sanitizeCategories(categories),
    tooltips: sanitizeWith(TooltipsSchema, tooltips, DEFAULT_SETTINGS.tooltips),
    quotes: sanitizeWith(QuotesSchema, quotes, DEFAULT_SETTINGS.quotes),
  };
}

/**
 * Calls back with the full, sanitised settings now and whenever any of them
 * changes in any context. Reads can finish out of order; only the newest one is
 * delivered, so a quick off-then-on never ends up off.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let newest = 0;
  let stopped = false;
  const refresh = () => {
    const ticket = ++newest;
    void loadSettings().then((settings) => {
      if (ticket === newest && !stopped) onChange(settings);
    });
  };
  const unwatchers = [enabledItem, modeItem, siteRulesItem, categoriesItem, tooltipsItem, quotesItem].map((item) =>
    item.watch(refresh),
  );
  refresh();
  return () => {
    stopped = true;
    unwatchers.forEach((unwatch) => unwatch());
  };
}

/** Flips one site's switch. Reads the freshest rules first so a concurrent change to another site survives. */
export async function setSiteEnabled(site: string, on: boolean): Promise<void> {
  const [mode, rules] = await Promise.all([modeItem.getValue(), siteRulesItem.getValue()]);
  await siteRulesItem.setValue(
    withSiteEnabled(
      { mode: sanitizeWith(ModeSchema, mode, DEFAULT_SETTINGS.mode), siteRules: sanitizeSiteRules(rules) },
      site,
      on,
    ),
  );
}
