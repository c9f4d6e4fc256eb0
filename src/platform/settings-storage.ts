import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  sanitizeSetting,
  sanitizeSettings,
  sanitizeSiteRules,
  type SettingKey,
  type Settings,
  type SiteRules,
} from '../core/settings/model';
import { withSiteEnabled } from '../core/settings/rules';

/**
 * The settings in the browser's local extension storage, one key per setting. Every read goes
 * through the schema's sanitisers: a corrupted or foreign value falls back to its default,
 * never to a crash.
 *
 * Every context reads and watches; only the background writes (src/background/settings-writer.ts),
 * one change after another, so two site switches flipped at the same moment in two tabs both
 * land, and an import or a reset is one storage write: one change event, one restart of the
 * highlighting in every tab.
 */

export const enabledItem = storage.defineItem<boolean>('local:enabled', {
  fallback: DEFAULT_SETTINGS.enabled,
  version: 1,
});

export const modeItem = storage.defineItem<Settings['mode']>('local:mode', {
  fallback: DEFAULT_SETTINGS.mode,
  version: 1,
});

const SITE_RULES_VERSION = 2;

export const siteRulesItem = storage.defineItem<SiteRules>('local:siteRules', {
  fallback: DEFAULT_SETTINGS.siteRules,
  version: SITE_RULES_VERSION,
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

export function migrateSiteRulesV1(old: unknown): SiteRules {
  if (!Array.isArray(old)) return sanitizeSiteRules(old);
  return sanitizeSiteRules(
    Object.fromEntries(old.filter((site): site is string => typeof site === 'string').map((site) => [site.trim().toLowerCase(), false])),
  );
}

const ITEMS = {
  enabled: enabledItem,
  mode: modeItem,
  siteRules: siteRulesItem,
  categories: categoriesItem,
  tooltips: tooltipsItem,
  quotes: quotesItem,
} satisfies { [K in SettingKey]: { getValue(): Promise<unknown>; key: string } };

/** Storage key (without the area) -> setting. */
const KEY_OF = new Map<string, SettingKey>(SETTING_KEYS.map((key) => [ITEMS[key].key.replace(/^local:/, ''), key]));

export async function loadSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_KEYS.map((key) => ITEMS[key].getValue().catch(() => undefined)));
  return sanitizeSettings(Object.fromEntries(SETTING_KEYS.map((key, i) => [key, values[i]])));
}

/**
 * Calls back with the full, sanitised settings now and once per storage write after that, in
 * any context, until `signal` (if any) is aborted: a write of several settings (an import, a reset) is one call, not one per key.
 * A change is applied from the change event's own new value, not by reading storage again: a
 * read right after the event can still see the old value in some browsers, and a quick
 * off-then-on must never end up off.
 */
export function watchSettings(onChange: (settings: Settings) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const live = () => !signal?.aborted;
  let current: Settings | null = null;
  // Changes that arrive before the first read completes are applied on top of it.
  const early: Partial<Settings>[] = [];
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const patch: Partial<Record<SettingKey, unknown>> = {};
    let changed = false;
    for (const [storageKey, change] of Object.entries(changes)) {
      const key = KEY_OF.get(storageKey);
      if (!key) continue;
      patch[key] = sanitizeSetting(key, change.newValue);
      changed = true;
    }
    if (!changed) return;
    if (!current) {
      early.push(patch as Partial<Settings>);
      return;
    }
    current = { ...current, ...(patch as Partial<Settings>) };
    if (live()) onChange(current);
  };
  browser.storage.onChanged.addListener(listener);
  void loadSettings().then((loaded) => {
    const merged: Settings = Object.assign(loaded, ...early);
    current = merged;
    if (live()) onChange(merged);
  });
  signal?.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // A content script whose extension was reloaded: its listeners went with the old context.
      }
    },
    { once: true },
  );
}

/**
 * Writes the given settings in one storage call: one change event, seen by every context at
 * once. Only the background's settings writer calls this (and the ones below).
 */
export async function writeSettings(patch: Partial<Settings>): Promise<void> {
  // A migration still running in this context would write its older value over this one.
  await siteRulesItem.getMeta();
  const entries: Array<{ key: `local:${string}`; value: unknown }> = [];
  for (const key of SETTING_KEYS) {
    if (patch[key] === undefined) continue;
    entries.push({ key: ITEMS[key].key as `local:${string}`, value: patch[key] });
    // Written with its version, as `setValue` would, so it is never migrated again.
    if (key === 'siteRules') entries.push({ key: `${siteRulesItem.key as `local:${string}`}$`, value: { v: SITE_RULES_VERSION } });
  }
  if (entries.length) await storage.setItems(entries);
}

/** Flips one site's switch, relative to the mode: a rule that only restates the mode is removed. */
export async function setSiteEnabled(site: string, on: boolean): Promise<void> {
  const [mode, rules] = await Promise.all([modeItem.getValue(), siteRulesItem.getValue()]);
  const settings = sanitizeSettings({ mode, siteRules: rules });
  await writeSettings({ siteRules: withSiteEnabled(settings, site, on) });
}

/** Sets one site's own rule (on or off), or removes it (null). */
export async function setSiteRule(site: string, rule: boolean | null): Promise<void> {
  const rules = sanitizeSiteRules(await siteRulesItem.getValue());
  if (rule === null) delete rules[site];
  else rules[site] = rule;
  await writeSettings({ siteRules: rules });
}
