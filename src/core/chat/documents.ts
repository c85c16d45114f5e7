// ReplyDocuments for the chat verbs, already in the reader's language. Every builder fills `text` (the
// plain-text fallback) from the same title, lines and fields, so no platform ever shows something else.
import type { ProviderTaskStatus } from '../backend.js';
import { describeErrorFor } from '../error-text.js';
import { isUnconfirmedCreate } from '../task-service/unconfirmed.js';
import { t, type Locale } from '../i18n.js';
import type { RelayError } from '../errors.js';
import type { ReplyAction, ReplyDocument, ReplyField } from '../reply.js';
import { ACTIVE_STATES, type TaskRecord, type TaskState } from '../task.js';
import { formatInstant, loopsText, maskedDestination, sourceSummary } from './format.js';

export interface Reader {
  locale: Locale;
  timeZone: string;
}

type DocumentParts = Omit<ReplyDocument, 'text' | 'fields' | 'actions' | 'lines'> &
  Partial<Pick<ReplyDocument, 'fields' | 'actions' | 'lines'>>;

/** Completes a document with its plain-text fallback. */
export function makeDocument(parts: DocumentParts): ReplyDocument {
  const lines = parts.lines ?? [];
  const fields = parts.fields ?? [];
  const text = [parts.title, ...lines, ...fields.map((field) => `${field.label}: ${field.value}`)].join('\n');
  return { ...parts, lines, fields, actions: parts.actions ?? [], text };
}

/** A short message to the user (ephemeral). */
export function infoDocument(title: string, lines: string[] = [], severity: ReplyDocument['severity'] = 'info'): ReplyDocument {
  return makeDocument({ kind: 'info', title, lines, severity });
}

/** Why a command could not be read: each problem says what to change (no codes: nothing reached a provider). */
export function parseErrorDocument(reader: Reader, errors: RelayError[]): ReplyDocument {
  const lines = [...errors.map((error) => describeErrorFor(reader, error)), t(reader.locale, 'chat.parseError.hint')];
  return makeDocument({ kind: 'error', title: t(reader.locale, 'chat.parseError.title'), lines, severity: 'error' });
}

/** A failed action: what to do about it, with the provider's code and RequestId kept for support. */
export function errorDocument(reader: Reader, errors: RelayError[]): ReplyDocument {
  const lines = errors.map((error) => {
    const message = describeErrorFor(reader, error);
    // Provider messages already carry their code and RequestId; others get the code appended.
    if (message.includes(error.code)) return message;
    const requestId = error.params?.requestId ?? error.params?.RequestId;
    const reference = requestId
      ? t(reader.locale, 'chat.error.codeAndRequest', { code: error.code, requestId })
      : t(reader.locale, 'chat.error.code', { code: error.code });
    return `${message} (${reference})`;
  });
  return makeDocument({ kind: 'error', title: t(reader.locale, 'chat.error.title'), lines, severity: 'error' });
}

/** A task's state in words; a create the provider never confirmed is not called "scheduled" (it may not exist there). */
export function stateName(locale: Locale, task: Pick<TaskRecord, 'state' | 'providerTaskId'>): string {
  return isUnconfirmedCreate(task) ? t(locale, 'task.view.unconfirmed') : t(locale, `chat.state.${task.state}`);
}

function taskFields(task: TaskRecord, reader: Reader, detailed: boolean): ReplyField[] {
  const { locale, timeZone } = reader;
  const request = task.request;
  const field = (key: string, value: string): ReplyField => ({ label: t(locale, `chat.field.${key}`), value });
  const fields = [
    field('state', stateName(locale, task)),
    field('start', formatInstant(request.StartTime, locale, timeZone)),
    field('end', formatInstant(request.EndTime, locale, timeZone)),
    field('sources', sourceSummary(request, locale)),
    field('destination', maskedDestination(request)),
  ];
  const loops = loopsText(request, locale);
  if (loops) fields.push(field('loops', loops));
  if (request.BackupSourceUrl) fields.push(field('backup', sourceSummary({ ...request, SourceUrls: [request.BackupSourceUrl] }, locale)));
  if (detailed) {
    fields.push(field('backend', t(locale, `chat.backend.${task.backend}`)));
    fields.push(field('createdBy', task.createdBy.displayName ?? task.createdBy.userId));
    if (request.Comment) fields.push({ ...field('comment', request.Comment), asWritten: true });
    if (task.providerTaskId) fields.push(field('providerTaskId', task.providerTaskId));
  }
  return fields;
}

/**
 * Stop while the task can still run, Restart while it is not paused (a paused task is resumed, not restarted:
 * the task service refuses that), Show always. The value is our task id.
 */
export function taskActions(task: TaskRecord, locale: Locale): ReplyAction[] {
  const actions: ReplyAction[] = [];
  if (ACTIVE_STATES.includes(task.state)) {
    actions.push({ id: 'stop', label: t(locale, 'chat.action.stop'), value: task.id, style: 'danger' });
    if (task.state !== 'paused') actions.push({ id: 'restart', label: t(locale, 'chat.action.restart'), value: task.id });
  }
  actions.push({ id: 'show', label: t(locale, 'chat.action.show'), value: task.id });
  return actions;
}

/** How a status message looks at a glance: green while it runs as planned, amber when it needs an eye. */
const STATE_SEVERITY: Record<TaskState, ReplyDocument['severity']> = {
  scheduled: 'success',
  running: 'success',
  paused: 'info',
  interrupted: 'warning',
  ended: 'info',
  stopped: 'info',
  failed: 'warning',
};

/** The task's status message: what it is, when it runs (reader's zone and UTC), where it goes (masked). */
export function statusDocument(task: TaskRecord, reader: Reader, options: { detailed?: boolean; lines?: string[] } = {}): ReplyDocument {
  const fields = taskFields(task, reader, options.detailed ?? false);
  const startLabel = t(reader.locale, 'chat.field.start');
  const endLabel = t(reader.locale, 'chat.field.end');
  return makeDocument({
    kind: 'status',
    title: t(reader.locale, 'chat.status.title', { id: task.id, state: stateName(reader.locale, task) }),
    lines: options.lines ?? [],
    fields,
    actions: taskActions(task, reader.locale),
    severity: STATE_SEVERITY[task.state],
    instants: { [startLabel]: Date.parse(task.request.StartTime), [endLabel]: Date.parse(task.request.EndTime) },
    taskId: task.id,
  });
}

/** `status <id>`: the status message plus what the provider says is running right now. */
export function liveStatusDocument(task: TaskRecord, live: ProviderTaskStatus | null, reader: Reader): ReplyDocument {
  const { locale } = reader;
  const doc = statusDocument(task, reader);
  const extra: ReplyField[] = [
    { label: t(locale, 'chat.field.runStatus'), value: t(locale, live?.RunStatus === 'active' ? 'chat.run.active' : 'chat.run.inactive') },
  ];
  if (live?.FileUrl) extra.push({ label: t(locale, 'chat.field.currentFile'), value: sourceSummary({ ...task.request, SourceUrls: [live.FileUrl] }, locale) });
  if (live?.LoopedTimes !== undefined) extra.push({ label: t(locale, 'chat.field.loopedTimes'), value: String(live.LoopedTimes) });
  return makeDocument({ ...doc, fields: [...doc.fields, ...extra] });
}

/** A list line names a relay by the start of its comment: enough to recognise it, short enough for twenty lines. */
const LIST_COMMENT_CHARS = 40;

/** `list`: one line per active or upcoming task, soonest first. */
export function listDocument(tasks: TaskRecord[], reader: Reader, limit = 20): ReplyDocument {
  const { locale, timeZone } = reader;
  if (tasks.length === 0) {
    return makeDocument({ kind: 'list', title: t(locale, 'chat.list.title', { count: 0 }), lines: [t(locale, 'chat.list.empty')], severity: 'info' });
  }
  const sorted = [...tasks].sort((a, b) => a.request.StartTime.localeCompare(b.request.StartTime));
  const fields = sorted.slice(0, limit).map((task) => {
    const params = {
      state: stateName(locale, task),
      start: formatInstant(task.request.StartTime, locale, timeZone),
      end: formatInstant(task.request.EndTime, locale, timeZone),
      destination: maskedDestination(task.request),
    };
    // Masked destinations look alike (live/ev****): the relay's own name, when it has one, tells them apart.
    const comment = task.request.Comment?.trim();
    const value = comment
      ? t(locale, 'chat.list.itemNamed', { ...params, comment: Array.from(comment).slice(0, LIST_COMMENT_CHARS).join('') })
      : t(locale, 'chat.list.item', params);
    return { label: task.id, value };
  });
  const lines = sorted.length > limit ? [t(locale, 'chat.list.more', { count: sorted.length - limit })] : [];
  return makeDocument({ kind: 'list', title: t(locale, 'chat.list.title', { count: sorted.length }), lines, fields, severity: 'info' });
}

const HELP_ENTRIES = ['new', 'list', 'status', 'show', 'stop', 'pause', 'resume', 'restart', 'edit', 'tz', 'subscribe', 'unsubscribe', 'help'];

/** `help`: every verb with an example, in the reader's language. */
export function helpDocument(locale: Locale): ReplyDocument {
  return makeDocument({
    kind: 'help',
    title: t(locale, 'chat.help.title'),
    lines: [t(locale, 'chat.help.intro')],
    fields: HELP_ENTRIES.map((entry) => ({ label: t(locale, `chat.help.${entry}.usage`), value: t(locale, `chat.help.${entry}.meaning`) })),
    severity: 'info',
  });
}
