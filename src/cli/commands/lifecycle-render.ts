// How a task looks in the CLI. JSON carries the full request (scripts need it) but never the callback token
// or the CallbackUrl that contains it; text masks stream keys and secret query values.
import type { ProviderTaskStatus } from '../../core/backend.js';
import { loopsText } from '../../core/chat/format.js';
import { t, type Locale } from '../../core/i18n.js';
import { maskUrl } from '../../core/redact.js';
import type { TaskRecord } from '../../core/task.js';
import { isUnconfirmedCreate } from '../../core/task-service/unconfirmed.js';

export type TaskJson = Omit<TaskRecord, 'callbackToken' | 'requestFingerprint'>;

export function taskJson(task: TaskRecord): TaskJson {
  // The fingerprint is the service's bookkeeping for idempotency keys, nothing a script should rely on.
  const { callbackToken: _token, requestFingerprint: _fingerprint, ...rest } = task;
  const { CallbackUrl: _callbackUrl, ...request } = task.request;
  return { ...rest, request: maskedRequest(request) };
}

/**
 * The request with its secrets masked as the text shows them: a script's output ends up in CI logs and pasted
 * into tickets, and a stream key there is as public as in a channel. Only `parse --json` prints the request as
 * it would be sent (it is what a script builds from).
 */
function maskedRequest<R extends TaskRecord['request']>(request: R): R {
  const masked: R = { ...request, SourceUrls: request.SourceUrls.map((url) => maskUrl(url)) };
  if (request.ToUrl) masked.ToUrl = maskUrl(request.ToUrl);
  if (request.BackupSourceUrl) masked.BackupSourceUrl = maskUrl(request.BackupSourceUrl);
  if (request.PushArgs) masked.PushArgs = request.PushArgs.replace(/=[^&]*/g, '=****');
  if (request.WatermarkList) masked.WatermarkList = request.WatermarkList.map((mark) => ({ ...mark, PictureUrl: maskUrl(mark.PictureUrl) }));
  return masked;
}

function destination(task: TaskRecord): string {
  const { ToUrl, DomainName, AppName, StreamName } = task.request;
  if (ToUrl) return maskUrl(ToUrl);
  return maskUrl(`rtmp://${DomainName}/${AppName}/${encodeURIComponent(StreamName)}`, { maskLastSegment: true });
}

/** Seconds only when the instant has some ("now for 90s"): a window shown as 9:00 → 9:01 would hide half of it. */
function when(iso: string, locale: Locale, timeZone: string): string {
  const instant = new Date(iso);
  const timeStyle = instant.getUTCSeconds() === 0 ? 'short' : 'medium';
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle }).format(instant);
}

export function stateLabel(task: TaskRecord, locale: Locale): string {
  // Recorded but never confirmed by the provider (its create's answer was lost): not "scheduled", which would
  // promise a relay that may not exist. A retry of the create, or any verb but stop, finishes it.
  if (isUnconfirmedCreate(task)) return t(locale, 'task.view.unconfirmed');
  return t(locale, `task.state.${task.state}`);
}

/** The task as a few readable lines, times in `timeZone` (--tz), else the task's own zone, named on the line. */
export function taskText(task: TaskRecord, locale: Locale, timeZone: string = task.timeZone): string[] {
  const r = task.request;
  const lines = [
    t(locale, 'task.view.title', { id: task.id, state: stateLabel(task, locale) }),
    t(locale, 'task.view.runner', {
      backend: task.backend,
      providerTaskId: task.providerTaskId ?? t(locale, 'task.view.noProviderId'),
    }),
    t(locale, 'task.view.sources', { sources: r.SourceUrls.map((url) => maskUrl(url)).join(', ') }),
    t(locale, 'task.view.destination', { destination: destination(task) }),
    t(locale, 'task.view.window', {
      start: when(r.StartTime, locale, timeZone),
      end: when(r.EndTime, locale, timeZone),
      timeZone,
    }),
  ];
  // In words, as chat says it ("once more", "forever"): a bare "Loops: 1" reads as "played once".
  const loops = loopsText(r, locale);
  if (loops !== undefined) lines.push(t(locale, 'task.view.loops', { loops }));
  lines.push(
    t(locale, 'task.view.createdBy', {
      name: task.createdBy.displayName ?? task.createdBy.userId,
      platform: task.createdBy.platform,
      createdAt: when(task.createdAt, locale, timeZone),
    }),
  );
  return lines;
}

/**
 * One task per line. Tasks keep the zone they were created in, so a list mixes zones: each line names the zone
 * its times are in, or every line uses `timeZone` (--tz) when given.
 */
export function listLine(task: TaskRecord, locale: Locale, timeZone: string = task.timeZone): string {
  return t(locale, 'task.view.listLine', {
    id: task.id,
    state: stateLabel(task, locale),
    start: when(task.request.StartTime, locale, timeZone),
    end: when(task.request.EndTime, locale, timeZone),
    timeZone,
    destination: destination(task),
  });
}

export function statusText(status: ProviderTaskStatus | null, locale: Locale): string[] {
  if (!status) return [t(locale, 'task.status.unknown')];
  const lines = [t(locale, status.RunStatus === 'active' ? 'task.status.active' : 'task.status.inactive')];
  if (status.FileUrl) {
    lines.push(
      t(locale, 'task.status.file', {
        file: maskUrl(status.FileUrl),
        offset: status.OffsetTime ?? 0,
        duration: status.FileDuration ?? 0,
        looped: status.LoopedTimes ?? 0,
      }),
    );
  }
  return lines;
}
