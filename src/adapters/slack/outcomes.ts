// Small helpers every handler shares: the dependencies bag, the inline-answer budget inside Slack's 3-second
// acknowledgement window, and an answer for the unexpected.
import type { webApi } from '@slack/bolt';
import type { ChatCommands, ChatOutcome } from '../../core/chat-commands.js';
import { CodedError } from '../../core/errors.js';
import { describeError, t, type Locale } from '../../core/i18n.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { Logger } from '../../log.js';
import type { SlackOrigin } from './chat-context.js';
import type { SlackPermissions } from './permissions.js';
import type { StatusMessages } from './status-messages.js';
import type { UserProfiles } from './user-profile.js';
import { slackChatContext, slackReader } from './chat-context.js';

export interface SlackDeps {
  commands: ChatCommands;
  profiles: UserProfiles;
  permissions: SlackPermissions;
  statuses: StatusMessages;
  logger: Logger;
}

export const contextFor = (deps: SlackDeps, origin: SlackOrigin) => slackChatContext(deps.profiles, deps.permissions, origin);
/** The context and whether its zone and language are the user's own (see handlers/zone-gate.ts). */
export const readerFor = (deps: SlackDeps, origin: SlackOrigin, waitMs?: number) => slackReader(deps.profiles, deps.permissions, origin, waitMs);

/** Leaves room inside Slack's 3 s for the network on both sides. */
export const ANSWER_INLINE_WITHIN_MS = 2_000;

export function errorDoc(locale: Locale, message: string): ReplyDocument {
  const title = t(locale, 'slack.error.title');
  return { kind: 'error', title, lines: [message], fields: [], actions: [], severity: 'error', text: `${title}: ${message}` };
}

/** Core answers with outcomes; an exception is a bug or an outage, and the user still deserves an answer. */
export async function safely(deps: SlackDeps, locale: Locale, run: () => Promise<ChatOutcome>): Promise<ChatOutcome> {
  try {
    return await run();
  } catch (error) {
    deps.logger.error({ err: error }, 'slack: a command failed unexpectedly');
    const message = error instanceof CodedError ? describeError(locale, error.toRelayError()) : t(locale, 'slack.error.unexpected');
    return { kind: 'reply', doc: errorDoc(locale, message) };
  }
}

/** The preview must carry its Confirm/Cancel buttons; core puts them in, this only guards against their absence. */
export function withPreviewButtons(doc: ReplyDocument, pendingId: string, locale: Locale): ReplyDocument {
  if (doc.actions.some((a) => a.id === 'confirm')) return doc;
  return {
    ...doc,
    actions: [
      { id: 'confirm', label: t(locale, 'slack.preview.confirm'), value: pendingId, style: 'primary' },
      { id: 'cancel', label: t(locale, 'slack.preview.cancel'), value: pendingId },
    ],
  };
}

/** Names a Slack API failure for the operator's log without leaking tokens (the logger redacts the rest). */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  return data?.error ?? (error as { code?: string }).code ?? 'unknown';
}

export type WebClient = webApi.WebClient;
