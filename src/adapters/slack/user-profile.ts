// Who is asking, in which language and time zone. Slack's profile (users.info with include_locale) gives both;
// a preference the user saved with `/relay tz` wins. Profiles are cached: a slash command must be acknowledged
// within 3 s and must not wait on users.info every time.
import type { webApi } from '@slack/bolt';
import { resolveLocale, type Locale } from '../../core/i18n.js';
import type { PreferenceStore } from '../../core/ports.js';
import type { Logger } from '../../log.js';
import { within } from './within.js';
import { isTimeZone } from '../../core/time-zone.js';

const PROFILE_TTL_MS = 60 * 60 * 1000;
const PROFILE_WAIT_MS = 1_000;

export interface SlackUserProfile {
  locale: Locale;
  timeZone: string;
  displayName?: string;
}

interface SlackUser {
  tz?: string;
  locale?: string;
  name?: string;
  real_name?: string;
}

interface CachedUser {
  at: number;
  user: Promise<SlackUser | null>;
  /** Set once users.info answered: a cached profile then costs no timer and no race on the ack path. */
  known?: SlackUser | null;
}

export class UserProfiles {
  private readonly cache = new Map<string, CachedUser>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly prefs: PreferenceStore,
    private readonly defaultTimeZone: string,
    private readonly logger: Logger,
  ) {}

  async profile(userId: string): Promise<SlackUserProfile> {
    // A slow Slack must not cost the user their 3-second window: defaults now, the profile next time.
    const cached = this.cache.get(userId);
    const fresh = cached && cached.known !== undefined && Date.now() - cached.at < PROFILE_TTL_MS;
    const user = fresh ? cached.known : await within(this.slackUser(userId), PROFILE_WAIT_MS);
    const saved = this.prefs.get('slack', userId);
    const displayName = user?.real_name || user?.name;
    return {
      locale: saved?.locale ?? resolveLocale(user?.locale),
      timeZone: saved?.timeZone ?? user?.tz ?? this.defaultTimeZone,
      ...(displayName ? { displayName } : {}),
    };
  }

  private slackUser(userId: string): Promise<SlackUser | null> {
    const cached = this.cache.get(userId);
    if (cached && Date.now() - cached.at < PROFILE_TTL_MS) return cached.user;
    const entry: CachedUser = { at: Date.now(), user: Promise.resolve(null) };
    const user = this.client.users.info({ user: userId, include_locale: true }).then(
      (answer) => {
        const found = (answer.user as SlackUser | undefined) ?? null;
        // Checked once per fetch, not per command: building a DateTimeFormat is costly on the ack path.
        if (found?.tz && !isTimeZone(found.tz)) delete found.tz;
        entry.known = found;
        return found;
      },
      (error: unknown) => {
        // A profile we can't read must not block the command: fall back to defaults, and ask again next time.
        this.logger.warn({ err: error, userId }, 'slack: users.info failed; using the default zone and locale');
        this.cache.delete(userId);
        return null;
      },
    );
    entry.user = user;
    this.cache.set(userId, entry);
    return user;
  }
}

