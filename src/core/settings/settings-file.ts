import * as v from 'valibot';
import { CATEGORIES } from '../dataset/schema';
import { DEFAULT_SETTINGS, isSiteKey, SettingsSchema, type Settings, type SiteRules } from './model';
import { siteKeyForInput } from './site';

/**
 * Settings files: export and import. Pure, so it is tested without a browser.
 * An import is validated completely before anything is written; on any error
 * the caller writes nothing.
 */

const SETTINGS_FILE_FORMAT = 'astana-facts-settings';
const SETTINGS_FILE_VERSION = 1;
/** A settings file is a few kilobytes; anything far larger is not one. */
const MAX_SETTINGS_FILE_BYTES = 1_000_000;

interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version' }
  | { code: 'invalid'; field: string }
  | { code: 'invalid-site'; site: string };

type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };

export function serializeSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: {
      ...settings,
      siteRules: Object.fromEntries(Object.entries(settings.siteRules).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(now: Date = new Date()): string {
  return `astana-facts-settings-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * The settings as a file may hold them: the stored shape, except that sites are written as
 * people type them (normalised on import), categories may be missing (they take their
 * defaults), and `quotes`, added after version 1 files were first written, may be absent.
 */
const FileSettingsSchema = v.strictObject({
  ...SettingsSchema.entries,
  siteRules: v.record(v.string(), v.boolean()),
  categories: v.partial(SettingsSchema.entries.categories),
  quotes: v.optional(SettingsSchema.entries.quotes),
});

const EnvelopeSchema = v.object({
  format: v.literal(SETTINGS_FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const FileSchema = v.strictObject({
  format: v.literal(SETTINGS_FILE_FORMAT),
  version: v.literal(SETTINGS_FILE_VERSION),
  exportedAt: v.optional(v.string()),
  settings: FileSettingsSchema,
});

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return fail({ code: 'too-large' });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!v.is(EnvelopeSchema, raw)) return fail({ code: 'wrong-format' });
  if (raw.version > SETTINGS_FILE_VERSION) return fail({ code: 'newer-version' });

  const parsed = v.safeParse(FileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return fail({ code: 'invalid', field: path ?? 'settings' });
  }

  const { settings } = parsed.output;
  const siteRules: SiteRules = {};
  for (const [site, on] of Object.entries(settings.siteRules)) {
    const key = siteKeyForInput(site);
    // The stored form must also be a valid stored key, or the rule would vanish on the next read.
    if (!isSiteKey(key)) return fail({ code: 'invalid-site', site });
    Object.defineProperty(siteRules, key, { value: on, enumerable: true, writable: true, configurable: true });
  }
  const categories = { ...DEFAULT_SETTINGS.categories };
  for (const category of CATEGORIES) {
    const on = settings.categories[category];
    if (on !== undefined) categories[category] = on;
  }
  return {
    ok: true,
    settings: {
      enabled: settings.enabled,
      mode: settings.mode,
      siteRules,
      categories,
      tooltips: settings.tooltips,
      quotes: settings.quotes ?? DEFAULT_SETTINGS.quotes,
    },
  };
}

function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}
