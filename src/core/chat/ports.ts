// What the chat verbs need from storage beyond tasks and preferences: previews waiting for Confirm.
import type { BackendKind } from '../backend.js';
import type { Locale } from '../i18n.js';
import type { RelayRequest } from '../relay-request.js';
import type { Actor, TaskHome } from '../task.js';

/** A preview shown to one person, waiting for their Confirm. */
export interface PendingConfirmation {
  /** Short random id carried by the Confirm/Cancel buttons; also the create's idempotency key. */
  id: string;
  /** What the person typed, kept for the audit trail and for re-showing the preview. */
  text: string;
  request: RelayRequest;
  backend?: BackendKind;
  actor: Actor;
  home: TaskHome;
  locale: Locale;
  timeZone: string;
  /** ISO instants. */
  createdAt: string;
  expiresAt: string;
  /** Set once Confirm created the task: later confirms answer with this task instead of creating. */
  taskId?: string;
}

export interface PendingRepository {
  insert(pending: PendingConfirmation): void;
  get(id: string): PendingConfirmation | null;
  markConfirmed(id: string, taskId: string): void;
  delete(id: string): void;
  /** Forgets previews that expired before `before`; returns how many. */
  deleteExpired(before: Date): number;
}
