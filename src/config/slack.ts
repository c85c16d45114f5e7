// Slack settings. The adapter starts only when SLACK_BOT_TOKEN is set; it then needs either the signing
// secret (HTTP mode, requests at POST /slack/events on the bot's server) or an app-level token (Socket Mode).
import { z } from 'zod';

/** A comma- or space-separated list of Slack ids (users U…/W…, user groups S…, channels C…/G…/D…). */
const idList = (pattern: RegExp, example: string) =>
  z
    .string()
    .default('')
    .transform((raw) => raw.split(/[\s,]+/).filter(Boolean))
    .refine((ids) => ids.every((id) => pattern.test(id)), `a comma-separated list of Slack ids such as ${example}`);

export const slackConfigSchema = z
  .object({
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'a bot token starting with xoxb-').optional(),
    SLACK_SIGNING_SECRET: z.string().min(16, 'the Signing Secret from the app’s Basic Information page').optional(),
    SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'an app-level token starting with xapp-').optional(),
    SLACK_API_URL: z
      .url({ protocol: /^https?$/ })
      .default('https://slack.com/api/')
      .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    SLACK_ALLOWED_USERS: idList(/^[UW][A-Z0-9]{2,}$/, 'U012AB3CD,W0123'),
    SLACK_ALLOWED_USERGROUPS: idList(/^S[A-Z0-9]{2,}$/, 'S0614TZR7'),
    SLACK_ALLOWED_CHANNELS: idList(/^[CGD][A-Z0-9]{2,}$/, 'C024BE91L'),
  })
  .superRefine((env, ctx) => {
    const anySlack = env.SLACK_SIGNING_SECRET ?? env.SLACK_APP_TOKEN;
    if (anySlack && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'required when Slack is configured (the Bot User OAuth Token, xoxb-…)' });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)',
      });
    }
  })
  .transform((env) => ({
    /** Null when Slack is not configured: the adapter does not start. */
    botToken: env.SLACK_BOT_TOKEN ?? null,
    /** Socket Mode wins when an app-level token is present: no public URL is needed then. */
    mode: env.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const),
    signingSecret: env.SLACK_SIGNING_SECRET ?? null,
    appToken: env.SLACK_APP_TOKEN ?? null,
    apiUrl: env.SLACK_API_URL,
    allowedUsers: env.SLACK_ALLOWED_USERS,
    allowedUsergroups: env.SLACK_ALLOWED_USERGROUPS,
    allowedChannels: env.SLACK_ALLOWED_CHANNELS,
  }));

export type SlackConfig = z.infer<typeof slackConfigSchema>;
