// The messages the pipeline sends, as platform-neutral ReplyDocuments in the reader's language. Pure.
// Every event-listing document has exactly one line per event (coalesced bursts list all of them), which
// is also how tests and benchmarks account for every event.
import { hasMessage, t, type Locale } from '../i18n.js';
import { redactText } from '../redact.js';
import type { ReplyDocument, ReplyField } from '../reply.js';
import type { RelayEventDetail } from '../relay-event.js';
import type { RelayReasonCode } from '../relay-reason.js';
import type { TaskRecord } from '../task.js';
import { makeDocument, statusDocument, taskActions } from '../chat/documents.js';
import { changeLine } from './change-lines.js';
import { clockTime, dateTime, type EventReader } from './event-times.js';
import type { StoredEvent } from './ports.js';
import type { UpdatesUndeliveredEvent } from './undelivered.js';

export type { EventReader } from './event-times.js';

/** What kind of alarm an event raises, as a locale key suffix; null for events that are not alarms. */
export function alarmKindOf(event: StoredEvent): string | null {
  if (!event.alarm || event.event.event === 'TaskChanged' || event.event.event === 'UpdatesUndelivered') return null;
  if (event.event.event === 'TaskExit') return 'EarlyExit';
  return knownAlarmType(event.event.detail.type) ?? 'Unknown';
}

/** An alarm type the catalogs explain; a provider may add types before we do (those read as 'Unknown'). */
function knownAlarmType(type: string | undefined): string | undefined {
  return type && hasMessage('en', `events.alarm.${type}.name`) ? type : undefined;
}

/** An alarm's name for a line; one we cannot explain keeps the provider's own type beside the generic name. */
function alarmName(type: string | undefined, locale: Locale): string {
  const known = knownAlarmType(type);
  if (known) return t(locale, `events.alarm.${known}.name`);
  return type ? t(locale, 'events.alarmOfType', { type }) : t(locale, 'events.alarm.Unknown.name');
}

/** Exit reasons with a line of their own (locales: events.line.TaskExit.<reason>). */
const EXIT_LINE_REASONS: readonly RelayReasonCode[] = ['loopsDone', 'restarted', 'runnerShutdown', 'deleted', 'paused', 'windowMissed'];

/**
 * Why, in the reader's language: the runner's reason code when there is one, otherwise the provider's own
 * message as it sent it. Quoted tool output inside a reason is masked like any message.
 */
function reasonText(detail: RelayEventDetail, locale: Locale): string {
  const reason = detail.reason;
  if (!reason) return redactText(detail.message ?? '');
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.values ?? {})) values[name] = typeof value === 'string' ? redactText(value) : value;
  // The runner's own refusals name their explanation by locale key (only its `runner.*` messages are looked up).
  const key = values.messageKey;
  if (typeof key === 'string' && key.startsWith('runner.') && hasMessage(locale, key)) values.message = t(locale, key, values);
  return t(locale, `events.reason.${reason.code}`, values);
}

/** One line for one event, e.g. "20:03:04 (Asia/Shanghai) File 2 started: https://cdn.example.com/b.mp4". */
export function eventLine(stored: StoredEvent, reader: EventReader): string {
  // Optional details (a provider message) end some lines; without them no dangling space is left.
  return untrimmedLine(stored, reader).trim();
}

function untrimmedLine(stored: StoredEvent, reader: EventReader): string {
  // A person's change through the bot: who did what ("Paused by alice").
  if (stored.event.event === 'TaskChanged') return changeLine(stored.event, reader);
  // News the bot gave up delivering during an outage: how many, and since when (undelivered.ts).
  if (stored.event.event === 'UpdatesUndelivered') return undeliveredLine(stored.event, reader);
  const { event, detail } = stored.event;
  const time = clockTime(stored.event.occurredAt, reader);
  const { locale } = reader;
  switch (event) {
    case 'VodSourceFileStart':
    case 'VodSourceFileFinish':
      return t(locale, `events.line.${event}`, {
        time,
        number: (detail.index ?? 0) + 1,
        url: redactText(detail.url ?? ''),
      });
    case 'TaskExit': {
      const reason = detail.reason?.code;
      // The runner's planned and deliberate exits say what happened in a sentence of their own.
      if (reason && !stored.alarm && EXIT_LINE_REASONS.includes(reason)) return t(locale, `events.line.TaskExit.${reason}`, { time });
      // An exit that leaves a task running or scheduled was overtaken by later events (transitions.ts): it arrived
      // late, and saying "paused or stopped" of it would be wrong.
      const overtaken = stored.stateAfter === 'running' || stored.stateAfter === 'scheduled';
      // Ended while still interrupted (no TaskStart since): "ended at its end time" alone read as a relay that ran
      // to its end, and the interruption's "the provider is retrying" was the last word on whether it came back.
      const ended = stored.stateBefore === 'interrupted' ? 'endedOffAir' : 'ended';
      const how =
        stored.alarm || stored.stateAfter === 'interrupted' ? 'interrupted' : stored.stateAfter === 'ended' ? ended : overtaken ? 'late' : 'settled';
      return t(locale, `events.line.TaskExit.${how}`, {
        time,
        code: String(detail.code ?? '-'),
        message: reasonText(detail, locale),
      });
    }
    case 'TaskAlarm':
      return t(locale, 'events.line.TaskAlarm', {
        time,
        // Named by its type even when it raised no alarm (a retry of an interruption already announced).
        alarm: alarmName(detail.type, locale),
        message: reasonText(detail, locale),
      });
    default:
      return t(locale, `events.line.${event}`, { time });
  }
}

function undeliveredLine(notice: UpdatesUndeliveredEvent, reader: EventReader): string {
  return t(reader.locale, 'events.line.UpdatesUndelivered', {
    time: clockTime(notice.occurredAt, reader),
    count: notice.count,
    since: dateTime(notice.since, reader),
  });
}

/** A thread reply (or a subscribed channel's post) listing a burst of one task's events. */
export function eventsDocument(task: TaskRecord, events: readonly StoredEvent[], reader: EventReader): ReplyDocument {
  const alarmed = events.some((event) => event.alarm);
  return makeDocument({
    kind: 'events',
    title: t(reader.locale, 'events.title.events', { id: task.id, count: events.length }),
    lines: events.map((event) => eventLine(event, reader)),
    actions: taskActions(task, reader.locale),
    severity: alarmed ? 'warning' : 'info',
  });
}

/**
 * An alarm in the channel itself: mentions the task's creator (when the channel is on the creator's
 * platform), lists the alarms, and for each kind says what it means and what to try.
 */
export function alarmDocument(
  task: TaskRecord,
  events: readonly StoredEvent[],
  reader: EventReader,
  platform: string,
): ReplyDocument {
  const kinds = [...new Set(events.map(alarmKindOf).filter((kind): kind is string => kind !== null))];
  const fields: ReplyField[] = kinds.flatMap((kind) => [
    { label: t(reader.locale, 'events.field.meaning', { alarm: t(reader.locale, `events.alarm.${kind}.name`) }), value: t(reader.locale, `events.alarm.${kind}.meaning`) },
    { label: t(reader.locale, 'events.field.advice'), value: t(reader.locale, `events.alarm.${kind}.advice`) },
  ]);
  const severe = kinds.some((kind) => kind === 'PullFileFailed' || kind === 'PushStreamFailed' || kind === 'EarlyExit');
  return makeDocument({
    kind: 'alarm',
    title: t(reader.locale, 'events.title.alarm', { id: task.id }),
    lines: events.map((event) => eventLine(event, reader)),
    fields,
    actions: taskActions(task, reader.locale),
    severity: severe ? 'error' : 'warning',
    ...(platform === task.createdBy.platform ? { mentionUserId: task.createdBy.userId } : {}),
  });
}

/** The status message as edited in place: the task's current state, with the latest event beneath. */
export function statusUpdateDocument(task: TaskRecord, latest: StoredEvent | undefined, reader: EventReader): ReplyDocument {
  const lines = latest ? [t(reader.locale, 'events.status.latest', { event: eventLine(latest, reader) })] : [];
  return statusDocument(task, reader, { lines });
}
