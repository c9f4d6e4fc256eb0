import { browser } from 'wxt/browser';
import messages from '../../public/_locales/en/messages.json';
import type { Category } from '../core/dataset/schema';
import { uiDirection, uiLocale } from './ui-locale';

export { applyUiLocale, uiDirection, uiLocale } from './ui-locale';

/**
 * UI strings. The browser's i18n API answers in the user's language when the
 * extension ships one; the bundled English file is the fallback, so tests and
 * contexts without the API (or a missing key) still read English.
 */

export type MessageKey = keyof typeof messages;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const FALLBACK = messages as unknown as Record<MessageKey, MessageEntry>;

type GetMessage = (name: string, substitutions?: string[]) => string;

/**
 * A message with its substitutions: numbers in the interface's digits, and text set apart
 * (Unicode isolates) when it may run the other way than the interface, so an English name in
 * an Arabic sentence keeps its own punctuation in place instead of showing "(Army of Islam".
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const rtl = uiDirection() === 'rtl';
  const subs = substitutions.map((value) => (typeof value === 'number' ? formatNumber(value) : isolate(value, rtl)));
  try {
    const getMessage = browser.i18n?.getMessage as GetMessage | undefined;
    const message = getMessage?.(key, subs);
    if (message) return message;
  } catch {
    // No i18n API here (tests, some contexts): use the bundled English text.
  }
  return formatFallback(FALLBACK[key], subs);
}

/** Applies Chrome's message format: named $PLACEHOLDER$s, their $1..$9 contents, "$$" for a dollar sign. */
export function formatFallback(entry: MessageEntry | undefined, substitutions: readonly string[]): string {
  if (!entry) return '';
  const placeholders = entry.placeholders ?? {};
  const substitute = (text: string) =>
    text.replace(/\$(\d)/g, (_match, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
      const placeholder = placeholders[name.toLowerCase()];
      return placeholder ? substitute(placeholder.content) : match;
    })
    .replace(/\$\$/g, '$');
}

/**
 * Attributes for text of the dataset (names, roles, facts, quotes), which stays in English in
 * every interface language: screen readers read it as English, and in a right-to-left interface
 * it runs left to right, its punctuation in place ("United Nations." rather than ".United Nations").
 */
export const DATASET_TEXT = { lang: 'en', dir: 'auto' } as const;

/** Whether the dataset's texts are in the interface's language (an English interface). */
export function datasetInUiLanguage(): boolean {
  return uiLocale().split('-')[0] === DATASET_TEXT.lang;
}

const RTL_TEXT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * Which way a text runs, by its first letter ('rtl' for Arabic or Hebrew), or undefined when it
 * has none. For an element whose text is wrapped in quotation marks and isolates, which
 * `dir="auto"` would not see through.
 */
export function directionOfText(text: string): 'ltr' | 'rtl' | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (!letter) return undefined;
  return RTL_TEXT.test(letter) ? 'rtl' : 'ltr';
}

const FSI = '\u2068';
const PDI = '\u2069';

/** Wraps text in first-strong isolates in a right-to-left interface, or when it holds right-to-left text. */
function isolate(text: string, rtlInterface: boolean): string {
  return text && (rtlInterface || RTL_TEXT.test(text)) ? `${FSI}${text}${PDI}` : text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count in the interface's digits and grouping ("1,234"; "1.234" in German; "١٬٢٣٤" in Syrian Arabic). */
export function formatNumber(value: number, locale = uiLocale()): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * Text in the interface language's quotation marks: “…” in English, «…» in Arabic, „…“ in German.
 * The marks run with the interface; the text inside keeps its own direction (see t()).
 */
export function quoted(text: string): string {
  return t('quotedText', text);
}

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  person: 'categoryPerson',
  group: 'categoryGroup',
  organization: 'categoryOrganization',
  place: 'categoryPlace',
  event: 'categoryEvent',
};

const CATEGORY_PLURAL_KEYS: Record<Category, MessageKey> = {
  person: 'categoryPluralPerson',
  group: 'categoryPluralGroup',
  organization: 'categoryPluralOrganization',
  place: 'categoryPluralPlace',
  event: 'categoryPluralEvent',
};

export function categoryLabel(category: Category): string {
  return t(CATEGORY_KEYS[category]);
}

export function categoryPluralLabel(category: Category): string {
  return t(CATEGORY_PLURAL_KEYS[category]);
}

export function mentionsLabel(count: number): string {
  return count === 1 ? t('mentionsOne') : t('mentionsMany', count);
}
