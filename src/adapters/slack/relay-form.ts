// The "new relay" modal: a form for people who'd rather not learn the command language. Its submission is
// turned back into ordinary command text, so it goes through exactly the same parse, preview and confirm.
import type { types } from '@slack/bolt';
import { t, type Locale } from '../../core/i18n.js';
import type { ReplyDocument } from '../../core/reply.js';
import { BLOCK_KIT_LIMITS, renderDocument, truncate } from './block-kit.js';

export const RELAY_FORM_CALLBACK_ID = 'relay_new';

export interface RelayFormValues {
  sources?: string;
  destination?: string;
  when?: string;
  loop?: string;
  backup?: string;
  comment?: string;
}

/** Carried in the view's private_metadata: where the preview goes once the form is submitted. */
export interface RelayFormOrigin {
  channelId?: string;
}

type InputKey = keyof RelayFormValues;
const INPUTS: { key: InputKey; multiline?: boolean; optional?: boolean; maxLength: number }[] = [
  { key: 'sources', multiline: true, maxLength: 3000 },
  { key: 'destination', maxLength: 500 },
  { key: 'when', maxLength: 200 },
  { key: 'loop', optional: true, maxLength: 20 },
  { key: 'backup', optional: true, maxLength: 500 },
  { key: 'comment', optional: true, maxLength: 512 },
];

export function buildRelayForm(locale: Locale, origin: RelayFormOrigin, values: RelayFormValues = {}, problem?: ReplyDocument): types.ModalView {
  const blocks: types.KnownBlock[] = [];
  if (problem) blocks.push(...renderDocument({ ...problem, actions: [] }, 10).blocks);
  if (!origin.channelId) {
    blocks.push({
      type: 'input',
      block_id: 'channel',
      label: { type: 'plain_text', text: t(locale, 'slack.form.channel') },
      element: { type: 'conversations_select', action_id: 'value', default_to_current_conversation: true, filter: { include: ['public', 'private'] } },
    });
  }
  for (const input of INPUTS) {
    const initial = values[input.key];
    blocks.push({
      type: 'input',
      block_id: input.key,
      optional: input.optional ?? false,
      label: { type: 'plain_text', text: t(locale, `slack.form.${input.key}.label`) },
      hint: { type: 'plain_text', text: t(locale, `slack.form.${input.key}.hint`) },
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: input.multiline ?? false,
        max_length: input.maxLength,
        placeholder: { type: 'plain_text', text: t(locale, `slack.form.${input.key}.placeholder`) },
        ...(initial ? { initial_value: truncate(initial, input.maxLength) } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: RELAY_FORM_CALLBACK_ID,
    private_metadata: JSON.stringify(origin),
    title: { type: 'plain_text', text: truncate(t(locale, 'slack.form.title'), 24) },
    submit: { type: 'plain_text', text: truncate(t(locale, 'slack.form.submit'), 24) },
    close: { type: 'plain_text', text: truncate(t(locale, 'slack.form.close'), 24) },
    blocks: blocks.slice(0, BLOCK_KIT_LIMITS.blocksPerView),
  };
}

type ViewState = Record<string, Record<string, { value?: string | null; selected_conversation?: string | null }>>;

/** Reads the submitted inputs (and the chosen channel, when the form asked for one). */
export function readRelayForm(state: ViewState, privateMetadata: string): { values: RelayFormValues; origin: RelayFormOrigin } {
  const values: RelayFormValues = {};
  for (const { key } of INPUTS) {
    const value = state[key]?.value?.value?.trim();
    if (value) values[key] = value;
  }
  let origin: RelayFormOrigin = {};
  try {
    origin = JSON.parse(privateMetadata || '{}') as RelayFormOrigin;
  } catch {
    origin = {};
  }
  const chosen = state.channel?.value?.selected_conversation;
  return { values, origin: chosen ? { channelId: chosen } : origin };
}

/**
 * The Loop field as the command language reads it. People write the count the way they say it — "3", "3 times",
 * "3次", "forever", "无限循环", "不循环" — so a count gets the language's own "loop N times", and a phrase that
 * already says how to loop (in Chinese, or "no loop") is passed as written rather than after a second "loop".
 */
function loopPhrase(typed: string): string {
  const text = typed.trim();
  const count = /^(\d+)\s*(?:times?|x|次|遍|回)?$/i.exec(text);
  if (count) return `loop ${count[1]} times`;
  if (/循环|播放|不|loop|once/i.test(text)) return text;
  return `loop ${text}`;
}

/** The form as command text, in the command language's English keywords (accepted whatever the locale). */
export function relayFormToCommand(values: RelayFormValues): string {
  // The command language quotes with "…": inner double quotes become single ones, line breaks spaces.
  const quote = (text: string) => `"${text.replace(/"/g, "'").replace(/\s+/g, ' ').trim()}"`;
  const sources = (values.sources ?? '').split(/\s+/).filter(Boolean);
  return [
    ...sources,
    values.destination ? `to ${values.destination}` : '',
    values.when ?? '',
    values.loop ? loopPhrase(values.loop) : '',
    values.backup ? `backup ${values.backup}` : '',
    values.comment ? `comment ${quote(values.comment)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The first link in a Slack message (Slack writes links as <url> or <url|label>), for "Relay this feed". */
export function findFeedUrl(messageText: string | undefined): string | undefined {
  if (!messageText) return undefined;
  const linked = /<((?:https?|rtmps?|rtsp|srt):\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(messageText);
  if (linked) return linked[1]!.replace(/&amp;/g, '&');
  const bare = /\b(?:https?|rtmps?|rtsp|srt):\/\/[^\s<>|]+/i.exec(messageText);
  return bare?.[0].replace(/&amp;/g, '&');
}
