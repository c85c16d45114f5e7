// parseRelayChanges: `/relay edit <id> <changes>` — new sources, a new end ("until 11pm", "end 23:00",
// "extend by 1h", "延长1小时"), a new start, loops, comment, refresh type, events, backup, watermarks,
// destination URL, pause/resume — relative to the task as it is. The result is checked by applying it to
// the current request and validating the whole, so an edit can never produce a task the API would refuse.
import { err, ok, type RelayError, type Result } from '../errors.js';
import type { RelayChanges, RelayRequest } from '../relay-request.js';
import { validateRelayRequest } from '../validation/index.js';
import { optionFields } from './build.js';
import type { CommandContext } from './context.js';
import { EDIT_EXTRACTORS } from './extractors.js';
import { readCommand } from './read.js';
import { readTimeEdit } from './time-edit.js';
import { readTimeEditInParts } from './compound-time-edit.js';
import type { CommandDraft } from './draft.js';
import { statusSaidAlone } from './status-phrases.js';
import { takeTimeIntoLabelledComment } from './labelled-comment.js';
import { COMMENT_END, scheduleText } from './scan.js';
import { endOneWordCommentMarked, TIME_START, type ReadTime } from './comment-tail.js';
import { isOnlyChangeVerb, withoutChangeVerbs } from './edit-verbs.js';
import { commandSecrets, maskCommandSecrets, relaySecretUrls } from './secret-guard.js';
import { sourceKindChange } from './source-kind-edit.js';
import { loopsAfterMore } from './relative-loops.js';
import { maskSecretWords, maskStreamPath } from '../redact.js';
import { editedPlaylist } from './playlist-edits.js';
import { withSharedVerbsSpelledOut } from './shared-verb.js';
import { unchangedEdit } from './unchanged-edit.js';
import { withRunningStartPassed } from './running-start-passed.js';

export function parseRelayChanges(text: string, ctx: CommandContext, current: RelayRequest): Result<RelayChanges, RelayError[]> {
  const status = statusSaidAlone(text);
  if (status) return checked({ Status: status }, ctx, current);
  const read = readCommand(text, EDIT_EXTRACTORS, (scannedText, scanned) => withoutChangeVerbs(withSharedVerbsSpelledOut(scannedText), scanned));
  if (!read.ok) return read;
  const { draft, sources } = read.value;
  // "comment: at 9pm": the comment, not a new start (labelled-comment.ts).
  const labelled = takeTimeIntoLabelledComment(read.value.marked, draft, ctx, (without) => {
    const problems: RelayError[] = [];
    readTimeEdit(scheduleText(without), ctx, current, problems);
    return problems.length === 0;
  });
  // "备注重播循环两次": a one-word comment gives back the options and time changes it swallowed (comment-tail.ts).
  const marked = labelled.includes(COMMENT_END) ? endOneWordCommentMarked(labelled, draft, read.value.scanned, editTimeReading(ctx, current)) : labelled;
  // "改成循环5次": once the loop took its words, the verb alone is left, and says nothing more.
  const rest = isOnlyChangeVerb(scheduleText(marked)) ? '' : scheduleText(marked);
  const errors: RelayError[] = [...draft.errors, ...fixedFieldErrors(draft, current, ctx.defaultDomain)];
  const otherKind = draft.kind === undefined ? sourceKindChange([...sources, ...(draft.playlist === undefined || draft.playlist.option === 'remove' ? [] : draft.playlist.urls)], current) : undefined;
  if (otherKind) errors.push(otherKind);

  const changes: RelayChanges = {};
  if (sources.length > 0) changes.SourceUrls = sources;
  if (draft.playlist !== undefined) {
    const edited = editedPlaylist(current, draft.playlist);
    if (sources.length > 0) errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'source' } });
    else if ('error' in edited) errors.push(edited.error);
    else changes.SourceUrls = edited.urls;
  }
  const destination = draft.destinations[0];
  if (destination?.kind === 'url') changes.ToUrl = destination.url;
  Object.assign(changes, editableOptions(draft));
  if (draft.loopMore !== undefined) {
    const after = loopsAfterMore(current, draft.loopMore);
    if (draft.loop !== undefined) errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.duplicateOption', params: { option: 'loop' } });
    else if ('error' in after) errors.push(after.error);
    else changes.VodLoopTimes = after.loops;
  }
  if (draft.status) changes.Status = draft.status;
  // "add an extra 30 minutes": more time, read as a whole command reads "for an extra 30 minutes".
  if (rest !== '') {
    const timeErrors: RelayError[] = [];
    Object.assign(changes, readTimeEditInParts(marked, ctx, current, timeErrors) ?? readTimeEdit(rest, ctx, current, timeErrors));
    errors.push(...timeErrors.map((error) => (error.key === 'schedule.noTime' ? notUnderstood(rest) : error)));
  }

  if (errors.length === 0 && Object.keys(changes).length === 0) {
    errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.changes.empty' });
  }
  const unchanged = errors.length === 0 ? unchangedEdit(changes, current) : null;
  if (unchanged) errors.push(unchanged);
  const relay = relaySecretUrls(current);
  const typedDestinations = draft.destinations.flatMap((d) => (d.kind === 'url' ? [d.url] : []));
  const secrets = commandSecrets([...read.value.scanned.urls, ...relay.urls], [...typedDestinations, ...relay.destinations], draft.streamKey, text);
  if (errors.length > 0) return err(maskCommandSecrets(errors, secrets));
  const result = checked(changes, ctx, current);
  return result.ok ? result : err(maskCommandSecrets(result.error, secrets));
}

/**
 * Words that are no change at all ("make it better", 随便改改, "remove the backup"): as a whole new schedule's "no time"
 * they asked for a start and a length ("tomorrow 8pm for 2h"), which in an edit moves the relay. They are quoted back
 * with the changes an edit takes.
 */
/**
 * An edit's time words read as the window they give the relay: besides a schedule's words, a change begins with its
 * verb (延长半小时, 推迟一小时, 提前, 改到, 缩短, 播到, 再播, 顺延, 结束, 开始).
 */
function editTimeReading(ctx: CommandContext, current: RelayRequest): ReadTime {
  return {
    read(words) {
      const errors: RelayError[] = [];
      const edit = words === '' ? {} : readTimeEdit(words, ctx, current, errors);
      if (errors.length > 0 || Object.keys(edit).length === 0) return { errors };
      return { window: { start: Date.parse(edit.StartTime ?? current.StartTime), end: Date.parse(edit.EndTime ?? current.EndTime) }, errors };
    },
    mayStart: new RegExp(`${TIME_START.source}|^[\\s\\uE002]*[延推提改缩播再顺结开挪往多早晚]`, 'u'),
    tailAlone: true,
  };
}

function notUnderstood(words: string): RelayError {
  return { code: 'InvalidParameter', field: 'command', key: 'parse.changes.notUnderstood', params: { words: maskSecretWords(words).slice(0, 120) } };
}

/** The changes, once the task they make is one the API would accept. */
function checked(changes: RelayChanges, ctx: CommandContext, current: RelayRequest): Result<RelayChanges, RelayError[]> {
  const { Status: _status, ...fields } = changes;
  const merged: RelayRequest = { ...current, ...fields };
  // A new full destination URL replaces the domain/app/stream form, which the API then wants empty.
  if (fields.ToUrl !== undefined) Object.assign(merged, { DomainName: '', AppName: '', StreamName: '' });
  const problems = withRunningStartPassed(validateRelayRequest(merged, ctx, { startMayBePast: changes.StartTime === undefined }), current, changes.StartTime, ctx.now, ctx.timeZone);
  return problems.length > 0 ? err(problems) : ok(changes);
}

/** Parts of a task the modify action cannot change: saying them in an edit is an error, not ignored. */
function fixedFieldErrors(draft: CommandDraft, current: RelayRequest, defaultDomain?: string): RelayError[] {
  const errors: RelayError[] = [];
  const fixed = (option: string): RelayError => ({ code: 'InvalidParameter', field: 'command', key: 'parse.changes.notEditable', params: { option } });
  if (draft.kind && draft.kind !== current.SourceType) errors.push(fixed('live/vod'));
  if (draft.backend) errors.push(fixed('on'));
  if (draft.region) errors.push(fixed('region'));
  if (draft.pushArgs !== undefined) errors.push(fixed('push-args'));
  if (draft.extraCmd !== undefined) errors.push(fixed('extra'));
  const path = draft.destinations.length === 1 ? draft.destinations.find((d) => d.kind === 'path') : undefined;
  if (path && (path.domain ?? defaultDomain)) {
    // "push to live/other": the domain, app and stream fields cannot change, but the push URL (ToUrl) can; said so with
    // the URL to give, not only "create a new relay".
    const url = `rtmp://${path.domain ?? defaultDomain}/${maskStreamPath(`${path.app}/${path.stream}`)}`;
    errors.push({ code: 'InvalidParameter', field: 'command', key: 'parse.changes.destinationPath', params: { url } });
  } else if (draft.destinations.some((d) => d.kind === 'path') || draft.destinations.length > 1) errors.push(fixed('to app/stream'));
  return errors;
}

function editableOptions(draft: CommandDraft): RelayChanges {
  const { PushArgs: _p, ExtraCmd: _e, Region: _r, ...rest } = optionFields(draft);
  return rest;
}
