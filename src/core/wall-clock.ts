// An instant as a person reads it in their zone: "Fri 27 Nov 2026, 20:00". One cached formatter per
// (locale, zone): building an Intl.DateTimeFormat costs more than the rest of a preview.
import { t, type Locale } from './i18n.js';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };
const formats = new Map<string, Intl.DateTimeFormat>();

export function wallClock(instant: Date, locale: Locale, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, format);
  }
  return format.format(instant);
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar day (its UTC midnight) as a person reads it: "Sat 21 Nov 2026", "2026年11月21日周六". */
export function readerDate(day: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
    dateFormats.set(locale, format);
  }
  return format.format(day);
}

/** An instant in UTC as the previews write it: "2026-11-27 12:00". */
export function formatUtc(instant: Date): string {
  return instant.toISOString().slice(0, 16).replace('T', ' ');
}

/** An instant for a reader: their wall clock, their zone named, and UTC ("Fri 27 Nov 2026, 20:00 (Asia/Shanghai) · 2026-11-27 12:00 UTC"). */
export function readerTime(instant: Date, locale: Locale, timeZone: string): string {
  return t(locale, 'preview.timeBoth', { local: wallClock(instant, locale, timeZone), zone: timeZone, utc: formatUtc(instant) });
}
