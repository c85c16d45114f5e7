// An alarm is the one message a relay's creator must not miss. When its channel refuses it for good (archived,
// or the bot removed from it or the channel deleted), the delivery used to fail "permanently" and the alarm was
// seen only in the bot's log; it now goes to the creator by direct message (the app's Messages tab), under a
// line saying which channel refused it and how to get the news back there.
import type { webApi } from '@slack/bolt';
import { t, type Locale } from '../../core/i18n.js';
import type { PostTarget } from '../../core/notifier.js';
import type { ReplyDocument } from '../../core/reply.js';
import { BLOCK_KIT_LIMITS, renderDocument, truncate } from './block-kit.js';

/** Slack's answers that mean "this channel will not take the bot's posts" rather than "try later". */
const CHANNEL_REFUSALS: Record<string, 'archived' | 'noAccess'> = {
  is_archived: 'archived',
  not_in_channel: 'noAccess',
  channel_not_found: 'noAccess',
};

/** Whether a failed post of `doc` to `target` is an alarm its creator should get by direct message instead. */
export type AlarmDmReason = 'archived' | 'noAccess' | 'peopleDm';

export function alarmDmReason(target: PostTarget, doc: ReplyDocument, errorCode: string | undefined): AlarmDmReason | null {
  const reason = errorCode ? CHANNEL_REFUSALS[errorCode] : undefined;
  // A subscribed channel that refuses: the creator still has the alarm in the task's own channel.
  if (!reason || !target.taskHome || doc.kind !== 'alarm' || !doc.mentionUserId || !/^[UW][A-Z0-9]+$/.test(doc.mentionUserId)) return null;
  if (target.channelId === doc.mentionUserId) return null;
  // A relay made by a slash command in a direct message between people: the bot never could post there.
  return reason === 'noAccess' && target.channelId.startsWith('D') ? 'peopleDm' : reason;
}

/** Posts the alarm to its creator's direct messages, under the note; returns the message's ts. */
export async function postAlarmByDm(
  client: webApi.WebClient,
  target: PostTarget,
  doc: ReplyDocument & { mentionUserId: string },
  reason: AlarmDmReason,
): Promise<string> {
  const locale: Locale = target.locale ?? 'en';
  // A channel link only for a real channel id: the note is mrkdwn written here, not user text.
  const channel = /^[CGD][A-Z0-9]+$/.test(target.channelId) ? `<#${target.channelId}>` : target.channelId;
  const note = t(locale, `slack.alarmByDm.${reason}`, { channel });
  const { mentionUserId: creator, ...unmentioned } = doc;
  const message = renderDocument(unmentioned, BLOCK_KIT_LIMITS.blocksPerMessage - 1);
  const answer = await client.chat.postMessage({
    channel: creator,
    text: truncate(`${note}\n${message.text}`, BLOCK_KIT_LIMITS.fallbackText),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${note}` } }, ...message.blocks],
    unfurl_links: false,
    unfurl_media: false,
  });
  if (!answer.ts) throw new Error('slack: chat.postMessage answered without a ts');
  return answer.ts;
}
