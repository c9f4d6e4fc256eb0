/**
 * Which language the interface is in, and which way it runs. No imports: the extension pages
 * run this before their first paint, in a tiny blocking script (entrypoints/ui-locale.ts).
 *
 * The locale is the one whose messages the browser actually serves, read from that file's own
 * `uiLocale` message, not `@@ui_locale`: a browser in a language we do not ship falls back to
 * English messages while `@@ui_locale` and `@@bidi_dir` still describe the browser (a Hebrew
 * browser would lay our English text out right to left), and headless Chromium started with
 * `--lang=ar` serves our Arabic messages while reporting `en_US` and `ltr`. `@@ui_locale` only
 * adds its region when it is the same language ("fr_CA" with French messages: Canadian dates).
 */

/** The language of public/_locales/en, served when the browser's language is not shipped. */
const DEFAULT_UI_LOCALE = 'en';

/** Right-to-left scripts, as Intl.Locale's maximize() names them ("ar" -> "ar-Arab-EG"). */
const RTL_SCRIPT = /-(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Mand|Samr)(-|$)/;
/** Languages written right to left, for a runtime whose Intl cannot maximize a tag. */
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

type GetMessage = (name: string) => string;

/** The browser's own i18n API, when this context has one (not in unit tests or plain pages). */
function nativeGetMessage(): GetMessage | undefined {
  const scope = globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  const i18n = scope.browser?.i18n ?? scope.chrome?.i18n;
  return i18n?.getMessage?.bind(i18n);
}

/** "fr_CA" -> "fr-CA"; anything that is not a locale as _locales folders name them -> null. */
export function toLanguageTag(value: string | undefined | null): string | null {
  if (!value || !/^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$/i.test(value.trim())) return null;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The interface's locale from the locale of the messages served and the browser's UI locale:
 * the browser's, with its region, when it is the same language; the messages' otherwise.
 */
export function resolveUiLocale(messagesLocale: string | undefined | null, browserLocale: string | undefined | null): string {
  const served = toLanguageTag(messagesLocale) ?? DEFAULT_UI_LOCALE;
  const browser = toLanguageTag(browserLocale);
  return browser && language(browser) === language(served) ? browser : served;
}

/** 'rtl' for a locale whose script runs right to left ("ar", "fa-IR", "pa-Arab"), else 'ltr'. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const tag = toLanguageTag(locale);
  if (!tag) return 'ltr';
  try {
    // The likely script decides, so "pa-Arab" is told from "pa" and "uz-Latn" from "uz-Arab".
    return RTL_SCRIPT.test(new Intl.Locale(tag).maximize().toString()) ? 'rtl' : 'ltr';
  } catch {
    return RTL_LANGUAGES.has(language(tag)) ? 'rtl' : 'ltr';
  }
}

/** The interface's locale as a BCP 47 tag ("ar", "en-US", "fr-CA"), for `lang` and Intl. */
export function uiLocale(): string {
  let served: string | undefined;
  let browser: string | undefined;
  try {
    const getMessage = nativeGetMessage();
    served = getMessage?.('uiLocale');
    browser = getMessage?.('@@ui_locale');
  } catch {
    // No i18n API in this context: the interface is the English fallback.
  }
  return resolveUiLocale(served, browser);
}

/** Which way the interface runs: 'rtl' for Arabic. */
export function uiDirection(): 'ltr' | 'rtl' {
  return directionOf(uiLocale());
}

/** Sets `lang` and `dir` of an extension page's root from the interface's locale. */
export function applyUiLocale(root: HTMLElement): void {
  root.lang = uiLocale();
  root.dir = uiDirection();
}
