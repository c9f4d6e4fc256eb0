import { uiLocale } from '../platform/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    // UTC on both sides: the calendar day of the dataset, whatever the reader's time zone.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format;
}

/**
 * "2017-01-23" in the interface's locale: "January 23, 2017", "23 January 2017" (en-GB),
 * "٢٣ يناير ٢٠١٧", "23. Januar 2017". Anything that is not a real YYYY-MM-DD date comes back as is.
 */
export function formatDate(iso: string, locale = uiLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls "2017-02-30" over to March: such a date is not one.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  return dateFormat(locale).format(date);
}
