// The names calendars print for a zone's offset ("India Standard Time", "Australian Eastern Daylight Time", "New
// Zealand Daylight Time", "Central European Summer Time", "Nepal Time"), which invites pasted from them carry: each is
// the fixed offset it names, as "Eastern Standard Time" is. They were refused as words not understood. Taken from
// the runtime's own names (CLDR), so none is typed by hand and none can disagree with the zone rules relays use.
import type { Zone } from './wall-clock.js';

// Names read two ways, left unread so that they are refused rather than read an hour or a day off: "Irish Standard
// Time" is Ireland's summer offset, though people in Dublin say IST for their clock all year (zones.ts reads IST so
// there); "Samoa Standard Time" is Apia's (UTC+13) in the calendar and American Samoa's (UTC−11) in speech.
const READ_TWO_WAYS = new Set(['irish standard', 'samoa standard']);

// How people say some of them ("Indian Standard Time", "Korea Standard Time", "Hawaii Standard Time").
const SPOKEN: Record<string, string> = {
  'indian standard': 'india standard',
  'korea standard': 'korean standard',
  'hawaii standard': 'hawaii aleutian standard',
};

function offsetMinutes(longOffset: string): number {
  const m = /([+-])(\d\d):(\d\d)/.exec(longOffset);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Each long name, lower-case without its "time" and hyphens ("hawaii aleutian standard"), with the offset it names. */
export function longZoneNames(): Map<string, Zone> {
  const year = new Date().getUTCFullYear();
  const offsets = new Map<string, Set<number>>();
  for (const timeZone of Intl.supportedValuesOf('timeZone')) {
    const long = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' });
    const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    // January and July: a zone's standard and summer names.
    for (const at of [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)]) {
      const words = long.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
      // Zones with no name of their own are printed as their offset ("GMT+03:00"), read in zones.ts.
      if (!/\stime$/i.test(words) || /^GMT\b/.test(words)) continue;
      const key = words.toLowerCase().replace(/-/g, ' ').replace(/\s+time$/, '');
      const minutes = offsetMinutes(offset.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '');
      offsets.set(key, (offsets.get(key) ?? new Set()).add(minutes));
    }
  }
  const names = new Map<string, Zone>();
  for (const [key, minutes] of offsets) {
    // A name that two zones print for different offsets names neither.
    if (minutes.size !== 1 || READ_TWO_WAYS.has(key)) continue;
    names.set(key, { kind: 'fixed', offsetMinutes: [...minutes][0]! });
  }
  for (const [spoken, written] of Object.entries(SPOKEN)) {
    const zone = names.get(written);
    if (zone) names.set(spoken, zone);
  }
  return names;
}
