// A RelayError written for the person who caused it: the times it names on their own wall clock (their zone named,
// and UTC beside it) rather than as the API's "2026-11-27T01:00:00Z", which nobody reads at a glance when told
// their start has passed.
import type { RelayError } from './errors.js';
import { describeError, type Locale } from './i18n.js';
import { readerTime } from './wall-clock.js';

const API_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

export function describeErrorFor(reader: { locale: Locale; timeZone?: string }, error: RelayError): string {
  const { timeZone } = reader;
  if (!timeZone || !error.params) return describeError(reader.locale, error);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params)) {
    const instant = typeof value === 'string' && API_TIME.test(value) ? new Date(value) : null;
    params[name] = instant && !Number.isNaN(instant.getTime()) ? readerTime(instant, reader.locale, timeZone) : value;
  }
  return describeError(reader.locale, { ...error, params });
}
