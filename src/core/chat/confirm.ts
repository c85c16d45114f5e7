// Confirm and Cancel of a preview. Exactly one task per preview however often Confirm arrives (double clicks,
// platform retries, redeliveries after a restart): the preview id is the create's idempotency key, confirms
// of one preview in this process wait for each other, and the preview remembers the task it created.
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import type { RelayError } from '../errors.js';
import { describeError, t } from '../i18n.js';
import type { TaskRecord } from '../task.js';
import type { ChatDeps } from './deps.js';
import { infoDocument, statusDocument } from './documents.js';
import { failureReply } from './failures.js';
import type { PendingConfirmation } from './ports.js';

type Check = { ok: true; pending: PendingConfirmation } | { ok: false; outcome: ChatOutcome };

function sameActor(pending: PendingConfirmation, ctx: ChatContext): boolean {
  return pending.actor.platform === ctx.actor.platform && pending.actor.userId === ctx.actor.userId;
}

function reply(ctx: ChatContext, key: string, params: Record<string, string | number> = {}, severity: 'info' | 'warning' = 'warning'): ChatOutcome {
  return { kind: 'reply', doc: infoDocument(t(ctx.locale, key, params), [], severity) };
}

/** The preview, if this user may still act on it. */
function checkPending(pendingId: string, ctx: ChatContext, deps: ChatDeps): Check {
  const pending = deps.pending.get(pendingId);
  if (!pending) return { ok: false, outcome: reply(ctx, 'chat.pending.unknown') };
  if (!sameActor(pending, ctx)) {
    const name = pending.actor.displayName ?? pending.actor.userId;
    return { ok: false, outcome: reply(ctx, 'chat.pending.notYours', { name }) };
  }
  return { ok: true, pending };
}

export class Confirmations {
  /** Confirms under way in this process, by preview id: a second click waits for the first. */
  private readonly inFlight = new Map<string, Promise<ChatOutcome>>();

  constructor(private readonly deps: ChatDeps) {}

  async confirm(pendingId: string, ctx: ChatContext): Promise<ChatOutcome> {
    // Someone else's click must not join (and see) the creator's confirm.
    const check = checkPending(pendingId, ctx, this.deps);
    if (!check.ok) return check.outcome;
    const running = this.inFlight.get(pendingId);
    if (running) return asRepeat(await running);
    const attempt = this.confirmOnce(check.pending, ctx);
    this.inFlight.set(pendingId, attempt);
    try {
      return await attempt;
    } finally {
      this.inFlight.delete(pendingId);
    }
  }

  async cancel(pendingId: string, ctx: ChatContext): Promise<ChatOutcome> {
    const check = checkPending(pendingId, ctx, this.deps);
    if (!check.ok) return check.outcome;
    // Cancel clicked while Confirm is creating: the task will exist, so say which rather than "cancelled".
    const running = this.inFlight.get(pendingId);
    const outcome = running ? await running : null;
    const taskId = outcome?.kind === 'created' ? outcome.task.id : this.deps.pending.get(pendingId)?.taskId;
    if (taskId) return reply(ctx, 'chat.pending.alreadyCreated', { id: taskId });
    this.deps.pending.delete(pendingId);
    return reply(ctx, 'chat.pending.cancelled', {}, 'info');
  }

  private async confirmOnce(pending: PendingConfirmation, ctx: ChatContext): Promise<ChatOutcome> {
    if (!ctx.canModify) return reply(ctx, 'chat.readOnly');
    if (pending.taskId) return this.existing(pending.taskId, ctx);
    if (Date.parse(pending.expiresAt) < this.deps.clock().getTime()) {
      const minutes = Math.round((Date.parse(pending.expiresAt) - Date.parse(pending.createdAt)) / 60_000);
      // `count` picks the message's plural form ("within a minute" / "within 15 minutes").
      return reply(ctx, 'chat.pending.expired', { minutes, count: minutes });
    }
    try {
      const { task, created, notes } = await this.deps.tasks.create({
        request: pending.request,
        ...(pending.backend ? { backend: pending.backend } : {}),
        actor: pending.actor,
        home: pending.home,
        locale: pending.locale,
        timeZone: pending.timeZone,
        idempotencyKey: pending.id,
      });
      this.deps.pending.markConfirmed(pending.id, task.id);
      return createdOutcome(task, ctx, !created, notes);
    } catch (error) {
      return failureReply(error, ctx, this.deps.logger, { pendingId: pending.id, verb: 'confirm' });
    }
  }

  private existing(taskId: string, ctx: ChatContext): ChatOutcome {
    try {
      return createdOutcome(this.deps.tasks.get(taskId), ctx, true);
    } catch (error) {
      return failureReply(error, ctx, this.deps.logger, { taskId, verb: 'confirm' });
    }
  }
}

/** `notes`: what the runner said about the new task without refusing it (a host that does not resolve now). */
function createdOutcome(task: TaskRecord, ctx: ChatContext, alreadyConfirmed: boolean, notes: readonly RelayError[] = []): ChatOutcome {
  const creator = task.createdBy.displayName ?? task.createdBy.userId;
  const lines = [t(ctx.locale, 'chat.created.by', { name: creator }), ...notes.map((note) => describeError(ctx.locale, note))];
  const doc = statusDocument(task, ctx, { lines });
  return { kind: 'created', task, doc, replaced: false, alreadyConfirmed };
}

/** A confirm that waited for another one of the same preview: same task, but the status is already posted. */
function asRepeat(outcome: ChatOutcome): ChatOutcome {
  return outcome.kind === 'created' ? { ...outcome, alreadyConfirmed: true } : outcome;
}
