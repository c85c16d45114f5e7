// Who is asking, in which language and time zone. Slack's profile (users.info with include_locale) gives both;
// a preference the user saved with `/relay tz` wins. Profiles are cached: a slash command must be acknowledged
// within 3 s and must not wait on users.info every time. Each profile says where its zone came from, because a
// broadcast time read in a guessed zone is hours off what the user typed (see handlers/zone-gate.ts).
import type { webApi } from '@slack/bolt';
import { resolveLocale, type Locale } from '../../core/i18n.js';
import type { PreferenceStore } from '../../core/ports.js';
import type { Logger } from '../../log.js';
import { within } from './within.js';
import { isTimeZone } from '../../core/time-zone.js';

const PROFILE_TTL_MS = 60 * 60 * 1000;
/** How long a command waits for Slack inside its acknowledgement before answering with what is known. */
export const PROFILE_WAIT_MS = 1_000;
/**
 * How long a command that reads times may wait for the profile after an empty acknowledgement (its answer goes
 * through the response_url, valid for 30 minutes): long enough for a 429's Retry-After and one retry.
 */
export const PROFILE_LATE_WAIT_MS = 15_000;

/** 'default' is the bot's guess (RELAYBOT_DEFAULT_TZ, English): fine to label a listing in, never to read times in. */
export type ProfileSource = 'saved' | 'slack' | 'default';

export interface SlackUserProfile {
  locale: Locale;
  timeZone: string;
  displayName?: string;
  zoneFrom: ProfileSource;
  localeFrom: ProfileSource;
}

interface SlackUser {
  tz?: string;
  locale?: string;
  name?: string;
  real_name?: string;
}

interface CachedUser {
  /** When `known` was read; 0 while nothing has been. */
  at: number;
  /** What users.info answered last: a cached profile costs no timer and no race on the ack path. */
  known?: SlackUser;
  /** The users.info call under way, shared by every command that needs it meanwhile. */
  fetching?: Promise<SlackUser | null>;
}

export class UserProfiles {
  private readonly cache = new Map<string, CachedUser>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly prefs: PreferenceStore,
    private readonly defaultTimeZone: string,
    private readonly logger: Logger,
  ) {}

  /** The profile as known within `waitMs`: a slow Slack answers with defaults now (labelled so) and the profile next time. */
  async profile(userId: string, waitMs: number = PROFILE_WAIT_MS): Promise<SlackUserProfile> {
    const saved = this.prefs.get('slack', userId);
    const user = await this.slackUser(userId, waitMs);
    const displayName = user?.real_name || user?.name;
    const zoneFrom: ProfileSource = saved?.timeZone ? 'saved' : user?.tz ? 'slack' : 'default';
    const localeFrom: ProfileSource = saved?.locale ? 'saved' : user?.locale ? 'slack' : 'default';
    return {
      locale: saved?.locale ?? resolveLocale(user?.locale),
      timeZone: saved?.timeZone ?? user?.tz ?? this.defaultTimeZone,
      ...(displayName ? { displayName } : {}),
      zoneFrom,
      localeFrom,
    };
  }

  private async slackUser(userId: string, waitMs: number): Promise<SlackUser | null | undefined> {
    const cached = this.cache.get(userId);
    if (cached?.known && Date.now() - cached.at < PROFILE_TTL_MS) return cached.known;
    const fetching = cached?.fetching ?? this.fetch(userId);
    // An expired profile still names the user's zone and language: use it now, the refreshed one next time.
    if (cached?.known) return cached.known;
    return within(fetching, waitMs);
  }

  private fetch(userId: string): Promise<SlackUser | null> {
    const before = this.cache.get(userId);
    const fetching = this.client.users.info({ user: userId, include_locale: true }).then(
      (answer) => {
        const found = (answer.user as SlackUser | undefined) ?? {};
        // Checked once per fetch, not per command: building a DateTimeFormat is costly on the ack path.
        if (found.tz && !isTimeZone(found.tz)) delete found.tz;
        this.cache.set(userId, { at: Date.now(), known: found });
        return found;
      },
      (error: unknown) => {
        // A profile we can't read must not block the command: it answers without it, and the next one asks again.
        this.logger.warn({ err: error, userId }, 'slack: users.info failed; the zone and locale stay unknown');
        if (before?.known) this.cache.set(userId, { at: before.at, known: before.known });
        else this.cache.delete(userId);
        return null;
      },
    );
    this.cache.set(userId, { at: before?.at ?? 0, ...(before?.known ? { known: before.known } : {}), fetching });
    return fetching;
  }
}
