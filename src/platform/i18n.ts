import { browser } from 'wxt/browser';
import messages from '../../public/_locales/en/messages.json';
import type { Category } from '../core/dataset/schema';

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

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
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
