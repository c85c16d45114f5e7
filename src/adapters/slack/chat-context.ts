// Turns "who clicked/typed what, where" on Slack into core's ChatContext: identity, language, time zone,
// the channel a new task will call home, and whether the permission settings let this person change things.
import type { ChatContext } from '../../core/chat-commands.js';
import type { SlackPermissions } from './permissions.js';
import type { ProfileSource, UserProfiles } from './user-profile.js';

export interface SlackOrigin {
  userId: string;
  userName?: string;
  teamId?: string;
  /** Absent for global shortcuts and App Home until a channel is chosen. */
  channelId?: string;
  /** Slack's trigger_id (or another per-request id): core's idempotency key. */
  requestKey: string;
}

/** A ChatContext and how much of it is known rather than the bot's defaults. */
export interface SlackReader {
  ctx: ChatContext;
  zoneFrom: ProfileSource;
  localeFrom: ProfileSource;
}

/** `waitMs`: how long the profile may take (see UserProfiles.profile). */
export async function slackReader(profiles: UserProfiles, permissions: SlackPermissions, origin: SlackOrigin, waitMs?: number): Promise<SlackReader> {
  const [profile, canModify] = await Promise.all([profiles.profile(origin.userId, waitMs), permissions.canModify(origin.userId, origin.channelId)]);
  const displayName = profile.displayName ?? origin.userName;
  const ctx: ChatContext = {
    actor: { platform: 'slack', userId: origin.userId, ...(displayName ? { displayName } : {}) },
    locale: profile.locale,
    timeZone: profile.timeZone,
    home: { platform: 'slack', ...(origin.teamId ? { teamId: origin.teamId } : {}), channelId: origin.channelId ?? '' },
    canModify,
    requestKey: origin.requestKey,
  };
  return { ctx, zoneFrom: profile.zoneFrom, localeFrom: profile.localeFrom };
}

export async function slackChatContext(profiles: UserProfiles, permissions: SlackPermissions, origin: SlackOrigin): Promise<ChatContext> {
  return (await slackReader(profiles, permissions, origin)).ctx;
}
