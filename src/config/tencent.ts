// Tencent Cloud CSS settings. The Tencent backend is on when both API keys are set (it is then the default
// backend); with neither it is off (`null`); with only one of them start-up stops, naming the missing one.
import { z } from 'zod';
import { REGIONS, type Region } from '../core/relay-request.js';

export const DEFAULT_TENCENT_ENDPOINT = 'https://live.tencentcloudapi.com';
export const DEFAULT_TENCENT_REGION: Region = 'ap-guangzhou';

/** An http(s) URL naming only a host (and port): the SDK always posts to `/`. */
const endpointUrl = z
  .url({ protocol: /^https?$/, error: 'a full http(s) URL such as https://live.tencentcloudapi.com' })
  .refine((raw) => {
    if (!URL.canParse(raw)) return true; // already reported by the URL check above
    const url = new URL(raw);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  }, 'a URL with only scheme, host and optional port, such as https://live.tencentcloudapi.com');

const optionalText = z.string().trim().min(1).optional().catch(undefined);

export const tencentConfigSchema = z
  .object({
    TENCENTCLOUD_SECRET_ID: optionalText,
    TENCENTCLOUD_SECRET_KEY: optionalText,
    TENCENTCLOUD_REGION: z
      .enum(REGIONS, { error: `one of the regions the API page lists: ${REGIONS.join(', ')}` })
      .default(DEFAULT_TENCENT_REGION),
    RELAYBOT_TENCENT_ENDPOINT: endpointUrl.default(DEFAULT_TENCENT_ENDPOINT),
    RELAYBOT_TENCENT_TIMEOUT_SECONDS: z.coerce
      .number({ error: 'a number of seconds such as 10' })
      .positive('a number of seconds above 0 such as 10')
      .max(120, 'at most 120 seconds')
      .default(10),
    RELAYBOT_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'the bot’s public base URL, such as https://relaybot.example.com' }).optional(),
  })
  .superRefine((env, ctx) => {
    const id = env.TENCENTCLOUD_SECRET_ID;
    const key = env.TENCENTCLOUD_SECRET_KEY;
    if (id && !key) ctx.addIssue({ code: 'custom', path: ['TENCENTCLOUD_SECRET_KEY'], message: 'required with TENCENTCLOUD_SECRET_ID (the SecretKey of the same API key pair)' });
    if (key && !id) ctx.addIssue({ code: 'custom', path: ['TENCENTCLOUD_SECRET_ID'], message: 'required with TENCENTCLOUD_SECRET_KEY (the SecretId of the same API key pair)' });
    if (id && key && !env.RELAYBOT_PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['RELAYBOT_PUBLIC_URL'], message: 'required with the Tencent backend: the public http(s) base URL Tencent Cloud sends task events to' });
    }
  });

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
