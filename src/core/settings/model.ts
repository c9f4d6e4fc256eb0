import * as v from 'valibot';
import { CATEGORIES, type Category } from '../dataset/schema';

/**
 * Everything a user can set, with the defaults and the rules that validate a
 * stored value. Kept free of storage code so the rules are tested without a browser.
 */

export const MODES = ['all-except-listed', 'only-listed'] as const;
export type Mode = (typeof MODES)[number];

/** Site key -> highlighting on (true) or off (false) on that site. */
export type SiteRules = Record<string, boolean>;
export type CategorySwitches = Record<Category, boolean>;

export interface Settings {
  enabled: boolean;
  mode: Mode;
  siteRules: SiteRules;
  categories: CategorySwitches;
  tooltips: boolean;
  /** Check quotations on pages against the recorded quotes. */
  quotes: boolean;
}

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

export const EnabledSchema = v.boolean();
export const ModeSchema = v.picklist(MODES);
export const TooltipsSchema = v.boolean();
export const QuotesSchema = v.boolean();

const SITE_KEY_RE = /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/;

/** Keeps every valid rule of a stored value and drops the rest, so one bad entry never costs the others. */
export function sanitizeSiteRules(value: unknown): SiteRules {
  const rules: SiteRules = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return rules;
  for (const [site, on] of Object.entries(value)) {
    if (typeof on === 'boolean' && SITE_KEY_RE.test(site)) rules[site] = on;
  }
  return rules;
}

/** Valid switches are kept, missing or invalid ones take their default. */
export function sanitizeCategories(value: unknown): CategorySwitches {
  const result = { ...DEFAULT_CATEGORIES };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return result;
  for (const category of CATEGORIES) {
    const on = (value as Record<string, unknown>)[category];
    if (typeof on === 'boolean') result[category] = on;
  }
  return result;
}

export function sanitizeWith<T>(schema: v.GenericSchema<T>, value: unknown, fallback: T): T {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : fallback;
}
