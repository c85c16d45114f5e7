// Who may create or change relays, and where: the SLACK_ALLOWED_* settings. Empty lists mean everyone and
// everywhere. Everyone else may still look (list, status, help) and core tells them why they can't touch.
import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config/slack.js';
import type { Logger } from '../../log.js';

const GROUP_TTL_MS = 5 * 60 * 1000;

export class SlackPermissions {
  private readonly groups = new Map<string, { at: number; members: Promise<Set<string>> }>();

  constructor(
    private readonly settings: Pick<SlackConfig, 'allowedUsers' | 'allowedUsergroups' | 'allowedChannels'>,
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
  ) {}

  async canModify(userId: string, channelId: string | undefined): Promise<boolean> {
    const { allowedUsers, allowedUsergroups, allowedChannels } = this.settings;
    if (allowedChannels.length > 0 && !(channelId && allowedChannels.includes(channelId))) return false;
    if (allowedUsers.length === 0 && allowedUsergroups.length === 0) return true;
    if (allowedUsers.includes(userId)) return true;
    for (const group of allowedUsergroups) {
      if ((await this.members(group)).has(userId)) return true;
    }
    return false;
  }

  private members(groupId: string): Promise<Set<string>> {
    const cached = this.groups.get(groupId);
    if (cached && Date.now() - cached.at < GROUP_TTL_MS) return cached.members;
    const members = this.client.usergroups.users.list({ usergroup: groupId }).then(
      (answer) => new Set(answer.users ?? []),
      (error: unknown) => {
        // Failing closed: an unreadable group grants nothing, and is asked again next time.
        this.logger.warn({ err: error, groupId }, 'slack: usergroups.users.list failed; treating the group as empty');
        this.groups.delete(groupId);
        return new Set<string>();
      },
    );
    this.groups.set(groupId, { at: Date.now(), members });
    return members;
  }
}
