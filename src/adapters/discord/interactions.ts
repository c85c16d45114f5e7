// Discord interactions → core's chat verbs, the same for the HTTP endpoint and the gateway. Discord wants an
// answer within 3 seconds: quick verbs are answered directly, slow ones (anything reaching a backend) are
// deferred and their answer edited in afterwards.
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type APIApplicationCommandInteractionDataOption,
  type REST,
} from 'discord.js';
import type { ChatCommands, ChatContext, ChatOutcome } from '../../core/chat-commands.js';
import { resolveLocale, t, type Locale } from '../../core/i18n.js';
import type { Notifier } from '../../core/notifier.js';
import type { PreferenceStore } from '../../core/ports.js';
import type { ReplyDocument } from '../../core/reply.js';
import { ACTIVE_STATES } from '../../core/task.js';
import type { TaskServiceApi } from '../../core/task-service-api.js';
import type { DiscordSettings } from '../../config/discord.js';
import type { Logger } from '../../log.js';
import { commandTextFor, subcommandOf } from './command-text.js';
import { parseCustomId, renderDiscordMessage } from './render.js';

export interface DiscordInteractionDeps {
  settings: DiscordSettings;
  commands: ChatCommands;
  tasks: TaskServiceApi;
  prefs: PreferenceStore;
  defaultTimeZone: string;
  rest: REST;
  notifier: Notifier;
  logger: Logger;
  /** How long a verb may take before the answer is deferred (Discord allows 3 s in all). */
  deferAfterMs?: number;
}

/** The interaction response (PONG, message, deferral, autocomplete choices). */
export type InteractionResponse = { type: InteractionResponseType; data?: object };
export type Respond = (response: InteractionResponse) => Promise<void>;

const AUTOCOMPLETE_MAX = 25;
const ZONES = Intl.supportedValuesOf('timeZone');

function localeOf(interaction: APIInteraction): string | undefined {
  return (interaction as { locale?: string }).locale;
}

function notice(locale: Locale, key: string, severity: ReplyDocument['severity'] = 'error'): ReplyDocument {
  const text = t(locale, key);
  return { kind: 'error', title: text, lines: [], fields: [], actions: [], severity, text };
}

export class DiscordInteractions {
  /** Confirms in flight, per pending id: a double click must not post the status message twice. */
  private readonly confirming = new Map<string, Promise<ChatOutcome>>();

  constructor(private readonly deps: DiscordInteractionDeps) {}

  /** Handles one interaction; `respond` sends the initial response, follow-ups go through the webhook. */
  async handle(interaction: APIInteraction, respond: Respond): Promise<void> {
    if (interaction.type === InteractionType.Ping) return respond({ type: InteractionResponseType.Pong });
    const ctx = this.contextOf(interaction);
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      return respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: this.autocomplete(interaction) } });
    }
    if (!this.channelAllowed(interaction)) {
      return respond(this.message(notice(ctx.locale, 'discord.channelNotAllowed'), true));
    }
    if (interaction.type === InteractionType.ApplicationCommand) {
      const data = interaction.data as { options?: APIApplicationCommandInteractionDataOption[] };
      const sub = subcommandOf(data.options);
      const text = sub ? commandTextFor(sub.name, sub.options) : 'help';
      return this.answer(interaction, respond, () => this.deps.commands.handle(text, ctx));
    }
    if (interaction.type === InteractionType.MessageComponent) {
      const parsed = parseCustomId((interaction.data as { custom_id: string }).custom_id);
      if (!parsed) return respond(this.message(notice(ctx.locale, 'discord.unknownButton'), true));
      if (parsed.action === 'cancel') {
        const outcome = await this.deps.commands.cancel(parsed.value, ctx);
        return respond({ type: InteractionResponseType.UpdateMessage, data: renderDiscordMessage(this.docOf(outcome, true)) });
      }
      if (parsed.action === 'confirm') {
        await respond({ type: InteractionResponseType.DeferredMessageUpdate });
        return this.followUp(interaction, () => this.confirmOnce(parsed.value, ctx), true);
      }
      return this.answer(interaction, respond, () => this.deps.commands.action(parsed.action as 'stop' | 'restart' | 'show', parsed.value, ctx));
    }
    return respond(this.message(notice(ctx.locale, 'discord.unsupported'), true));
  }

  private contextOf(interaction: APIInteraction): ChatContext {
    const user = interaction.member?.user ?? interaction.user;
    const userId = user?.id ?? 'unknown';
    const saved = this.deps.prefs.get('discord', userId);
    const roles = interaction.member?.roles ?? [];
    const { allowedRoles } = this.deps.settings;
    return {
      actor: { platform: 'discord', userId, displayName: interaction.member?.nick ?? user?.global_name ?? user?.username ?? userId },
      locale: saved?.locale ?? resolveLocale(localeOf(interaction)),
      timeZone: saved?.timeZone ?? this.deps.defaultTimeZone,
      home: {
        platform: 'discord',
        ...(interaction.guild_id ? { teamId: interaction.guild_id } : {}),
        channelId: interaction.channel?.id ?? interaction.channel_id ?? '',
      },
      canModify: allowedRoles.length === 0 || roles.some((role) => allowedRoles.includes(role)),
      requestKey: `discord:${interaction.id}`,
    };
  }

  private channelAllowed(interaction: APIInteraction): boolean {
    const allowed = this.deps.settings.allowedChannels;
    const channelId = interaction.channel?.id ?? interaction.channel_id;
    return allowed.length === 0 || (channelId !== undefined && allowed.includes(channelId));
  }

  private autocomplete(interaction: APIInteraction): { name: string; value: string }[] {
    const options = subcommandOf((interaction.data as { options?: APIApplicationCommandInteractionDataOption[] }).options)?.options ?? [];
    const focused = options.find((o) => 'focused' in o && o.focused) as { name: string; value: string } | undefined;
    const typed = String(focused?.value ?? '').toLowerCase();
    if (focused?.name === 'zone') {
      return ZONES.filter((zone) => zone.toLowerCase().includes(typed))
        .slice(0, AUTOCOMPLETE_MAX)
        .map((zone) => ({ name: zone, value: zone }));
    }
    return this.deps.tasks
      .list({ states: ACTIVE_STATES, platform: 'discord', ...(interaction.guild_id ? { teamId: interaction.guild_id } : {}) })
      .filter((task) => task.id.toLowerCase().startsWith(typed))
      .slice(0, AUTOCOMPLETE_MAX)
      .map((task) => ({ name: `${task.id} · ${task.request.StreamName || task.request.Comment || task.request.SourceType}`.slice(0, 100), value: task.id }));
  }

  private async confirmOnce(pendingId: string, ctx: ChatContext): Promise<ChatOutcome> {
    const inFlight = this.confirming.get(pendingId);
    if (inFlight) return inFlight;
    const work = (async () => {
      const outcome = await this.deps.commands.confirm(pendingId, ctx);
      if (outcome.kind === 'created' && !outcome.alreadyConfirmed && !outcome.task.home?.statusMessageId) {
        const { messageId } = await this.deps.notifier.post({ channelId: ctx.home.channelId, ...(ctx.home.teamId ? { teamId: ctx.home.teamId } : {}) }, outcome.doc);
        this.deps.commands.setStatusMessage(outcome.task.id, { ...ctx.home, statusMessageId: messageId });
      }
      return outcome;
    })();
    this.confirming.set(pendingId, work);
    try {
      return await work;
    } finally {
      this.confirming.delete(pendingId);
    }
  }

  /** Answers directly when the verb is quick, else defers and edits the answer in when it is ready. */
  private async answer(interaction: APIInteraction, respond: Respond, verb: () => Promise<ChatOutcome>): Promise<void> {
    const work = verb().then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error }),
    );
    const quick = await Promise.race([work, new Promise<null>((resolve) => setTimeout(() => resolve(null), this.deps.deferAfterMs ?? 1500).unref())]);
    if (quick) return respond(this.message(this.settle(quick, interaction), true));
    await respond({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    await this.editOriginal(interaction, this.settle(await work, interaction), false);
  }

  private async followUp(interaction: APIInteraction, verb: () => Promise<ChatOutcome>, stripActions: boolean): Promise<void> {
    let doc: ReplyDocument;
    try {
      doc = this.docOf(await verb(), stripActions);
    } catch (error) {
      doc = this.settle({ error }, interaction);
    }
    await this.editOriginal(interaction, doc, false);
  }

  private settle(result: { outcome: ChatOutcome } | { error: unknown }, interaction: APIInteraction): ReplyDocument {
    if ('outcome' in result) return this.docOf(result.outcome, false);
    this.deps.logger.error({ err: result.error, interaction: interaction.id }, 'discord interaction failed');
    return notice(resolveLocale(localeOf(interaction)), 'discord.failed');
  }

  private docOf(outcome: ChatOutcome, stripActions: boolean): ReplyDocument {
    if (outcome.kind === 'open-form') return notice('en', 'discord.unsupported', 'info');
    return stripActions ? { ...outcome.doc, actions: [] } : outcome.doc;
  }

  private message(doc: ReplyDocument, ephemeral: boolean): InteractionResponse {
    return { type: InteractionResponseType.ChannelMessageWithSource, data: renderDiscordMessage(doc, { ephemeral }) };
  }

  private async editOriginal(interaction: APIInteraction, doc: ReplyDocument, ephemeral: boolean): Promise<void> {
    try {
      await this.deps.rest.patch(Routes.webhookMessage(this.deps.settings.applicationId, interaction.token, '@original'), {
        body: renderDiscordMessage(doc, { ephemeral }),
        auth: false,
      });
    } catch (error) {
      this.deps.logger.warn({ err: error, interaction: interaction.id }, 'discord: could not edit the interaction answer');
    }
  }
}
