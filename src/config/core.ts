// Settings every part shares. Each part has its own file beside this one (tencent.ts, ffmpeg.ts, http.ts,
// slack.ts, discord.ts), validated the same way, and index.ts puts them together.
import { z } from 'zod';
import { resolveLocale } from '../core/i18n.js';
import { fixedOffsetName } from '../core/fixed-offset-zone.js';
import { isTimeZone } from '../core/time-zone.js';

// Any case: `TRUE` or `Yes` in a .env file means what it says, not "malformed".
const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The terminal chat's language (read by adapters/shell): one we speak, or it would silently fall back to English. */
const localeTag = z.string().refine((raw) => {
  const tag = raw.split(/[.@]/)[0]!; // "zh_CN.UTF-8", as LANG spells it, is read the same way
  return /^en(?:[-_][a-z]+)?$/i.test(tag) || resolveLocale(tag) === 'zh-CN';
});

export const coreConfigSchema = z.object({
  RELAYBOT_DATA_DIR: z.string().min(1).default('./data'),
  RELAYBOT_PUSH_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i)
    .optional(),
  RELAYBOT_DEFAULT_TZ: z
    .string()
    .refine(isTimeZone)
    // "EST" is a zone to the runtime, America/Panama, with no summer time: refused as the chat's `tz EST` is, with
    // the zones that keep the offset (fixed-offset-zone.ts). The value itself is not quoted (problems.ts).
    .superRefine((value, ctx) => {
      const fixed = fixedOffsetName(value);
      if (fixed) ctx.addIssue({ code: 'custom', message: 'settings.rule.fixedOffsetZone', params: { key: 'settings.rule.fixedOffsetZone', params: { ...fixed } } });
    })
    .optional(),
  RELAYBOT_MAX_SPAN_DAYS: z.coerce.number().positive().max(30).default(7),
  RELAYBOT_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
  RELAYBOT_LOCALE: localeTag.optional(),
  RELAYBOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type CoreConfig = z.infer<typeof coreConfigSchema>;
export { booleanFlag };
