// Renders core's platform-neutral ReplyDocument as Block Kit, within Slack's published limits
// (https://api.slack.com/reference/block-kit/blocks): Slack rejects a whole message that breaks any of them,
// so long content is cut here, visibly ("…"), and the buttons always survive the cut. Only a short heading
// goes into a (plain-text, 150-character) header; a sentence is never cut to fit one.
import type { types } from '@slack/bolt';
import { clipList } from '../../core/list-clip.js';
import type { ActionId, ReplyDocument } from '../../core/reply.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  actionsPerBlock: 25,
  /** chat.postMessage accepts 40,000; notifications show far less, and blocks carry the full content. */
  fallbackText: 3000,
} as const;

const SEVERITY_EMOJI: Record<ReplyDocument['severity'], string> = {
  info: ':information_source:',
  success: ':white_check_mark:',
  warning: ':warning:',
  error: ':x:',
};

/** action_id of a rendered button: `relay_stop:0`. The index keeps ids unique when a list repeats a verb. */
export const ACTION_ID_PATTERN = /^relay_(confirm|cancel|stop|restart|show):\d+$/;

export function parseActionId(actionId: string): ActionId | null {
  const match = ACTION_ID_PATTERN.exec(actionId);
  return match ? (match[1] as ActionId) : null;
}

/** Slack mrkdwn treats &, < and > as control characters (<!channel>, <@U…>): user text must not ping or link. */
export function escapeMrkdwn(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to `max` characters, ending in "…" when something was cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  // UTF-16 length is never below the number of characters: short texts need no counting.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

const mention = (doc: ReplyDocument) =>
  doc.mentionUserId && /^[UW][A-Z0-9]+$/.test(doc.mentionUserId) ? `<@${doc.mentionUserId}> ` : '';

/** Groups lines into section texts of at most `max` characters each. */
function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.map((l) => truncate(l, max))) {
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Whether the title can be a `header` block: a short heading over other content. A header is plain text of at
 * most 150 characters, so a title that is the whole message (core's one-sentence notices), a long one, or one
 * with `code` in it goes into a mrkdwn section instead, whole.
 */
function isHeading(doc: ReplyDocument, title: string): boolean {
  const hasContent = doc.lines.length > 0 || doc.fields.length > 0;
  return hasContent && !title.includes('`') && Array.from(title).length <= HEADING_MAX_CHARS;
}

/** Well inside the header's 150: a heading is a few words; anything longer reads as a sentence. */
const HEADING_MAX_CHARS = 80;

function contentBlocks(doc: ReplyDocument, titleText?: string): KnownBlock[] {
  const L = BLOCK_KIT_LIMITS;
  const blocks: KnownBlock[] = [];
  const texts = chunkLines([...(titleText ? [titleText] : []), ...doc.lines.map(escapeMrkdwn)], L.sectionText - 40);
  const lead = mention(doc);
  if (lead && texts.length === 0) texts.push('');
  texts.forEach((text, i) => blocks.push({ type: 'section', text: { type: 'mrkdwn', text: i === 0 ? `${lead}${text}`.trim() : text } }));
  for (let i = 0; i < doc.fields.length; i += L.sectionFields) {
    const fields = doc.fields.slice(i, i + L.sectionFields).map((f) => ({
      type: 'mrkdwn' as const,
      text: clipList(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value) || '—'}`, L.fieldText, truncate),
    }));
    blocks.push({ type: 'section', fields });
  }
  return blocks;
}

function actionsBlock(doc: ReplyDocument): KnownBlock | null {
  const L = BLOCK_KIT_LIMITS;
  if (doc.actions.length === 0) return null;
  const elements: Button[] = doc.actions.slice(0, L.actionsPerBlock).map((action, i) => ({
    type: 'button',
    action_id: `relay_${action.id}:${i}`,
    text: { type: 'plain_text', text: truncate(action.label, L.buttonText), emoji: true },
    value: truncate(action.value, L.buttonValue),
    ...(action.style ? { style: action.style } : {}),
  }));
  return { type: 'actions', block_id: 'relay_actions', elements };
}

export interface RenderedMessage {
  /** Notification / accessibility fallback. */
  text: string;
  blocks: KnownBlock[];
}

/** The document as a message (maxBlocks 50) or as view content (App Home / modal: 100). */
export function renderDocument(doc: ReplyDocument, maxBlocks: number = BLOCK_KIT_LIMITS.blocksPerMessage): RenderedMessage {
  const L = BLOCK_KIT_LIMITS;
  const title = doc.title.trim();
  const emoji = SEVERITY_EMOJI[doc.severity];
  const heading = title !== '' && isHeading(doc, title);
  const header: KnownBlock[] = heading
    ? [{ type: 'header', text: { type: 'plain_text', text: truncate(`${emoji} ${title}`, L.headerText), emoji: true } }]
    : [];
  // Not a heading: the title opens the first section, bold only when more follows it.
  const bold = doc.lines.length > 0 || doc.fields.length > 0;
  const titleText = title && !heading ? `${emoji} ${bold ? `*${escapeMrkdwn(title)}*` : escapeMrkdwn(title)}` : undefined;
  const actions = actionsBlock(doc);
  const footer: KnownBlock[] = actions ? [actions] : [];
  let content = contentBlocks(doc, titleText);
  const room = maxBlocks - header.length - footer.length;
  if (content.length > room) {
    const hidden = content.length - (room - 1);
    content = [...content.slice(0, room - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: `… (+${hidden})` }] }];
  }
  const fallback = `${mention(doc)}${escapeMrkdwn(doc.text || title)}`;
  return { text: truncate(fallback, L.fallbackText), blocks: [...header, ...content, ...footer] };
}
