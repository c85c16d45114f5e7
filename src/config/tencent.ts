// Tencent Cloud CSS settings. The Tencent backend is on when both API keys are set (it is then the default
// backend); with neither it is off (`null`); with only one of them start-up stops, naming the missing one.
import { z } from 'zod';
import { REGIONS, type Region } from '../core/relay-request.js';
import { ruleIssue } from './problems.js';

export const DEFAULT_TENCENT_ENDPOINT = 'https://live.tencentcloudapi.com';
export const DEFAULT_TENCENT_REGION: Region = 'ap-guangzhou';

/** An http(s) URL naming only a host (and port): the SDK always posts to `/`. */
const endpointUrl = z
  .url({ protocol: /^https?$/ })
  .refine((raw) => {
    if (!URL.canParse(raw)) return true; // already reported by the URL check above
    const url = new URL(raw);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  });

/**
 * Where Tencent Cloud sends task events: https, because each callback URL carries the task's token. A path is
 * kept (a reverse proxy that serves the bot under a prefix and strips it); a query, fragment or user name would
 * end up in the middle of every callback URL.
 */
const publicUrl = z
  .url({ protocol: /^https$/ })
  .refine((raw) => {
    if (!URL.canParse(raw)) return true; // already reported by the URL check above
    const url = new URL(raw);
    return !url.search && !url.hash && !url.username && !url.password;
  });

const optionalText = z.string().trim().min(1).optional().catch(undefined);

export const tencentConfigSchema = z
  .object({
    TENCENTCLOUD_SECRET_ID: optionalText,
    TENCENTCLOUD_SECRET_KEY: optionalText,
    TENCENTCLOUD_REGION: z
      .enum(REGIONS)
      .default(DEFAULT_TENCENT_REGION),
    RELAYBOT_TENCENT_ENDPOINT: endpointUrl.default(DEFAULT_TENCENT_ENDPOINT),
    RELAYBOT_TENCENT_TIMEOUT_SECONDS: z.coerce.number().positive().max(120).default(10),
    RELAYBOT_PUBLIC_URL: publicUrl.optional(),
  })
  .superRefine((env, ctx) => {
    const id = env.TENCENTCLOUD_SECRET_ID;
    const key = env.TENCENTCLOUD_SECRET_KEY;
    if (id && !key) ctx.addIssue(ruleIssue('TENCENTCLOUD_SECRET_KEY', 'settings.required.tencentSecretKey'));
    if (key && !id) ctx.addIssue(ruleIssue('TENCENTCLOUD_SECRET_ID', 'settings.required.tencentSecretId'));
    // Only when the URL is missing: a malformed one is already reported as such.
    if (id && key && env.RELAYBOT_PUBLIC_URL === undefined) ctx.addIssue(ruleIssue('RELAYBOT_PUBLIC_URL', 'settings.required.publicUrl'));
    // Run even when a value above is malformed: a missing half of the key pair is reported in the same round.
  }, { when: () => true });

export interface TencentConfig {
  secretId: string;
  secretKey: string;
  region: Region;
  /** Full endpoint URL, e.g. https://live.tencentcloudapi.com or http://127.0.0.1:PORT. */
  endpoint: string;
  timeoutSeconds: number;
  /** The bot's public base URL (task CallbackUrls are built on it). */
  publicUrl: string;
}

/** Null when the Tencent backend is not configured (neither key set). */
export const tencentSettingsSchema = tencentConfigSchema.transform((settings): TencentConfig | null => {
  if (!settings.TENCENTCLOUD_SECRET_ID || !settings.TENCENTCLOUD_SECRET_KEY || !settings.RELAYBOT_PUBLIC_URL) return null;
  return {
    secretId: settings.TENCENTCLOUD_SECRET_ID,
    secretKey: settings.TENCENTCLOUD_SECRET_KEY,
    region: settings.TENCENTCLOUD_REGION,
    endpoint: settings.RELAYBOT_TENCENT_ENDPOINT,
    timeoutSeconds: settings.RELAYBOT_TENCENT_TIMEOUT_SECONDS,
    publicUrl: settings.RELAYBOT_PUBLIC_URL,
  };
});
