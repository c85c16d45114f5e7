// Slack settings. The adapter starts only when SLACK_BOT_TOKEN is set; it then needs either the signing
// secret (HTTP mode, requests at POST /slack/events on the bot's server) or an app-level token (Socket Mode).
import { z } from 'zod';
import { ruleIssue } from './problems.js';

/** A comma- or space-separated list of Slack ids (users U…/W…, user groups S…, channels C…/G…/D…). */
const idList = (pattern: RegExp) =>
  z
    .string()
    .default('')
    .transform((raw) => raw.split(/[\s,]+/).filter(Boolean))
    .refine((ids) => ids.every((id) => pattern.test(id)));

export const slackConfigSchema = z
  .object({
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/).optional(),
    SLACK_SIGNING_SECRET: z.string().min(16).optional(),
    SLACK_APP_TOKEN: z.string().regex(/^xapp-/).optional(),
    SLACK_API_URL: z
      .url({ protocol: /^https?$/ })
      .default('https://slack.com/api/')
      .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    SLACK_ALLOWED_USERS: idList(/^[UW][A-Z0-9]{2,}$/),
    SLACK_ALLOWED_USERGROUPS: idList(/^S[A-Z0-9]{2,}$/),
    SLACK_ALLOWED_CHANNELS: idList(/^[CGD][A-Z0-9]{2,}$/),
  })
  .superRefine((env, ctx) => {
    const anySlack = env.SLACK_SIGNING_SECRET ?? env.SLACK_APP_TOKEN;
    if (anySlack && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue(ruleIssue('SLACK_BOT_TOKEN', 'settings.required.slackBotToken'));
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue(ruleIssue('SLACK_SIGNING_SECRET', 'settings.required.slackSigningSecret'));
    }
  }, { when: () => true }) // even when a value is malformed: every missing setting is named in one round
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
