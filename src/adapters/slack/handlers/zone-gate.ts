// A broadcast time means something only in the zone the user had in mind: "tomorrow 8pm" read in UTC instead of
// Asia/Shanghai starts the relay 8 hours late. Commands that read times (a new relay, an edit) therefore wait
// for the user's own zone (saved with `/relay tz`, or Slack's profile) and never fall back to the bot's default;
// commands that only show times (list, status, help …) may answer in the default, which their times name.
import { matchVerb } from '../../../core/chat/verbs.js';
import { LOCALES, t } from '../../../core/i18n.js';
import type { ReplyDocument } from '../../../core/reply.js';
import type { SlackReader } from '../chat-context.js';

/** Whether the command's text is read in the user's zone: a new relay, or an edit of one. */
export function readsTimes(text: string): boolean {
  const verb = matchVerb(text);
  return !verb || verb.verb === 'edit';
}

export const zoneIsKnown = (reader: SlackReader) => reader.zoneFrom !== 'default';

/** Asks for `/relay tz`, in every language when Slack did not tell us the user's either. */
export function zoneUnknownDocument(reader: SlackReader): ReplyDocument {
  const { locale } = reader.ctx;
  const locales = reader.localeFrom === 'default' ? [locale, ...LOCALES.filter((l) => l !== locale)] : [locale];
  const lines = locales.map((l) => t(l, 'slack.zone.unknown', { example: t(l, 'slack.zone.example') }));
  const title = t(locale, 'slack.zone.title');
  return { kind: 'info', title, lines, fields: [], actions: [], severity: 'warning', text: [title, ...lines].join('\n') };
}

/** The same request for the form's "When" field (plain text, shown under it). */
export function zoneUnknownFieldError(reader: SlackReader): string {
  const { locale } = reader.ctx;
  return t(locale, 'slack.zone.unknownField', { example: t(locale, 'slack.zone.example') });
}
