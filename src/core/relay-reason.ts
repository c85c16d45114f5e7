// Why the bundled runner ended, interrupted or alarmed a relay, as a code that the notifier words in the
// reader's language (locales: events.reason.<code>). Tencent's callbacks carry no such field — their `message`
// is shown as sent — so the runner adds `reason` to the event's `msg` next to an English `message` for logs.
// Transitions read the code, never the message, to tell a planned or deliberate exit from an incident.

export const RELAY_REASON_CODES = [
  // TaskExit that ends the task or is someone's deliberate action: never an alarm.
  'endTime',
  'loopsDone',
  'deleted',
  'paused',
  'restarted',
  'runnerShutdown',
  // The window passed while no bot ran: the relay never happened (its TaskAlarm tells people; the exit fails it).
  'windowMissed',
  // The destination (PushStreamFailed / PushStreamUnstable, and the TaskExit of an interruption).
  'destinationUnreachable',
  'destinationClosed',
  'destinationTimeout',
  'pushFailed',
  // The source (PullFileFailed / PullFileUnstable / FileEndEarly, and the TaskExit of an interruption).
  'sourceNotFound',
  'sourceForbidden',
  'sourceUnreachable',
  'sourceTimeout',
  'sourceRefused',
  'sourceSilent',
  'sourceEnded',
  'sourceEmpty',
  'sourceFailed',
  'backupEnded',
  'noProgress',
  'slow',
  'endedEarly',
] as const;

export type RelayReasonCode = (typeof RELAY_REASON_CODES)[number];

/** A reason and the values its sentence needs, e.g. { code: 'sourceSilent', values: { seconds: 5 } }. */
export interface RelayReason {
  code: RelayReasonCode;
  values?: Record<string, string | number>;
}

/** Exits that are the task's planned end: the task is over, nothing is retried. */
export const ENDING_REASONS: readonly RelayReasonCode[] = ['endTime', 'loopsDone'];

/** Exits a person (or the bot's operator) caused on purpose: no one needs to be alarmed by them. */
export const DELIBERATE_REASONS: readonly RelayReasonCode[] = ['deleted', 'paused', 'restarted', 'runnerShutdown'];

export function isRelayReasonCode(value: unknown): value is RelayReasonCode {
  return typeof value === 'string' && (RELAY_REASON_CODES as readonly string[]).includes(value);
}
