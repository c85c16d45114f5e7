// A relay task as the bot knows it: our short id beside the provider's, who asked for it, where its news goes.
import type { BackendKind } from './backend.js';
import type { Locale } from './i18n.js';
import type { RelayRequest } from './relay-request.js';

export const TASK_STATES = [
  'scheduled', // created at the provider, start time not reached
  'running', // TaskStart seen
  'paused',
  'interrupted', // TaskExit before the end time: the provider is retrying
  'ended', // TaskExit at/after the end time, or loops done
  'stopped', // deleted by a person
  'failed', // the create never succeeded
] as const;
export type TaskState = (typeof TASK_STATES)[number];
export const ACTIVE_STATES: readonly TaskState[] = ['scheduled', 'running', 'paused', 'interrupted'];

/** Identifies a person on a platform. */
export interface Actor {
  platform: string; // 'cli' | 'shell' | 'slack' | 'discord'
  userId: string;
  displayName?: string;
}

/** Where a task's events are posted: the channel it was created in and the thread of its status message. */
export interface TaskHome {
  platform: string;
  /** Workspace / guild, when the platform has one. */
  teamId?: string;
  channelId: string;
  /** The status message, edited in place; its thread holds the events. */
  statusMessageId?: string;
}

export interface TaskRecord {
  /** Our short, human-friendly id, e.g. `r7kq2m`. */
  id: string;
  backend: BackendKind;
  providerTaskId: string | null;
  specifyTaskId: string;
  /** Unguessable token in the task's CallbackUrl path. Never shown to people. */
  callbackToken: string;
  request: RelayRequest;
  state: TaskState;
  createdBy: Actor;
  home: TaskHome | null;
  locale: Locale;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Digest of what the create asked for (core/task-service/fingerprint.ts), to tell a retry of the same request
   * from a different request reusing its idempotency key. Absent on tasks recorded before it was kept.
   */
  requestFingerprint?: string;
}
