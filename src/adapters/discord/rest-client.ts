// discord.js's REST client pointed at DISCORD_API_URL. It queues per route and honours Discord's rate-limit
// headers itself; a wait longer than a few seconds is handed back (RateLimitError) so the delivery outbox can
// schedule the retry instead of blocking a worker.
import { REST } from 'discord.js';
import type { DiscordSettings } from '../../config/discord.js';

const LONGEST_INLINE_WAIT_MS = 5_000;

export function createDiscordRest(settings: Pick<DiscordSettings, 'apiUrl' | 'botToken'>): REST {
  return new REST({
    api: settings.apiUrl,
    version: '10',
    retries: 2,
    timeout: 10_000,
    rejectOnRateLimit: (limit) => limit.retryAfter > LONGEST_INLINE_WAIT_MS,
  }).setToken(settings.botToken);
}
