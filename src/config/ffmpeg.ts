// Settings of the bundled ffmpeg runner (backends/ffmpeg). Every one has a default that works out of the box.
import { z } from 'zod';
import { ruleIssue } from './problems.js';

export const ffmpegConfigSchema = z.object({
  /** An ffmpeg binary to use instead of the bundled one (or a newer one found on PATH). */
  RELAYBOT_FFMPEG_PATH: z.string().min(1).optional(),
  /** Tasks the runner accepts at once; beyond it creates are refused as the provider does. */
  RELAYBOT_RUNNER_MAX_TASKS: z.coerce.number().int().positive().max(500).default(20),
  /** First restart delay after a failure; doubles per failure up to the cap. */
  RELAYBOT_RUNNER_BACKOFF_MS: z.coerce.number().int().positive().default(1000),
  RELAYBOT_RUNNER_BACKOFF_MAX_MS: z.coerce.number().int().positive().default(30_000),
  /** A run that stays healthy this long resets the backoff. */
  RELAYBOT_RUNNER_STABLE_MS: z.coerce.number().int().positive().default(30_000),
  /** Time ffmpeg gets after SIGINT before SIGKILL. */
  RELAYBOT_RUNNER_STOP_GRACE_MS: z.coerce.number().int().positive().default(3000),
  /** No progress for this long counts as a stall (unstable alarm). */
  RELAYBOT_RUNNER_STALL_MS: z.coerce.number().int().positive().default(5000),
  /** While on the backup source, how often the primary is tried again. */
  RELAYBOT_RUNNER_PRIMARY_RETRY_MS: z.coerce.number().int().positive().default(10_000),
}).superRefine((env, ctx) => {
  // A first delay above the longest one would be cut to the cap at once: the operator meant something else.
  if (env.RELAYBOT_RUNNER_BACKOFF_MS > env.RELAYBOT_RUNNER_BACKOFF_MAX_MS) {
    ctx.addIssue(ruleIssue('RELAYBOT_RUNNER_BACKOFF_MS', 'settings.rule.backoffAboveMax', {
      first: String(env.RELAYBOT_RUNNER_BACKOFF_MS),
      max: String(env.RELAYBOT_RUNNER_BACKOFF_MAX_MS),
    }));
  }
});

export type FfmpegConfig = z.infer<typeof ffmpegConfigSchema>;
