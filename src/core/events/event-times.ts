// How times appear in event lines: in the reader's zone with the zone named, or in the platform's own notation
// (Discord timestamps), which each reader's app shows in that reader's zone. Pure.
import { t, type Locale } from '../i18n.js';
import type { InstantStyle } from '../notifier.js';
import { wallClock } from '../wall-clock.js';

export interface EventReader {
  locale: Locale;
  /** The zone times are written in (and named) when the platform has no notation of its own. */
  timeZone: string;
  /** The platform's own notation for an instant, shown in each reader's zone (Notifier.localTime). */
  localTime?: (at: number, style: InstantStyle) => string;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time of day as a line starts with it. A channel's readers live in many zones (a subscribed channel far from
 * the task's creator), so a bare "20:03:04" would be read wrongly: the zone is always named, unless the platform
 * shows the instant in each reader's own zone.
 */
export function clockTime(at: number, reader: EventReader): string {
  if (reader.localTime) return reader.localTime(at, 'time');
  const key = `${reader.locale}|${reader.timeZone}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(reader.locale, {
      timeZone: reader.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clockFormats.set(key, format);
  }
  return t(reader.locale, 'events.time.zoned', { clock: format.format(new Date(at)), zone: reader.timeZone });
}

/** A date and time inside a line (a moved start or end), named like clockTime's. */
export function dateTime(at: number, reader: EventReader): string {
  if (reader.localTime) return reader.localTime(at, 'dateTime');
  return t(reader.locale, 'events.time.zoned', { clock: wallClock(new Date(at), reader.locale, reader.timeZone), zone: reader.timeZone });
}
