// Settings of the HTTP server (callback receiver, health, metrics) and of event delivery to chat.
import { z } from 'zod';

export const httpConfigSchema = z.object({
  RELAYBOT_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  RELAYBOT_HOST: z.string().min(1).default('0.0.0.0'),
  /** When set, every relay callback must carry sign = MD5(key + t) with t not yet past. */
  RELAYBOT_CALLBACK_KEY: z.string().min(1).optional(),
  RELAYBOT_CALLBACK_BODY_LIMIT: z.coerce.number().int().min(1_024).max(1_048_576).default(65_536),
  /** Chat writes per second per channel (Slack allows about one). */
  RELAYBOT_CHANNEL_RATE: z.coerce.number().positive().max(50).default(1),
  RELAYBOT_DELIVERY_MAX_BACKOFF_MS: z.coerce.number().int().min(1_000).default(300_000),
  /** News a chat API has not taken for this long (5xx, no connection) is given up, and the thread told. */
  RELAYBOT_DELIVERY_GIVE_UP_MS: z.coerce.number().int().min(60_000).default(21_600_000),
  /** How long shutdown waits for in-flight requests and messages before giving up. */
  RELAYBOT_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

export type HttpConfig = z.infer<typeof httpConfigSchema>;
