import * as v from 'valibot';
import { CATEGORIES, type Category } from '../dataset/schema';

/**
 * Everything a user can set: one valibot schema, from which the TypeScript type, the storage
 * sanitisers, the settings file's schema and the messages that change settings are derived.
 * Kept free of storage code so the rules are tested without a browser.
 */

const MODES = ['all-except-listed', 'only-listed'] as const;
export type Mode = (typeof MODES)[number];

/**
 * A site key as stored: a registrable domain or host name, or a bracketed IPv6 address
 * (src/core/settings/site.ts). Nothing else, so a rule never holds a path or a "__proto__".
 */
export const SiteKeySchema = v.pipe(v.string(), v.regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/));

const CategorySwitchesSchema = v.strictObject(
  Object.fromEntries(CATEGORIES.map((category) => [category, v.boolean()])) as Record<Category, v.BooleanSchema<undefined>>,
);

export const SettingsSchema = v.strictObject({
  /** The global switch. */
  enabled: v.boolean(),
  mode: v.picklist(MODES),
  /** Site key -> highlighting on (true) or off (false) on that site. */
  siteRules: v.record(SiteKeySchema, v.boolean()),
  categories: CategorySwitchesSchema,
  /** Hover cards. */
  tooltips: v.boolean(),
  /** Check quotations on pages against the recorded quotes. */
  quotes: v.boolean(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SiteRules = Settings['siteRules'];
type CategorySwitches = Settings['categories'];
export type SettingKey = keyof Settings;

export const SETTING_KEYS = Object.keys(SettingsSchema.entries) as SettingKey[];

/** On a news page every "Syria" and "Russia" is noise until the reader asks for places. */
export const DEFAULT_CATEGORIES: CategorySwitches = {
  person: true,
  group: true,
  organization: true,
  place: false,
  event: true,
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  mode: 'all-except-listed',
  siteRules: {},
  categories: DEFAULT_CATEGORIES,
  tooltips: true,
  quotes: true,
};

export function isSiteKey(value: unknown): value is string {
  return v.is(SiteKeySchema, value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Keeps every valid rule of a stored value and drops the rest, so one bad entry never costs the others. */
export function sanitizeSiteRules(value: unknown): SiteRules {
  const rules: SiteRules = {};
  if (!isRecord(value)) return rules;
  for (const [site, on] of Object.entries(value)) {
    if (typeof on === 'boolean' && isSiteKey(site)) rules[site] = on;
  }
  return rules;
}

/** Valid switches are kept, missing or invalid ones take their default. */
export function sanitizeCategories(value: unknown): CategorySwitches {
  const result = { ...DEFAULT_CATEGORIES };
  if (!isRecord(value)) return result;
  for (const category of CATEGORIES) {
    const on = value[category];
    if (typeof on === 'boolean') result[category] = on;
  }
  return result;
}

/** One stored setting, whatever storage held: a corrupted or foreign value becomes its default. */
export function sanitizeSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  if (key === 'siteRules') return sanitizeSiteRules(value) as Settings[K];
  if (key === 'categories') return sanitizeCategories(value) as Settings[K];
  const parsed = v.safeParse(SettingsSchema.entries[key], value);
  return (parsed.success ? parsed.output : structuredClone(DEFAULT_SETTINGS[key])) as Settings[K];
}

/** Every setting from a record of stored values (missing keys take their defaults). */
export function sanitizeSettings(values: Partial<Record<SettingKey, unknown>>): Settings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, sanitizeSetting(key, values[key])])) as Settings;
}
