// The chat verbs, once for every platform: adapters turn their events into these calls and render the
// outcomes (core/chat-commands.ts). Every failure becomes a localised reply; nothing here throws to an adapter.
import type { ChatCommands, ChatContext, ChatOutcome } from '../chat-commands.js';
import { CodedError } from '../errors.js';
import { t } from '../i18n.js';
import { maskSecretWords } from '../redact.js';
import { Confirmations } from './confirm.js';
import type { ChatDeps } from './deps.js';
import { helpDocument, infoDocument, statusDocument } from './documents.js';
import { editTask } from './edit-verb.js';
import { failureReply } from './failures.js';
import { previewNewRelay } from './new-relay.js';
import { subscribeVerb, timeZoneVerb, unsubscribeVerb } from './settings-verbs.js';
import { changeTask, listTasks, needsId, showTask, taskStatus } from './task-verbs.js';
import { isLoneAnswer } from './lone-answer.js';
import { likelyVerb } from './verb-typo.js';
import { matchVerb, MUTATING_VERBS, type Verb } from './verbs.js';

export type { ChatDeps, CommandDefaults } from './deps.js';
export type { PendingConfirmation, PendingRepository } from './ports.js';

function readOnly(ctx: ChatContext): ChatOutcome {
  return { kind: 'reply', doc: infoDocument(t(ctx.locale, 'chat.readOnly'), [], 'warning') };
}

/**
 * A mistyped verb: what it most likely meant, instead of the new relay nobody typed (core/chat/verb-typo.ts). Both are
 * the whole line quoted back ("eidt r7kq2m to live/KEY"), so a destination in it is masked as the preview masks it.
 */
function didYouMean(typed: string, meant: string, ctx: ChatContext): ChatOutcome {
  const message = t(ctx.locale, 'chat.didYouMean', { typed: maskSecretWords(typed), meant: maskSecretWords(meant) });
  return { kind: 'reply', doc: infoDocument(message, [], 'warning') };
}

/** "yes" on its own: answered where the question is, not here (core/chat/lone-answer.ts). */
function answerWhereAsked(typed: string, ctx: ChatContext): ChatOutcome {
  return { kind: 'reply', doc: infoDocument(t(ctx.locale, 'chat.nothingAsked', { typed }), [], 'warning') };
}

/** Splits "r7kq2m rest of text" into the id and the rest. */
function idAndRest(args: string): { id: string; rest: string } {
  const id = args.split(/\s/, 1)[0] ?? '';
  return { id, rest: args.slice(id.length).trim() };
}

async function runVerb(verb: Verb, args: string, ctx: ChatContext, deps: ChatDeps): Promise<ChatOutcome> {
  if (MUTATING_VERBS.has(verb) && !ctx.canModify) return readOnly(ctx);
  const { id, rest } = idAndRest(args);
  switch (verb) {
    case 'help':
      return { kind: 'reply', doc: helpDocument(ctx.locale) };
    case 'list':
      return listTasks(ctx, deps);
    case 'tz':
      return timeZoneVerb(args, ctx, deps);
    case 'subscribe':
      return subscribeVerb(args, ctx, deps);
    case 'unsubscribe':
      return unsubscribeVerb(ctx, deps);
    case 'show':
      return id ? showTask(id, ctx, deps) : needsId(verb, ctx);
    case 'status':
      return id ? taskStatus(id, ctx, deps) : needsId(verb, ctx);
    case 'edit':
      return id ? editTask(id, rest, ctx, deps) : needsId(verb, ctx);
    case 'stop':
    case 'pause':
    case 'resume':
    case 'restart':
      return id ? changeTask(verb, id, ctx, deps) : needsId(verb, ctx);
  }
}

export function createChatCommands(deps: ChatDeps): ChatCommands {
  const confirmations = new Confirmations(deps);

  /** Runs a verb, turning whatever it throws into a reply in the user's language. */
  async function guarded(ctx: ChatContext, context: Record<string, unknown>, work: () => ChatOutcome | Promise<ChatOutcome>): Promise<ChatOutcome> {
    try {
      return await work();
    } catch (error) {
      return failureReply(error, ctx, deps.logger, context);
    }
  }

  return {
    handle(text, ctx) {
      const trimmed = text.trim();
      if (!trimmed) return Promise.resolve({ kind: 'open-form', prefill: {} });
      const verb = matchVerb(trimmed);
      if (verb) return guarded(ctx, { verb: verb.verb }, () => runVerb(verb.verb, verb.args, ctx, deps));
      const meant = likelyVerb(trimmed);
      if (meant) return Promise.resolve(didYouMean(trimmed, meant, ctx));
      if (isLoneAnswer(trimmed)) return Promise.resolve(answerWhereAsked(trimmed, ctx));
      if (!ctx.canModify) return Promise.resolve(readOnly(ctx));
      return guarded(ctx, { verb: 'new' }, () => previewNewRelay(trimmed, ctx, deps));
    },
    confirm(pendingId, ctx) {
      return guarded(ctx, { verb: 'confirm' }, () => confirmations.confirm(pendingId, ctx));
    },
    cancel(pendingId, ctx) {
      return guarded(ctx, { verb: 'cancel' }, () => confirmations.cancel(pendingId, ctx));
    },
    action(action, taskId, ctx) {
      if (action === 'show') return guarded(ctx, { verb: 'show' }, () => showTask(taskId, ctx, deps));
      if (!ctx.canModify) return Promise.resolve(readOnly(ctx));
      return guarded(ctx, { verb: action }, () => changeTask(action, taskId, ctx, deps));
    },
    taskOrigin(taskId) {
      try {
        const { home, createdBy } = deps.tasks.get(taskId);
        return { home, createdBy };
      } catch (error) {
        if (error instanceof CodedError) return null; // no such task: the button's own answer says so
        throw error;
      }
    },
    setStatusMessage(taskId, home, shown) {
      const before = deps.tasks.get(taskId);
      const task = deps.tasks.setHome(taskId, home);
      if (!shown || (before.state === shown.state && before.updatedAt === shown.updatedAt)) return null;
      return statusDocument(task, { locale: task.locale, timeZone: task.timeZone });
    },
  };
}

export { statusDocument } from './documents.js';
