// A new relay typed in natural language: parse it (A2's command language) and, when it is understood, keep
// it as a pending confirmation and answer with a preview carrying Confirm / Cancel.
import { randomBytes } from 'node:crypto';
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import { parseRelayCommand, type CommandContext } from '../command/index.js';
import { buildPreview } from '../preview.js';
import type { ChatDeps } from './deps.js';
import { parseErrorDocument } from './documents.js';
import type { PendingConfirmation } from './ports.js';

export const DEFAULT_PENDING_TTL_MS = 15 * 60_000;

/** 12 base32 characters (60 random bits) after a `p`: short enough for any button value, never guessable. */
export function newPendingId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return `p${[...randomBytes(12)].map((byte) => alphabet[byte % 32]).join('')}`;
}

/** The name the provider records as Operator, and the task's creator as people know them. */
export function operatorOf(ctx: ChatContext): string {
  return ctx.actor.displayName ?? ctx.actor.userId;
}

/** What the command language needs to read a command from this person here. */
export function commandContext(ctx: ChatContext, deps: ChatDeps, now: Date): CommandContext {
  const { defaultDomain, maxSpanDays, allowPrivateNetworks } = deps.commandDefaults;
  return {
    now,
    timeZone: ctx.timeZone,
    locale: ctx.locale,
    operator: operatorOf(ctx),
    ...(defaultDomain ? { defaultDomain } : {}),
    maxSpanDays,
    allowPrivateNetworks,
  };
}

export function previewNewRelay(text: string, ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  const now = deps.clock();
  const parsed = parseRelayCommand(text, commandContext(ctx, deps, now));
  if (!parsed.ok) {
    return { kind: 'reply', doc: parseErrorDocument(ctx, parsed.error) };
  }
  // Old previews are forgotten here rather than by a timer: the table stays small without a background job.
  deps.pending.deleteExpired(now);
  const pending: PendingConfirmation = {
    id: newPendingId(),
    text,
    request: parsed.value.request,
    ...(parsed.value.backend ? { backend: parsed.value.backend } : {}),
    actor: ctx.actor,
    home: ctx.home,
    locale: ctx.locale,
    timeZone: ctx.timeZone,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (deps.pendingTtlMs ?? DEFAULT_PENDING_TTL_MS)).toISOString(),
  };
  deps.pending.insert(pending);
  const shownBackend = pending.backend ?? deps.commandDefaults.defaultBackend;
  const doc = buildPreview(pending.request, {
    locale: ctx.locale,
    timeZone: ctx.timeZone,
    ...(shownBackend ? { backend: shownBackend } : {}),
    pendingId: pending.id,
    startsNow: parsed.value.startsNow,
  });
  return { kind: 'preview', doc, pendingId: pending.id };
}
