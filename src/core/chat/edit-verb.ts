// `edit <id> <changes>`: the changes are read relative to the task as it is (A2's parseRelayChanges checks
// the merged request against every rule), then applied through the task service. "pause"/"resume" words in
// an edit go to those verbs, as ModifyLivePullStreamTask's Status would.
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import { parseRelayChanges } from '../command/index.js';
import type { RelayError } from '../errors.js';
import { describeError, t } from '../i18n.js';
import type { ChatDeps } from './deps.js';
import { infoDocument, parseErrorDocument, statusDocument } from './documents.js';
import { commandContext } from './new-relay.js';
import { findTask } from './task-verbs.js';

export async function editTask(id: string, text: string, ctx: ChatContext, deps: ChatDeps): Promise<ChatOutcome> {
  const current = findTask(id, ctx, deps);
  if (!text) {
    return { kind: 'reply', doc: infoDocument(t(ctx.locale, 'chat.usage.editNeedsChanges', { id: current.id }), [], 'warning') };
  }
  const parsed = parseRelayChanges(text, commandContext(ctx, deps, deps.clock()), current.request);
  if (!parsed.ok) return { kind: 'reply', doc: parseErrorDocument(ctx, parsed.error) };

  const { Status: status, ...fields } = parsed.value;
  let task = current;
  let notes: RelayError[] = [];
  if (Object.keys(fields).length > 0) ({ task, notes } = await deps.tasks.edit(current.id, fields, ctx.actor));
  if (status === 'pause') task = await deps.tasks.pause(current.id, ctx.actor);
  if (status === 'enable') task = await deps.tasks.resume(current.id, ctx.actor);
  const lines = [t(ctx.locale, 'chat.done.edit', { id: task.id }), ...notes.map((note) => describeError(ctx.locale, note))];
  return { kind: 'reply', doc: statusDocument(task, ctx, { lines }) };
}
