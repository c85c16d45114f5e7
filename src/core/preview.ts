// The readable summary of a relay request, shown before anything is created: sources, destination (stream
// keys masked), start and end in the user's zone and in UTC, duration and the options that were set.
// One ReplyDocument for every front end; renderPlainText is the terminal's and the CLI's rendering.
import type { BackendKind } from './backend.js';
import type { RelayError } from './errors.js';
import { describeError, t, type Locale } from './i18n.js';
import { maskUrl } from './redact.js';
import type { RelayRequest } from './relay-request.js';
import type { ReplyAction, ReplyDocument, ReplyField } from './reply.js';
import { readerTime } from './wall-clock.js';

export interface PreviewOptions {
  locale: Locale;
  timeZone: string;
  backend?: BackendKind;
  /** When given, the document carries Confirm/Cancel actions with this value. */
  pendingId?: string;
  /** Marks the start as "now" (the schedule said so). */
  startsNow?: boolean;
  /** How something ambiguous in the command was read (ParsedCommand.notes), said above the fields. */
  notes?: readonly RelayError[];
}


/**
 * The window's length as written, to the second: rounded to minutes, "for 25s" read as "0 min" and "for 90s" as
 * "2 min", which is not what was asked. Seconds are named only when there are some.
 */
function formatDuration(ms: number, locale: Locale): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return t(locale, seconds > 0 ? 'preview.hoursMinutesSeconds' : 'preview.hoursMinutes', { hours, minutes, seconds });
  if (minutes > 0) return t(locale, seconds > 0 ? 'preview.minutesSeconds' : 'preview.minutes', { minutes, seconds });
  return t(locale, 'preview.seconds', { seconds });
}

/** Where the stream goes, as a URL with its stream key masked. */
export function describeDestination(request: RelayRequest): string {
  if (request.ToUrl) return maskUrl(request.ToUrl);
  return maskUrl(`rtmp://${request.DomainName}/${request.AppName}/${request.StreamName}`);
}

function loopText(value: string, locale: Locale): string {
  if (value === '-1') return t(locale, 'preview.loopForever');
  if (value === '0') return t(locale, 'preview.loopNone');
  return t(locale, value === '1' ? 'preview.loopOneMore' : 'preview.loopTimes', { count: value });
}

function timeFields(request: RelayRequest, opts: PreviewOptions): { fields: ReplyField[]; instants: Record<string, number> } {
  const { locale, timeZone } = opts;
  const start = new Date(request.StartTime);
  const end = new Date(request.EndTime);
  const both = (instant: Date): string => readerTime(instant, locale, timeZone);
  const startLabel = t(locale, 'preview.start');
  const endLabel = t(locale, 'preview.end');
  const startText = opts.startsNow ? t(locale, 'preview.startNow', { time: both(start) }) : both(start);
  return {
    fields: [
      { label: startLabel, value: startText },
      { label: endLabel, value: both(end) },
      { label: t(locale, 'preview.duration'), value: formatDuration(end.getTime() - start.getTime(), locale) },
    ],
    instants: { [startLabel]: start.getTime(), [endLabel]: end.getTime() },
  };
}

function optionFields(request: RelayRequest, opts: PreviewOptions): ReplyField[] {
  const { locale } = opts;
  const field = (key: string, value: string): ReplyField => ({ label: t(locale, `preview.${key}`), value });
  const fields: ReplyField[] = [];
  if (request.SourceType === 'PullVodPushLive') fields.push(field('loops', loopText(request.VodLoopTimes ?? '-1', locale)));
  if (request.FileIndex !== undefined) {
    const params = { index: request.FileIndex, offset: request.OffsetTime ?? 0 };
    fields.push(field('fileStart', t(locale, request.OffsetTime ? 'preview.fileStartOffset' : 'preview.fileStartAt', params)));
  }
  if (request.VodRefreshType) {
    const key = request.VodRefreshType === 'ImmediateNewSource' ? 'refreshImmediate' : 'refreshBreakpoint';
    fields.push(field('refresh', t(locale, `preview.${key}`)));
  }
  if (request.BackupSourceUrl) fields.push(field('backup', maskUrl(request.BackupSourceUrl)));
  if (request.Comment) fields.push({ ...field('comment', request.Comment), asWritten: true });
  if (request.CallbackEvents) fields.push(field('events', request.CallbackEvents.join(', ')));
  if (request.PushArgs) fields.push(field('pushArgs', maskUrl(`rtmp://x/a/s?${request.PushArgs}`, { maskLastSegment: false }).split('?')[1] ?? ''));
  if (request.ExtraCmd) fields.push(field('extraCmd', request.ExtraCmd));
  if (request.WatermarkList?.length) {
    fields.push(field('watermarks', request.WatermarkList.map((w) => `${maskUrl(w.PictureUrl)} @${w.XPosition},${w.YPosition}`).join('; ')));
  }
  if (request.Region) fields.push(field('region', request.Region));
  const backendKey = opts.backend === 'local' ? 'backendLocal' : opts.backend === 'tencent' ? 'backendTencent' : 'backendDefault';
  fields.push(field('backend', t(locale, `preview.${backendKey}`)));
  return fields;
}

export function buildPreview(request: RelayRequest, opts: PreviewOptions): ReplyDocument {
  const { locale } = opts;
  const live = request.SourceType === 'PullLivePushLive';
  const sourcesLabel =
    request.SourceUrls.length > 1 ? t(locale, 'preview.sourcesMany', { count: request.SourceUrls.length }) : t(locale, 'preview.sources');
  const times = timeFields(request, opts);
  const fields: ReplyField[] = [
    { label: sourcesLabel, value: request.SourceUrls.map((url) => maskUrl(url)).join('\n') },
    { label: t(locale, 'preview.kind'), value: t(locale, live ? 'preview.kindLive' : 'preview.kindVod') },
    { label: t(locale, 'preview.destination'), value: describeDestination(request) },
    ...times.fields,
    ...optionFields(request, opts),
  ];
  const notes = opts.notes ?? [];
  const actions: ReplyAction[] = opts.pendingId
    ? [
        { id: 'confirm', label: t(locale, 'preview.confirm'), value: opts.pendingId, style: 'primary' },
        { id: 'cancel', label: t(locale, 'preview.cancel'), value: opts.pendingId, style: 'danger' },
      ]
    : [];
  const doc: ReplyDocument = {
    kind: 'preview',
    title: t(locale, 'preview.title'),
    lines: [...notes.map((note) => describeError(locale, note)), ...(opts.pendingId ? [t(locale, 'preview.hint')] : [])],
    fields,
    actions,
    severity: notes.length > 0 ? 'warning' : 'info',
    instants: times.instants,
    text: '',
  };
  doc.text = renderPlainText(doc);
  return doc;
}

/** A document as plain text: title, paragraphs, aligned "label: value" lines, then the actions. */
export function renderPlainText(doc: ReplyDocument): string {
  const width = Math.max(0, ...doc.fields.map((f) => f.label.length));
  const indent = ' '.repeat(width + 2);
  const out = [doc.title, ...doc.lines];
  if (doc.fields.length > 0) out.push('');
  for (const field of doc.fields) {
    const [first = '', ...more] = field.value.split('\n');
    out.push(`${field.label.padEnd(width)}  ${first}`, ...more.map((line) => `${indent}${line}`));
  }
  if (doc.actions.length > 0) out.push('', doc.actions.map((a) => `[${a.label}]`).join(' '));
  return out.join('\n');
}
