// Every failure a verb meets becomes a reply that says what to change. Coded failures (task service,
// backends) keep the provider's code and RequestId; anything unexpected is logged with a reference the user
// can quote, and never shown raw (it may hold internals).
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../log.js';
import { BackendError } from '../backend.js';
import type { ChatOutcome } from '../chat-commands.js';
import { CodedError } from '../errors.js';
import { t } from '../i18n.js';
import { errorDocument, infoDocument, type Reader } from './documents.js';

export function failureReply(error: unknown, reader: Reader, logger: Logger, context: Record<string, unknown>): ChatOutcome {
  if (error instanceof CodedError) {
    return { kind: 'reply', doc: errorDocument(reader, [error.toRelayError()]) };
  }
  if (error instanceof BackendError) {
    // The task service normally maps these; one that slips through still shows its provider code.
    const params: Record<string, string> = error.requestId ? { requestId: error.requestId } : {};
    return { kind: 'reply', doc: errorDocument(reader, [{ code: error.code, key: 'chat.error.provider', params }]) };
  }
  const reference = randomBytes(4).toString('hex');
  logger.error({ err: error, reference, ...context }, 'chat verb failed unexpectedly');
  return {
    kind: 'reply',
    doc: infoDocument(t(reader.locale, 'chat.error.title'), [t(reader.locale, 'chat.error.unexpected', { reference })], 'error'),
  };
}
