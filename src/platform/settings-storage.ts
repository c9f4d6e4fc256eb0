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
} from '../core/settings/model';
import { withSiteEnabled } from '../core/settings/rules';

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

/** Each setting's sanitiser: a corrupted or foreign value becomes its default. */
const SANITIZE: { [K in keyof Settings]: (value: unknown) => Settings[K] } = {
  enabled: (value) => sanitizeWith(EnabledSchema, value, DEFAULT_SETTINGS.enabled),
  mode: (value) => sanitizeWith(ModeSchema, value, DEFAULT_SETTINGS.mode),
  siteRules: sanitizeSiteRules,
  categories: sanitizeCategories,
  tooltips: (value) => sanitizeWith(TooltipsSchema, value, DEFAULT_SETTINGS.tooltips),
  quotes: (value) => sanitizeWith(QuotesSchema, value, DEFAULT_SETTINGS.quotes),
};

const ITEMS = {
  enabled: enabledItem,
  mode: modeItem,
  siteRules: siteRulesItem,
  categories: categoriesItem,
  tooltips: tooltipsItem,
  quotes: quotesItem,
} as const;
const KEYS = Object.keys(ITEMS) as (keyof Settings)[];

export async function loadSettings(): Promise<Settings> {
  const values = await Promise.all(KEYS.map((key) => ITEMS[key].getValue().catch(() => undefined)));
  return Object.fromEntries(KEYS.map((key, i) => [key, SANITIZE[key](values[i])])) as unknown as Settings;
}

/**
 * Calls back with the full, sanitised settings now and whenever any of them
 * changes in any context. A change is applied from the change event's own new
 * value, not by reading storage again: a read right after the event can still
 * see the old value in some browsers, and a quick off-then-on must never end up off.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let current: Settings | null = null;
  let stopped = false;
  // Changes that arrive before the first read completes are applied on top of it.
  const early: Partial<Settings>[] = [];
  const deliver = (patch: Partial<Settings>) => {
    if (!current) {
      early.push(patch);
      return;
    }
    current = { ...current, ...patch };
    if (!stopped) onChange(current);
  };
  const unwatchers = KEYS.map((key) =>
    (ITEMS[key] as { watch(cb: (value: unknown) => void): () => void }).watch((value) =>
      deliver({ [key]: SANITIZE[key](value) }),
    ),
  );
  void loadSettings().then((loaded) => {
    const merged: Settings = Object.assign(loaded, ...early);
    current = merged;
    if (!stopped) onChange(merged);
  });
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
