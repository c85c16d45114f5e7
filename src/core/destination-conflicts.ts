// Two relays pushing to one stream at the same time fight over it: the second publish is refused or kicks the
// first off, and neither plays well. Creating one is still allowed (a planned hand-over is legitimate), but the
// preview says so before anyone confirms, naming the relay already there.
import { t, type Locale } from './i18n.js';
import { renderPlainText } from './preview.js';
import type { RelayRequest } from './relay-request.js';
import type { ReplyDocument } from './reply.js';
import type { TaskFilter } from './ports.js';
import { ACTIVE_STATES, type TaskRecord } from './task.js';

/**
 * The stream a request publishes, as one comparable string: `rtmp://domain/app/stream` for the CSS form, the
 * ToUrl without its query (stream keys and signatures change, the stream does not) or fragment otherwise. The
 * host is case-insensitive; the path is not. A ToUrl that spells out a CSS stream matches its names.
 */
export function destinationKey(request: Pick<RelayRequest, 'ToUrl' | 'DomainName' | 'AppName' | 'StreamName'>): string {
  if (request.ToUrl) {
    try {
      const url = new URL(request.ToUrl);
      const defaultRtmpPort = /^rtmps?:$/i.test(url.protocol) && url.port === '1935';
      const host = defaultRtmpPort ? url.hostname : url.host;
      return `${url.protocol.toLowerCase()}//${host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return request.ToUrl.split(/[?#]/)[0]!;
    }
  }
  return `rtmp://${(request.DomainName ?? '').toLowerCase()}/${request.AppName ?? ''}/${request.StreamName ?? ''}`;
}

/** Half-open windows [start, end) meet when each starts before the other ends. */
function overlaps(a: Pick<RelayRequest, 'StartTime' | 'EndTime'>, b: Pick<RelayRequest, 'StartTime' | 'EndTime'>): boolean {
  return Date.parse(a.StartTime) < Date.parse(b.EndTime) && Date.parse(b.StartTime) < Date.parse(a.EndTime);
}

/** The store's question for a request's possible clashes: active relays whose window meets its window. */
export function activeRelaysMeeting(request: Pick<RelayRequest, 'StartTime' | 'EndTime'>): TaskFilter {
  return { states: ACTIVE_STATES, overlapping: { start: request.StartTime, end: request.EndTime } };
}

/**
 * The relays, among `tasks`, still to run or running (scheduled, running, paused, interrupted — an interrupted
 * relay is being retried, so it will push again) that push to the same stream as `request` at an overlapping
 * time. Ended, stopped and failed relays push nothing.
 */
export function conflictingRelays(request: RelayRequest, tasks: readonly TaskRecord[]): TaskRecord[] {
  const key = destinationKey(request);
  return tasks.filter((task) => ACTIVE_STATES.includes(task.state) && overlaps(task.request, request) && destinationKey(task.request) === key);
}

/**
 * The preview with a warning line naming the relays it would collide with (unchanged when there are none).
 * `unnamed` counts clashing relays the reader may not see (another workspace's): they are mentioned, not named.
 */
export function warnOfConflicts(doc: ReplyDocument, conflicts: readonly Pick<TaskRecord, 'id'>[], locale: Locale, unnamed = 0): ReplyDocument {
  if (conflicts.length === 0 && unnamed === 0) return doc;
  const names = conflicts.map((task) => task.id);
  if (unnamed > 0) names.push(t(locale, 'preview.destinationBusyElsewhere', { count: unnamed }));
  const warning = t(locale, 'preview.destinationBusy', { ids: names.join(', ') });
  const warned: ReplyDocument = { ...doc, lines: [warning, ...doc.lines], severity: 'warning' };
  warned.text = renderPlainText(warned);
  return warned;
}
