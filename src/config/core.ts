// Settings every part shares. Each part has its own file beside this one (tencent.ts, ffmpeg.ts, http.ts,
// slack.ts, discord.ts), validated the same way, and index.ts puts them together.
import { z } from 'zod';
import { isTimeZone } from '../core/time-zone.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const coreConfigSchema = z.object({
  RELAYBOT_DATA_DIR: z.string().min(1).default('./data'),
  RELAYBOT_PUSH_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i, 'a host name such as push.example.com')
    .optional(),
  RELAYBOT_DEFAULT_TZ: z.string().refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai').optional(),
  RELAYBOT_MAX_SPAN_DAYS: z.coerce.number().positive().max(30).default(7),
  RELAYBOT_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
  RELAYBOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type CoreConfig = z.infer<typeof coreConfigSchema>;
export { booleanFlag };
