// Discord interactions → core's chat verbs, the same for the HTTP endpoint and the gateway. Discord wants an
// answer within 3 seconds: quick verbs are answered directly, slow ones (anything reaching a backend) are
// deferred and their answer edited in afterwards. DISCORD_ALLOWED_CHANNELS works as Slack's channel setting:
// everyone may look everywhere; creating and changing happen only in the allowed channels.
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
import { matchVerb, MUTATING_VERBS } from '../../core/chat/verbs.js';
import { maskStreamPath } from '../../core/redact.js';
import { ACTIVE_STATES, type TaskRecord } from '../../core/task.js';
import type { TaskServiceApi } from '../../core/task-service-api.js';
import type { DiscordSettings } from '../../config/discord.js';
import type { Logger } from '../../log.js';
import { commandTextFor, subcommandOf } from './command-text.js';
import { relayModalResponse, submittedCommand } from './relay-modal.js';
import { parseCustomId, renderDiscordMessage } from './render.js';
import { DiscordStatusMessages, postFailureOf, statusNotPostedDocument } from './status-message.js';

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

/** Whether a command text would create or change something: a new relay (or its form), or a changing verb. */
function changesSomething(text: string): boolean {
  const verb = matchVerb(text);
  return verb === null || MUTATING_VERBS.has(verb.verb);
}

/** Buttons that change a relay; Show and Cancel (of a preview) only look or drop one's own preview. */
const CHANGING_BUTTONS: ReadonlySet<string> = new Set(['confirm', 'stop', 'restart']);

function notice(locale: Locale, key: string, severity: ReplyDocument['severity'] = 'error'): ReplyDocument {
  const text = t(locale, key);
  return { kind: 'error', title: text, lines: [], fields: [], actions: [], severity, text };
}

/** Discord: an autocomplete choice's name is 1 to 100 characters. */
const CHOICE_NAME_MAX = 100;

/**
 * A task as an autocomplete choice, which anyone typing `/relay stop` in the server sees: its id and stream, the
 * stream name masked as everywhere else (it is the push URL's stream key), else its comment. Cut at a character,
 * never inside one.
 */
function choiceName(task: TaskRecord): string {
  const { StreamName, AppName, Comment, SourceType } = task.request;
  const what = StreamName ? maskStreamPath(`${AppName}/${StreamName}`) : Comment || SourceType;
  return [...`${task.id} · ${what}`].slice(0, CHOICE_NAME_MAX).join('');
}

export class DiscordInteractions {
  /** Confirms in flight, per pending id: a double click must not post the status message twice. */
  private readonly confirming = new Map<string, Promise<ReplyDocument>>();
  private readonly statuses: DiscordStatusMessages;

  constructor(private readonly deps: DiscordInteractionDeps) {
    this.statuses = new DiscordStatusMessages(deps.notifier, deps.commands, deps.logger);
  }

  /** Handles one interaction; `respond` sends the initial response, follow-ups go through the webhook. */
  async handle(interaction: APIInteraction, respond: Respond): Promise<void> {
    if (interaction.type === InteractionType.Ping) return respond({ type: InteractionResponseType.Pong });
    const ctx = this.contextOf(interaction);
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      return respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: this.autocomplete(interaction) } });
    }
    // Said here rather than by core's read-only answer, which would send people after a role they may have.
    const refuseChange = () => respond(this.message(notice(ctx.locale, 'discord.channelNotAllowed'), true));
    const channelAllowed = this.channelAllowed(interaction);
    if (interaction.type === InteractionType.ApplicationCommand) {
      const data = interaction.data as { options?: APIApplicationCommandInteractionDataOption[] };
      const sub = subcommandOf(data.options);
      const text = sub ? commandTextFor(sub.name, sub.options) : 'help';
      if (!channelAllowed && changesSomething(text)) return refuseChange();
      return this.answer(interaction, respond, ctx, () => this.deps.commands.handle(text, ctx), { mayOpenForm: true });
    }
    if (interaction.type === InteractionType.ModalSubmit) {
      const text = submittedCommand(interaction.data);
      if (text === null) return respond(this.message(notice(ctx.locale, 'discord.unsupported'), true));
      if (!channelAllowed && changesSomething(text)) return refuseChange();
      return this.answer(interaction, respond, ctx, () => this.deps.commands.handle(text, ctx), { mayOpenForm: false });
    }
    if (interaction.type === InteractionType.MessageComponent) {
      const parsed = parseCustomId((interaction.data as { custom_id: string }).custom_id);
      if (!parsed) return respond(this.message(notice(ctx.locale, 'discord.unknownButton'), true));
      if (!channelAllowed && CHANGING_BUTTONS.has(parsed.action)) return refuseChange();
      if (parsed.action === 'cancel') {
        const cancelled = this.deps.commands.cancel(parsed.value, ctx).then((outcome) => this.docOf(outcome, ctx.locale, true));
        return this.updateInPlace(interaction, respond, ctx, cancelled);
      }
      if (parsed.action === 'confirm') {
        await respond({ type: InteractionResponseType.DeferredMessageUpdate });
        const doc = await this.confirmOnce(parsed.value, ctx).catch((error: unknown) => this.failed(error, interaction, ctx.locale));
        return this.editOriginal(interaction, doc, false, ctx.locale);
      }
      const action = parsed.action;
      return this.answer(interaction, respond, ctx, () => this.deps.commands.action(action, parsed.value, ctx), { mayOpenForm: false });
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
      // Outside the allowed channels nothing may change, whatever the roles (handle() says why before core is asked).
      canModify: this.channelAllowed(interaction) && (allowedRoles.length === 0 || roles.some((role) => allowedRoles.includes(role))),
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
      .map((task) => ({ name: choiceName(task), value: task.id }));
  }

  /** Confirms a preview and makes sure the task's status message stands in the channel; the preview's new text. */
  private confirmOnce(pendingId: string, ctx: ChatContext): Promise<ReplyDocument> {
    const inFlight = this.confirming.get(pendingId);
    if (inFlight) return inFlight;
    const work = this.confirmAndPost(pendingId, ctx);
    this.confirming.set(pendingId, work);
    const forget = () => this.confirming.delete(pendingId);
    work.then(forget, forget);
    return work;
  }

  private async confirmAndPost(pendingId: string, ctx: ChatContext): Promise<ReplyDocument> {
    const outcome = await this.deps.commands.confirm(pendingId, ctx);
    if (outcome.kind !== 'created') return this.docOf(outcome, ctx.locale, true);
    // A repeat Confirm (alreadyConfirmed) posts too when no status message was ever recorded: that is how a
    // post that failed the first time is made good.
    try {
      await this.statuses.ensurePosted(outcome.task, outcome.doc, ctx.home);
    } catch (error) {
      this.deps.logger.warn({ err: error, taskId: outcome.task.id }, 'discord: could not post the status message');
      return statusNotPostedDocument(ctx.locale, outcome.task.id, pendingId, postFailureOf(error));
    }
    return { ...outcome.doc, actions: [] };
  }

  /** Answers directly when the verb is quick, else defers and edits the answer in when it is ready. */
  private async answer(
    interaction: APIInteraction,
    respond: Respond,
    ctx: ChatContext,
    verb: () => Promise<ChatOutcome>,
    options: { mayOpenForm: boolean },
  ): Promise<void> {
    const work = verb().then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error }),
    );
    const quick = await Promise.race([work, new Promise<null>((resolve) => setTimeout(() => resolve(null), this.deps.deferAfterMs ?? 1500).unref())]);
    // A modal can only be the first answer, and never the answer to a modal.
    if (quick && 'outcome' in quick && quick.outcome.kind === 'open-form' && options.mayOpenForm) {
      return respond(relayModalResponse(ctx.locale, quick.outcome.prefill));
    }
    if (quick) return respond(this.message(this.settle(quick, interaction, ctx.locale), true));
    await respond({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    await this.editOriginal(interaction, this.settle(await work, interaction, ctx.locale), false, ctx.locale);
  }

  /**
   * Replaces the message a button is on with `work`'s document: directly when it is quick, else deferred and
   * edited in. A Cancel clicked while that preview's Confirm is still creating waits for the create (to say
   * which relay exists), which can outlast Discord's 3 seconds.
   */
  private async updateInPlace(interaction: APIInteraction, respond: Respond, ctx: ChatContext, work: Promise<ReplyDocument>): Promise<void> {
    const settled = work.catch((error: unknown) => this.failed(error, interaction, ctx.locale));
    const quick = await Promise.race([settled, new Promise<null>((resolve) => setTimeout(() => resolve(null), this.deps.deferAfterMs ?? 1500).unref())]);
    if (quick) return respond({ type: InteractionResponseType.UpdateMessage, data: renderDiscordMessage(quick) });
    await respond({ type: InteractionResponseType.DeferredMessageUpdate });
    await this.editOriginal(interaction, await settled, false, ctx.locale);
  }

  private settle(result: { outcome: ChatOutcome } | { error: unknown }, interaction: APIInteraction, locale: Locale): ReplyDocument {
    if ('outcome' in result) return this.docOf(result.outcome, locale, false);
    return this.failed(result.error, interaction, locale);
  }

  private failed(error: unknown, interaction: APIInteraction, locale: Locale): ReplyDocument {
    this.deps.logger.error({ err: error, interaction: interaction.id }, 'discord interaction failed');
    return notice(locale, 'discord.failed');
  }

  private docOf(outcome: ChatOutcome, locale: Locale, stripActions: boolean): ReplyDocument {
    // Where no form can be opened, say what `/relay new` needs instead.
    if (outcome.kind === 'open-form') return notice(locale, 'discord.form.hint', 'info');
    return stripActions ? { ...outcome.doc, actions: [] } : outcome.doc;
  }

  private message(doc: ReplyDocument, ephemeral: boolean): InteractionResponse {
    return { type: InteractionResponseType.ChannelMessageWithSource, data: renderDiscordMessage(doc, { ephemeral }) };
  }

  /**
   * After a deferral this edit is the person's only answer: if Discord refuses it (or it cannot be rendered),
   * they would be left with "Relaybot is thinking…" for good. So a refused edit is followed by one with a plain
   * notice that says the request was handled and where to see its result.
   */
  private async editOriginal(interaction: APIInteraction, doc: ReplyDocument, ephemeral: boolean, locale: Locale): Promise<void> {
    const edit = (body: ReplyDocument) =>
      this.deps.rest.patch(Routes.webhookMessage(this.deps.settings.applicationId, interaction.token, '@original'), {
        body: renderDiscordMessage(body, { ephemeral }),
        auth: false,
      });
    try {
      await edit(doc);
    } catch (error) {
      this.deps.logger.error({ err: error, interaction: interaction.id }, 'discord: could not edit the interaction answer; editing in a plain notice');
      await edit(notice(locale, 'discord.answerNotShown')).catch((again: unknown) =>
        this.deps.logger.warn({ err: again, interaction: interaction.id }, 'discord: could not edit in the plain notice either'),
      );
    }
  }
}
