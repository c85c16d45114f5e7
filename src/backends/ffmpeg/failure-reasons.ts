// What an ffmpeg failure means, as a reason code the notifier words in the reader's language (core/relay-reason.ts).
// ffmpeg's last error line is English tool output ("Cannot open connection tcp://…", "Server returned 404 Not Found"),
// and the line a failed conversion ends with says nothing at all: people need to know which side failed and how.
// Pure.
import { CodedError } from '../../core/errors.js';
import type { RelayReason, RelayReasonCode } from '../../core/relay-reason.js';

/** A reason and, for the logs and the event's `message`, the tool output or error it was read from. */
export interface Failure {
  reason: RelayReason;
  raw?: string;
  /** Trying the same file again cannot help (its codec, say): the runner moves on instead of retrying it. */
  permanent?: boolean;
}

const UNREACHABLE = /Connection refused|Cannot open connection|No route to host|Network is unreachable|Name or service not known|Failed to resolve|Host not found/i;
const TIMED_OUT = /timed out|timeout/i;
/** The far end closed a connection it had accepted: an RTMP server refusing a publish often just hangs up. */
const CLOSED = /End of file|Broken pipe|Connection reset/i;
const NOT_FOUND = /\b404\b/;
const FORBIDDEN = /\b(401|403)\b/;

/** Why the push to the destination failed, from the muxer's last error line. */
export function pushFailureReason(errorLine: string | undefined): RelayReason {
  const line = errorLine ?? '';
  if (UNREACHABLE.test(line)) return { code: 'destinationUnreachable' };
  if (TIMED_OUT.test(line)) return { code: 'destinationTimeout' };
  if (CLOSED.test(line)) return { code: 'destinationClosed' };
  return { code: 'pushFailed', values: { message: line || '-' } };
}

/** Why a source could not be read, from the reader's error (an ffmpeg line or the HTTP gateway's message). */
export function pullFailureReason(errorLine: string): RelayReason {
  if (NOT_FOUND.test(errorLine)) return { code: 'sourceNotFound' };
  const forbidden = FORBIDDEN.exec(errorLine);
  if (forbidden) return { code: 'sourceForbidden', values: { status: Number(forbidden[1]) } };
  if (UNREACHABLE.test(errorLine)) return { code: 'sourceUnreachable' };
  if (TIMED_OUT.test(errorLine)) return { code: 'sourceTimeout' };
  return { code: 'sourceFailed', values: { message: errorLine } };
}

/**
 * An address the runner would not open (a private network, a name that does not resolve, a bad URL): our own
 * coded error, whose locale key travels in the reason so the reader gets it in their language.
 */
export function refusalFailure(error: unknown, code: Extract<RelayReasonCode, 'sourceRefused' | 'pushFailed'>): Failure {
  const raw = error instanceof Error ? error.message : String(error);
  if (error instanceof CodedError) return { reason: { code, values: { ...error.params, message: raw, messageKey: error.key } }, raw };
  return { reason: { code, values: { message: raw } }, raw };
}
