// parseRelayCommand: what follows `/relay`, in English or Chinese, to a validated CreateLivePullStreamTask
// request. The pipeline: scan (URLs and quotes become placeholders) → option stages (extractors.ts, in
// order) → the leftover words go to the schedule layer → the request is built and validated. Every
// problem found on the way is returned together; nothing is guessed and nothing is silently dropped.
import type { BackendKind } from '../backend.js';
import { err, ok, type RelayError, type Result } from '../errors.js';
import { toApiTime, type RelayRequest } from '../relay-request.js';
import { validateRelayRequest } from '../validation/index.js';
import { destinationFields, inferSourceType, optionFields } from './build.js';
import type { CommandContext } from './context.js';
import { EXTRACTORS } from './extractors.js';
import { readCommand, readSchedule } from './read.js';
import { scheduleInComment } from './comment-words.js';
import { endOneWordComment } from './comment-tail.js';
import { COMMENT_END, scheduleText } from './scan.js';
import { takeTimeIntoLabelledComment } from './labelled-comment.js';
import { commandSecrets, maskCommandSecrets } from './secret-guard.js';
import { unclearSourceKind } from './unclear-kind.js';
import { explainPathWithQuery } from './path-query.js';
import { destinationUrlGluedToTime, explainPathGluedToTime } from './glued-path-time.js';

export type { CommandContext } from './context.js';
export { parseRelayChanges } from './changes.js';

export interface ParsedCommand {
  request: RelayRequest;
  backend?: BackendKind;
  startsNow: boolean;
  /** How something ambiguous was read (a date such as "5/12"): shown in the preview, not refused. */
  notes: RelayError[];
}

export function parseRelayCommand(text: string, ctx: CommandContext): Result<ParsedCommand, RelayError[]> {
  const read = readCommand(text, EXTRACTORS);
  if (!read.ok) return read;
  const { draft, sources, scanned } = read.value;
  const marked = takeTimeIntoLabelledComment(read.value.marked, draft, ctx, (without) => readSchedule(scheduleText(without), ctx, []) !== undefined);
  const unquotedComment = marked.includes(COMMENT_END);
  const rest = unquotedComment ? endOneWordComment(marked, draft, scanned, ctx) : scheduleText(marked);
  const errors: RelayError[] = [...draft.errors];
  const swallowed = scheduleInComment(unquotedComment, draft.comment, rest);
  if (swallowed) errors.push(swallowed);

  if (sources.length === 0) errors.push({ code: 'InvalidParameter.InvalidSourceUrl', field: 'SourceUrls', key: 'parse.noSource' });
  const unclearKind = unclearSourceKind(sources, draft);
  if (unclearKind && 'question' in unclearKind) errors.push(unclearKind.question);
  // A destination refused as typed ("to push.example.com/live/x" without its scheme) is not also missing.
  const destinationRefused = draft.errors.some((error) => error.field === 'ToUrl');
  const destination = destinationRefused ? undefined : destinationFields(draft, ctx, errors);
  const urlGluedToTime = destinationUrlGluedToTime(text, draft.destinations.flatMap((d) => (d.kind === 'url' ? [d.url] : [])));
  if (urlGluedToTime) errors.push(urlGluedToTime);
  const schedule = readSchedule(rest, ctx, errors);

  const request: RelayRequest = {
    SourceType: inferSourceType(sources, draft.kind ?? (unclearKind && 'kind' in unclearKind ? unclearKind.kind : undefined)),
    SourceUrls: sources,
    DomainName: destination?.DomainName ?? '',
    AppName: destination?.AppName ?? '',
    StreamName: destination?.StreamName ?? '',
    StartTime: schedule ? toApiTime(schedule.start) : '',
    EndTime: schedule ? toApiTime(schedule.end) : '',
    Operator: ctx.operator,
    ...(destination?.ToUrl !== undefined ? { ToUrl: destination.ToUrl } : {}),
    ...optionFields(draft),
  };
  errors.push(
    ...validateRelayRequest(request, ctx, {
      skip: { sources: sources.length === 0, destination: destination === undefined, times: schedule === undefined },
    }),
  );
  const secrets = commandSecrets(read.value.scanned.urls, draft.destinations.flatMap((d) => (d.kind === 'url' ? [d.url] : [])), draft.streamKey, text);
  if (errors.length > 0 || !schedule) return err(maskCommandSecrets(explainPathGluedToTime(text, explainPathWithQuery(text, errors)), secrets));
  const notes = maskCommandSecrets(schedule.notes, secrets);
  return ok({ request, ...(draft.backend ? { backend: draft.backend } : {}), startsNow: schedule.startsNow, notes });
}

