// What parsing a command needs to know about the person and the deployment.
import type { Locale } from '../i18n.js';

export interface CommandContext {
  /** The user's IANA zone: wall-clock times in the command are read in it. */
  timeZone: string;
  /** The reference instant every relative phrase ("in 30 minutes", "tomorrow") is computed from. */
  now: Date;
  locale: Locale;
  /** Push domain for `to app/stream` (RELAYBOT_PUSH_DOMAIN). */
  defaultDomain?: string;
  /** Who asks (the API's Operator field). */
  operator: string;
  /** Longest allowed task in days (RELAYBOT_MAX_SPAN_DAYS). */
  maxSpanDays: number;
  allowPrivateNetworks: boolean;
}

/** Longer commands are refused before any pattern runs: no one types this much, and it bounds the work. */
export const MAX_COMMAND_LENGTH = 8000;
