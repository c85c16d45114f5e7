// Verbs about the person and the channel rather than a task: `tz` (the user's time zone) and
// `subscribe` / `unsubscribe` (a channel following every task's events).
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import { t } from '../i18n.js';
import type { ChatDeps } from './deps.js';
import { infoDocument } from './documents.js';
import { canonicalTimeZone } from '../time-zone.js';
import type { SubscriptionLevel } from '../events/ports.js';

const SUBSCRIPTION_LEVELS: readonly SubscriptionLevel[] = ['alarms', 'all'];

function reply(ctx: ChatContext, title: string, lines: string[] = [], severity: 'info' | 'success' | 'warning' = 'info'): ChatOutcome {
  return { kind: 'reply', doc: infoDocument(title, lines, severity) };
}

/** `tz` shows the zone in use; `tz <IANA zone>` saves it as the user's preference. */
export function timeZoneVerb(args: string, ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  const { platform, userId } = ctx.actor;
  if (!args) {
    const saved = deps.prefs.get(platform, userId)?.timeZone;
    const key = saved ? 'chat.tz.current' : 'chat.tz.currentDefault';
    return reply(ctx, t(ctx.locale, key, { zone: saved ?? ctx.timeZone }));
  }
  const zone = canonicalTimeZone(args.trim());
  if (!zone) return reply(ctx, t(ctx.locale, 'chat.tz.invalid', { zone: args.trim() }), [], 'warning');
  deps.prefs.set(platform, userId, { ...deps.prefs.get(platform, userId), timeZone: zone });
  return reply(ctx, t(ctx.locale, 'chat.tz.saved', { zone }), [], 'success');
}

function levelOf(args: string): SubscriptionLevel | null | undefined {
  const word = args.trim().toLowerCase();
  if (!word) return undefined;
  const aliases: Record<string, SubscriptionLevel> = { 告警: 'alarms', 报警: 'alarms', 全部: 'all', 所有: 'all' };
  return SUBSCRIPTION_LEVELS.find((level) => level === word) ?? aliases[word] ?? null;
}

/** `subscribe [alarms|all]`: this channel hears about every task (alarms only unless `all`). */
export function subscribeVerb(args: string, ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  const level = levelOf(args);
  if (level === null) return reply(ctx, t(ctx.locale, 'chat.subscribe.badLevel', { given: args.trim() }), [], 'warning');
  const chosen = level ?? 'alarms';
  const { platform, teamId, channelId } = ctx.home;
  deps.subscriptions.subscribe({
    platform,
    ...(teamId ? { teamId } : {}),
    channelId,
    level: chosen,
    locale: ctx.locale,
    createdBy: ctx.actor.userId,
  });
  return reply(ctx, t(ctx.locale, `chat.subscribe.done.${chosen}`), [], 'success');
}

export function unsubscribeVerb(ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  const was = deps.subscriptions.unsubscribe(ctx.home.platform, ctx.home.channelId, ctx.home.teamId);
  return reply(ctx, t(ctx.locale, was ? 'chat.unsubscribe.done' : 'chat.unsubscribe.notSubscribed'));
}
