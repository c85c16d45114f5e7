// A new relay typed in natural language: parse it (A2's command language) and, when it is understood, keep
// it as a pending confirmation and answer with a preview carrying Confirm / Cancel.
import { randomFillSync } from 'node:crypto';
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import type { CommandContext } from '../command/index.js';
import { activeRelaysMeeting, conflictingRelays, warnOfConflicts } from '../destination-conflicts.js';
import type { ChatDeps } from './deps.js';
import { parseErrorDocument } from './documents.js';
import { readCommand, type PreviewAsk } from './read-command.js';
import { visibleTo } from './task-verbs.js';
import type { PendingConfirmation, PendingRepository } from './ports.js';

export const DEFAULT_PENDING_TTL_MS = 15 * 60_000;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_LENGTH = 12;
// Random bytes are drawn for many ids at once: one call into the CSPRNG per id cost more than the id itself.
const idPool = Buffer.alloc(ID_LENGTH * 128);
let idPoolOffset = idPool.length;

/** 12 base32 characters (60 random bits) after a `p`: short enough for any button value, never guessable. */
export function newPendingId(): string {
  if (idPoolOffset + ID_LENGTH > idPool.length) {
    randomFillSync(idPool);
    idPoolOffset = 0;
  }
  let id = 'p';
  for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[idPool[idPoolOffset + i]! % 32];
  // Each byte is used once: no two ids share randomness.
  idPoolOffset += ID_LENGTH;
  return id;
}

/** Expired previews are swept at most this often; confirm checks expiry itself, so a late sweep is harmless. */
const SWEEP_EVERY_MS = 60_000;
const lastSweep = new WeakMap<PendingRepository, number>();

/** Old previews are forgotten here rather than by a timer: the table stays small without a background job. */
function sweepExpired(pending: PendingRepository, now: Date): void {
  const last = lastSweep.get(pending);
  const nowMs = now.getTime();
  // A clock that went back (tests, NTP) sweeps too, rather than waiting for the minute to come round again.
  if (last !== undefined && nowMs - last < SWEEP_EVERY_MS && nowMs >= last) return;
  lastSweep.set(pending, nowMs);
  pending.deleteExpired(now);
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

export async function previewNewRelay(text: string, ctx: ChatContext, deps: ChatDeps): Promise<ChatOutcome> {
  const now = deps.clock();
  const pendingId = newPendingId();
  const { defaultBackend } = deps.commandDefaults;
  const ask: PreviewAsk = { locale: ctx.locale, timeZone: ctx.timeZone, pendingId, ...(defaultBackend ? { defaultBackend } : {}) };
  const context = commandContext(ctx, deps, now);
  const read = deps.readCommand ? await deps.readCommand(text, context, ask) : readCommand(text, context, ask);
  if (!read.ok) return { kind: 'reply', doc: parseErrorDocument(ctx, read.error) };
  sweepExpired(deps.pending, now);
  const pending: PendingConfirmation = {
    id: pendingId,
    text,
    request: read.value.request,
    ...(read.value.backend ? { backend: read.value.backend } : {}),
    actor: ctx.actor,
    home: ctx.home,
    locale: ctx.locale,
    timeZone: ctx.timeZone,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (deps.pendingTtlMs ?? DEFAULT_PENDING_TTL_MS)).toISOString(),
  };
  deps.pending.insert(pending);
  // Read here, not where the command was read (possibly another thread): only this side has the task store.
  // A clash with another workspace's relay is as real, but its id is not this reader's to see.
  const conflicts = conflictingRelays(read.value.request, deps.tasks.list(activeRelaysMeeting(read.value.request)));
  const named = conflicts.filter((task) => visibleTo(task, ctx));
  const doc = warnOfConflicts(read.doc, named, ctx.locale, conflicts.length - named.length);
  return { kind: 'preview', doc, pendingId };
}
