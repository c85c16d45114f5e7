// Verbs about the person and the channel rather than a task: `tz` (the user's time zone) and
// `subscribe` / `unsubscribe` (a channel following every task's events).
import type { ChatContext, ChatOutcome } from '../chat-commands.js';
import { t } from '../i18n.js';
import type { ChatDeps } from './deps.js';
import { infoDocument } from './documents.js';
import { wallClock } from '../wall-clock.js';
import { chooseZone, offsetLabel, offsetMinutesAt, type ZoneChoice } from './zone-choice.js';
import type { SubscriptionLevel } from '../events/ports.js';

const SUBSCRIPTION_LEVELS: readonly SubscriptionLevel[] = ['alarms', 'all'];

function reply(ctx: ChatContext, title: string, lines: string[] = [], severity: 'info' | 'success' | 'warning' = 'info'): ChatOutcome {
  return { kind: 'reply', doc: infoDocument(title, lines, severity) };
}

/** `tz` shows the zone in use; `tz <zone or city>` saves it as the user's preference. */
export function timeZoneVerb(args: string, ctx: ChatContext, deps: ChatDeps): ChatOutcome {
  const { platform, userId } = ctx.actor;
  const now = deps.clock();
  if (!args.trim()) {
    const saved = deps.prefs.get(platform, userId)?.timeZone;
    const key = saved ? 'chat.tz.current' : 'chat.tz.currentDefault';
    return reply(ctx, t(ctx.locale, key, zoneNow(saved ?? ctx.timeZone, ctx, now)));
  }
  const given = args.trim();
  const choice = chooseZone(given, ctx.locale, ctx.timeZone, now);
  if (!choice.ok) return reply(ctx, refusal(choice, given, ctx), [], 'warning');
  deps.prefs.set(platform, userId, { ...deps.prefs.get(platform, userId), timeZone: choice.zone });
  return reply(ctx, t(ctx.locale, 'chat.tz.saved', zoneNow(choice.zone, ctx, now)), [], 'success');
}

/** The zone with its clock and offset now, so that a wrong choice shows at once ("Etc/GMT+8" is UTC−8). */
function zoneNow(zone: string, ctx: ChatContext, now: Date): Record<string, string> {
  return { zone, local: wallClock(now, ctx.locale, zone), offset: offsetLabel(offsetMinutesAt(now.getTime(), zone)) };
}

function refusal(choice: Exclude<ZoneChoice, { ok: true }>, given: string, ctx: ChatContext): string {
  if (choice.reason === 'unknown') return t(ctx.locale, 'chat.tz.invalid', { zone: given });
  if (choice.reason === 'severalZones') return t(ctx.locale, 'chat.tz.severalZones', { given });
  const offset = offsetLabel(choice.offsetMinutes);
  const [first] = choice.suggestions;
  if (!first) return t(ctx.locale, 'chat.tz.fixedOffsetNoZone', { given, offset });
  const zones = new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(choice.suggestions);
  return t(ctx.locale, 'chat.tz.fixedOffset', { given, offset, zones, first });
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
