// Small display helpers for chat documents: instants in the reader's zone beside UTC, masked destinations.
import { t, type Locale } from '../i18n.js';
import { maskUrl } from '../redact.js';
import { wallClock } from '../wall-clock.js';
import type { RelayRequest } from '../relay-request.js';

/** "Fri 27 Nov 2026, 20:00 (Asia/Shanghai) · 2026-11-27 12:00 UTC": the reader's zone, then UTC. */
export function formatInstant(iso: string, locale: Locale, timeZone: string): string {
  const instant = new Date(iso);
  const utc = instant.toISOString().slice(0, 16).replace('T', ' ');
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return t(locale, 'chat.time.utcOnly', { utc });
  return t(locale, 'chat.time.both', { local: wallClock(instant, locale, timeZone), zone: timeZone, utc });
}

/** The push destination with its stream key and secrets masked, whichever way the request names it. */
export function maskedDestination(request: RelayRequest): string {
  if (request.ToUrl) return maskUrl(request.ToUrl, { maskLastSegment: true });
  return maskUrl(`rtmp://${request.DomainName}/${request.AppName}/${request.StreamName}`, { maskLastSegment: true });
}

/** The first source (secrets in its query masked), with how many more there are. */
export function sourceSummary(request: RelayRequest, locale: Locale): string {
  const [first = '', ...rest] = request.SourceUrls;
  const shown = maskUrl(first);
  return rest.length === 0 ? shown : t(locale, 'chat.sources.more', { first: shown, count: rest.length });
}

/** VodLoopTimes in words: -1 forever, 0 once, N more times (the API's meaning). */
export function loopsText(request: Pick<RelayRequest, 'SourceType' | 'VodLoopTimes'>, locale: Locale): string | undefined {
  if (request.SourceType !== 'PullVodPushLive' || request.VodLoopTimes === undefined) return undefined;
  const loops = Number(request.VodLoopTimes);
  if (loops < 0) return t(locale, 'chat.loops.forever');
  if (loops === 0) return t(locale, 'chat.loops.once');
  return t(locale, loops === 1 ? 'chat.loops.oneMore' : 'chat.loops.times', { count: loops });
}
