import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyUiLocale, directionOf, resolveUiLocale, toLanguageTag, uiDirection, uiLocale } from '../../../src/platform/ui-locale';
import { datasetInUiLanguage, formatNumber, quoted, t } from '../../../src/platform/i18n';
import { formatDate } from '../../../src/ui/format';

/** The browser's i18n API as an extension page sees it, serving one locale's messages. */
function serve(messagesLocale: string, browserLocale: string, messages: Record<string, string> = {}) {
  const getMessage = (name: string, subs?: string[]) => {
    if (name === 'uiLocale') return messagesLocale;
    if (name === '@@ui_locale') return browserLocale;
    const message = messages[name];
    return message === undefined ? '' : message.replace(/\$(\d)/g, (_m, d: string) => subs?.[Number(d) - 1] ?? '');
  };
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('resolveUiLocale', () => {
  it('takes the locale of the messages served, with the browser region when it is the same language', () => {
    expect(resolveUiLocale('fr', 'fr_CA')).toBe('fr-CA');
    expect(resolveUiLocale('en', 'en_GB')).toBe('en-GB');
    expect(resolveUiLocale('ar', 'ar')).toBe('ar');
  });

  it('ignores the browser locale when the messages are another language', () => {
    // Headless Chromium with --lang=ar serves Arabic messages and reports en_US.
    expect(resolveUiLocale('ar', 'en_US')).toBe('ar');
    // A Hebrew browser gets our English fallback: an English, left-to-right interface.
    expect(resolveUiLocale('en', 'he')).toBe('en');
  });

  it('falls back to English without messages or on garbage', () => {
    expect(resolveUiLocale(undefined, undefined)).toBe('en');
    expect(resolveUiLocale('', 'de')).toBe('en');
    expect(resolveUiLocale('not a locale!', null)).toBe('en');
    expect(toLanguageTag('pt_BR')).toBe('pt-BR');
    expect(toLanguageTag('zh_CN')).toBe('zh-CN');
    expect(toLanguageTag('$1')).toBeNull();
  });
});

describe('directionOf', () => {
  it('is right to left for the right-to-left scripts only', () => {
    for (const locale of ['ar', 'ar-SY', 'he', 'fa', 'ur', 'pa-Arab']) expect(directionOf(locale), locale).toBe('rtl');
    for (const locale of ['en', 'en-US', 'ru', 'tr', 'fr', 'es', 'de', 'pa', 'zh-CN']) expect(directionOf(locale), locale).toBe('ltr');
    expect(directionOf('garbage!')).toBe('ltr');
  });
});

describe('uiLocale and uiDirection', () => {
  it('are English and left to right where there is no i18n API', () => {
    expect(uiLocale()).toBe('en');
    expect(uiDirection()).toBe('ltr');
    expect(datasetInUiLanguage()).toBe(true);
  });

  it('follow the messages the browser serves', () => {
    serve('ar', 'en_US');
    expect(uiLocale()).toBe('ar');
    expect(uiDirection()).toBe('rtl');
    expect(datasetInUiLanguage()).toBe(false);
    serve('de', 'de_AT');
    expect(uiLocale()).toBe('de-AT');
    expect(uiDirection()).toBe('ltr');
  });

  it('sets lang and dir of a page root', () => {
    serve('ar', 'ar');
    const root = document.createElement('html');
    applyUiLocale(root);
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('dir')).toBe('rtl');
  });
});

describe('formatDate', () => {
  it('writes the date in each interface locale, on the same calendar day', () => {
    const expected: Record<string, string> = {
      en: 'January 23, 2017',
      'en-GB': '23 January 2017',
      ar: '23 يناير 2017',
      'ar-SY': '٢٣ كانون الثاني ٢٠١٧',
      ru: '23 января 2017 г.',
      tr: '23 Ocak 2017',
      fr: '23 janvier 2017',
      es: '23 de enero de 2017',
      de: '23. Januar 2017',
    };
    for (const [locale, text] of Object.entries(expected)) expect(formatDate('2017-01-23', locale), locale).toBe(text);
  });

  it('uses the interface locale by default', () => {
    expect(formatDate('2017-12-01')).toBe('December 1, 2017');
    serve('de', 'de');
    expect(formatDate('2017-12-01')).toBe('1. Dezember 2017');
  });

  it('never shifts the day with the time zone', () => {
    // The first and last instants of the day in UTC are other days in Kiribati and Samoa.
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    expect(formatDate('2017-01-01', 'en')).toBe('January 1, 2017');
    vi.stubEnv('TZ', 'Pacific/Pago_Pago');
    expect(formatDate('2017-12-31', 'en')).toBe('December 31, 2017');
    vi.unstubAllEnvs();
  });

  it('returns what is not a real date as is', () => {
    for (const text of ['last week', '2017-02-30', '2017-13-01', '2017-1-23', '']) expect(formatDate(text, 'en')).toBe(text);
  });
});

describe('messages in the interface locale', () => {
  it('writes numbers in the locale digits', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(3, 'ar-SY')).toBe('٣');
    expect(t('mentionsMany', 1234)).toBe('1,234 mentions');
  });

  it('leaves substitutions alone in an English interface', () => {
    expect(t('popupHighlightOnSite', 'cnn.com')).toBe('Highlight on cnn.com');
    expect(quoted('Assad must go.')).toBe('“Assad must go.”');
  });

  it('sets right-to-left text apart in an English interface', () => {
    expect(t('searchMatched', 'الأسد')).toBe('matches “\u2068الأسد\u2069”');
  });

  it('sets every text substitution apart in a right-to-left interface, so its punctuation stays inside', () => {
    serve('ar', 'ar', { quotedText: '«$1»', cardShowAll: 'عرض الكل (المتبقي: $1)' });
    expect(quoted('Army of Islam (Jaysh al-Islam).')).toBe('«\u2068Army of Islam (Jaysh al-Islam).\u2069»');
    // A number is not isolated: it takes the interface's digits.
    expect(t('cardShowAll', 2)).toBe('عرض الكل (المتبقي: 2)');
  });
});
