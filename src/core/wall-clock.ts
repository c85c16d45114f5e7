// An instant as a person reads it in their zone: "Fri 27 Nov 2026, 20:00". One cached formatter per
// (locale, zone): building an Intl.DateTimeFormat costs more than the rest of a preview.
import type { Locale } from './i18n.js';

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
