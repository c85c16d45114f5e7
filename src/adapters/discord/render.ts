// ReplyDocument → a Discord message: one embed (fields, colour by severity), buttons in an action row, the
// creator mentioned on alarms. Times become Discord timestamps (<t:…:F>), which every reader sees in their own
// zone. Discord's documented limits are enforced here, so no payload is ever refused for size.
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { InstantStyle } from '../../core/notifier.js';
import type { ReplyAction, ReplyDocument } from '../../core/reply.js';
import { clipList } from '../../core/list-clip.js';
import { discordCommandHints } from './command-hints.js';
import { escapeDiscordMarkdown } from './escape-markdown.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

const COLOURS: Record<ReplyDocument['severity'], number> = {
  info: 0x5865f2,
  success: 0x57f287,
  warning: 0xfee75c,
  error: 0xed4245,
};

export interface DiscordMessagePayload {
  content?: string;
  embeds: {
    title: string;
    description?: string;
    color: number;
    fields: { name: string; value: string; inline?: boolean }[];
  }[];
  components: { type: ComponentType.ActionRow; components: DiscordButton[] }[];
  allowed_mentions: { parse: never[]; users: string[] };
  flags?: number;
}

interface DiscordButton {
  type: ComponentType.Button;
  style: ButtonStyle;
  label: string;
  custom_id: string;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** custom_id of a button: `relay:<action>:<value>`; values are short ids (pending or task). */
export function customIdFor(action: ReplyAction): string {
  return clip(`relay:${action.id}:${action.value}`, DISCORD_LIMITS.customId);
}

/** A delivered post's buttons end in `#<mark>` (delivery-mark.ts), which names the post, not the action. */
export function parseCustomId(customId: string): { action: ReplyAction['id']; value: string } | null {
  const match = /^relay:(confirm|cancel|stop|restart|show):([\w-]{1,80})(?:#[\w-]{1,32})?$/.exec(customId);
  return match ? { action: match[1] as ReplyAction['id'], value: match[2]! } : null;
}

function timestamp(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `<t:${seconds}:F> (<t:${seconds}:R>)`;
}

/**
 * A time field: the Discord timestamp (each reader's own zone) and, under it, core's text, which names the zone
 * the time was read or planned in ("Sun 29 Nov 20:00 (Asia/Shanghai) · 12:00 UTC"). Discord does not tell the
 * bot a user's zone, so "8pm" is read in the zone set with /relay tz or the bot's default; without that line a
 * preview read in the wrong zone would show only a converted clock time, with nothing saying why.
 */
function instantValue(instant: number, written: string, room: number): string {
  const stamp = timestamp(instant);
  const both = written.trim() ? `${stamp}\n${escapeDiscordMarkdown(written)}` : stamp;
  return both.length <= room ? both : clip(stamp, room);
}

/** An instant inside a line of text: `<t:…:T>` (20:03:04) or `<t:…:f>` (27 November 2026 20:03), in each reader's zone. */
export function inlineTimestamp(ms: number, style: InstantStyle): string {
  return `<t:${Math.floor(ms / 1000)}:${style === 'time' ? 'T' : 'f'}>`;
}

export function renderDiscordMessage(doc: ReplyDocument, options: { ephemeral?: boolean } = {}): DiscordMessagePayload {
  // User text inside any of these must read as written, never as formatting or a masked link.
  // Suggested commands in the form Discord's /relay takes (`/relay resume id:r7kq2m`), before any escaping.
  const title = clip(escapeDiscordMarkdown(discordCommandHints(doc.title)), DISCORD_LIMITS.embedTitle);
  // An embed's title, fields and description share 6,000 characters: fields first, the description gets the rest.
  let remaining = DISCORD_LIMITS.embedTotal - title.length;
  const fields: DiscordMessagePayload['embeds'][number]['fields'] = [];
  for (const field of doc.fields.slice(0, DISCORD_LIMITS.embedFields)) {
    const instant = doc.instants?.[field.label];
    const name = clip(escapeDiscordMarkdown(discordCommandHints(field.label)), DISCORD_LIMITS.fieldName);
    const room = Math.min(DISCORD_LIMITS.fieldValue, remaining - name.length);
    if (room < 16) break;
    const text = field.asWritten ? field.value : discordCommandHints(field.value);
    const value = instant !== undefined ? instantValue(instant, field.value, room) : clipList(escapeDiscordMarkdown(text) || '—', room, clip);
    fields.push({ name, value, inline: field.value.length < 40 });
    remaining -= name.length + value.length;
  }
  const budget = Math.min(DISCORD_LIMITS.embedDescription, remaining);
  const description = doc.lines.length > 0 && budget > 0 ? clip(escapeDiscordMarkdown(discordCommandHints(doc.lines.join('\n'))), budget) : undefined;

  const buttons = doc.actions.slice(0, DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rows).map(
    (action): DiscordButton => ({
      type: ComponentType.Button,
      style: action.style === 'danger' ? ButtonStyle.Danger : action.style === 'primary' ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: clip(action.label, DISCORD_LIMITS.buttonLabel),
      custom_id: customIdFor(action),
    }),
  );
  const rows: DiscordMessagePayload['components'] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }

  return {
    ...(doc.mentionUserId ? { content: `<@${doc.mentionUserId}>` } : {}),
    embeds: [{ title, ...(description ? { description } : {}), color: COLOURS[doc.severity], fields }],
    components: rows,
    // Only the creator may be pinged; text from users (comments, URLs) can never mention @everyone or roles.
    allowed_mentions: { parse: [], users: doc.mentionUserId ? [doc.mentionUserId] : [] },
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
