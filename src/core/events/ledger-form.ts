// A decoded callback as the ledger keeps it (and every chat reads it): no secrets, and a time that can be
// believed. Pure; the recorder applies it before an event is stored, whichever runner sent it.
import type { RelayEvent, RelayEventDetail } from '../relay-event.js';
import { maskKnownSecrets, secretsOfUrl } from '../known-secrets.js';
import { maskText, maskUrl, redactText } from '../redact.js';

/**
 * How far ahead of its receipt an event's own time is believed (the provider's clock may run a little ahead of
 * ours). A time beyond that (a sender's bug, seconds read as milliseconds) would make every later callback look
 * older than it and so freeze the task's state: such an event is taken as happening when it was received.
 */
export const MAX_EVENT_TIME_AHEAD_MS = 60_000;

/**
 * The event to store: the push URL's stream key, the stream name (which is that key) and every signed query
 * value (txSecret, a CDN token) masked, as the runner masks its own events — the ledger is read back into chat
 * and kept for weeks. The thread lines mask the file URL and messages the same way, so no line changes.
 */
export function ledgerFormOf(event: RelayEvent, receivedAt: number): RelayEvent {
  return {
    ...event,
    occurredAt: event.occurredAt > receivedAt + MAX_EVENT_TIME_AHEAD_MS ? receivedAt : event.occurredAt,
    detail: maskedDetail(event.detail, [...secretsOfUrl(event.toUrl), ...event.sourceUrls.flatMap(secretsOfUrl), event.streamId]),
    // maskUrl remembers its answers: a task's callbacks repeat the same push and source URLs.
    sourceUrls: event.sourceUrls.map((url) => maskUrl(url)),
    toUrl: event.toUrl === '' ? '' : maskUrl(event.toUrl),
    streamId: event.streamId === '' ? '' : maskText(event.streamId),
  };
}

/**
 * The detail's text with URLs masked, and the event's own secrets (its push URL's key, the stream name, its URLs'
 * query values) wherever else a provider's message names them: "key KEY9xyz rejected", "txSecret=…".
 */
function maskedDetail(detail: RelayEventDetail, secrets: readonly string[]): RelayEventDetail {
  const mask = (text: string) => maskKnownSecrets(redactText(text), secrets);
  const masked = { ...detail };
  if (masked.url) masked.url = mask(masked.url);
  if (masked.message) masked.message = mask(masked.message);
  if (masked.reason?.values) {
    const values = Object.fromEntries(
      Object.entries(masked.reason.values).map(([name, value]) => [name, typeof value === 'string' ? mask(value) : value]),
    );
    masked.reason = { ...masked.reason, values };
  }
  return masked;
}
