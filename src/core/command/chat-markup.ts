// What chat clients and copy-paste add to a command that is not the operator's words: invisible characters and
// Markdown emphasis. Read before anything else, so that what the operator saw is what is read.

/**
 * Characters that show nothing, pasted in from web pages, chat messages and spreadsheets: zero-width space, word
 * joiner, soft hyphen, byte order mark, the direction marks. Left in, a zero-width space after a URL became part of
 * the source URL (accepted, and the pull fails at air time), and one inside "tomor\u200brow" made the word unknown.
 * ZWJ and ZWNJ are kept: they join emoji and scripts in a comment.
 */
const INVISIBLE = /[\u00ad\u180e\u200b\u200e\u200f\u2060\u2061-\u2064\ufeff]/g;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Markdown markers that wrap words: code fences, inline code, bold, italic, strikethrough. */
const MARKER = '```|`|\\*\\*|\\*|__|_|~~';

/**
 * A pair of the same marker around words: opened after a space (or the start, or an opening bracket) and closed
 * before a space, the end or punctuation, so that "live/my_show_2" and "a*b" are untouched. Spaces inside the pair
 * are allowed because a URL lifted out of "**https://…**" leaves its placeholder between spaces.
 */
const EMPHASIS = new RegExp(`(^|[\\s(（【\\[])(${MARKER})(?!\\s*\\2)\\s*([^]*?\\S)\\s*\\2(?=$|[\\s,.;:!?，。；：！？)）】\\]])`, 'g');

/**
 * "**https://…/show.mp4** to `live/x`", "```…```", "_tomorrow 8pm_": an operator who formats the command in Slack or
 * Discord sends the markers as typed (a slash command's text is not rendered); they were refused as words nobody
 * understood. The markers go; what they wrapped stays.
 */
/**
 * A code fence's language tag ("```text", "```bash", "```sh" on the fence's own line, as Slack and Discord users paste
 * a command): the fence goes below as a bare one does; the tag had been refused as a word not understood.
 */
const FENCE_LANGUAGE = /```[A-Za-z][\w+-]*[ \t]*(?=\r?\n)/g;

export function withoutEmphasis(text: string): string {
  if (!/[`*_~]/.test(text)) return text;
  let previous: string;
  let current = text.replace(FENCE_LANGUAGE, '```');
  // Nested markers ("***x***", "**`x`**") come off one pair at a time.
  do {
    previous = current;
    current = current.replace(EMPHASIS, '$1 $3 ');
  } while (current !== previous);
  return current;
}

/** Emphasis markers (and the punctuation after them) at the end of a URL's characters: "https://…/show.mp4**". */
const MARKERS_AT_END = /([*_~]+)([.,;:!?)\]]*)$/;
const MARKERS_BEFORE = /[*_~]+$/;

/**
 * How many of a URL's last characters close the emphasis opened right before it: "**https://…/show.mp4**" was taken
 * as a URL ending in "**" (a URL may hold * and _, so its scan does not stop there). Only the mirror of the run that
 * opened it closes it: "https://…/live_" keeps its "_", and so does "*https://…/live_".
 */
export function emphasisClosingUrl(before: string, url: string): number {
  const end = MARKERS_AT_END.exec(url);
  const opened = MARKERS_BEFORE.exec(before)?.[0];
  return end && opened === [...end[1]!].reverse().join('') ? end[0].length : 0;
}

/**
 * A block quote's marker opening a line: "> …" (Slack and Discord) or ">>> …" (Discord, the rest of the message). An
 * operator who quotes a command to run it again sends the marker as typed; it was refused as a word nobody understood.
 */
const QUOTE_MARKER = /^[ \t]*>{1,3}[ \t]*/gm;

export function withoutQuoteMarkers(text: string): string {
  return text.includes('>') ? text.replace(QUOTE_MARKER, '') : text;
}

/**
 * A link as Slack's message text carries it, "<https://…/show.mp4|show.mp4>" (the label is what the chat shows), and
 * a bare "push.example.com/live/x" Slack linked itself as "<http://push.example.com/live/x|push.example.com/live/x>".
 * Text copied from Slack's payload, or sent by a client that skips the slash command's unwrapping, reached the scanner
 * so: the label became part of the source URL ("…/show.mp4|show.mp4", accepted, and the pull fails at air time) or a
 * second URL with "< >" not understood. The link keeps its angle brackets (the scanner drops them as it does for
 * "<https://…>"); a label that is the link without Slack's "http://" is what was typed.
 */
const SLACK_LINK = /<((?:https?|rtmps?|rtsp|rtp|srt):\/\/[^|<>\s]+)\|([^<>\n]*)>/gi;

export function withoutSlackLinkLabels(text: string): string {
  if (!text.includes('|')) return text;
  return text.replace(SLACK_LINK, (_whole, url: string, label: string) => (`http://${label.trim()}` === url ? ` ${label.trim()} ` : `<${url}>`));
}

/**
 * A Markdown link, "[show](https://…/show.mp4)" or "[show](<https://…/show.mp4>)" (the form Discord keeps from
 * unfurling): what it links to is the URL; the label is only what the chat shows. The label had been refused as words
 * not understood, and "[https://…](https://…)" made one URL of both halves, "](" and all (accepted, and the pull fails
 * at air time). Group 1 is the target.
 */
export const MARKDOWN_LINK = '\\[[^\\[\\]\\n"“”]*\\]\\(\\s*<?\\s*([a-z][a-z0-9+.-]*:\\/\\/[^\\s()<>"“”]+)\\s*>?\\s*\\)';

/**
 * Emoji, with what joins and modifies them (skin tones, the emoji presentation selector, ZWJ sequences, keycaps, flags),
 * and Slack's shortcodes for them (":tada:", ":+1:", ":skin-tone-3:"). "🎬 <url> to live/x 📅 tomorrow 8pm 🚀" had been
 * refused for its emoji, and "tomorrow🌙" made the day unknown.
 */
const EMOJI_PART = '\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\p{Regional_Indicator}|[0-9#*]\\uFE0F?\\u20E3';
const EMOJI = new RegExp(`(?:${EMOJI_PART})(?:\\uFE0F|\\u200D|${EMOJI_PART})*|(?<![\\p{L}\\p{N}:/]):(?:[+-]1|(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+):(?![\\p{L}\\p{N}/])`, 'gu');

/**
 * How many of a URL's last characters are emoji typed right after it ("https://…/show.mp4🚀"): a URL's scan runs on to
 * the next space, and the emoji had become part of the source URL (accepted, and the pull fails at air time).
 */
export function emojiClosingUrl(url: string): number {
  return EMOJI_AT_END.exec(url)?.[0].length ?? 0;
}

const EMOJI_AT_END = new RegExp(`(?:(?:${EMOJI_PART})(?:\\uFE0F|\\u200D|${EMOJI_PART})*)+$`, 'u');

/**
 * The text with its emoji taken out, but for those `isText` says are a value's text (an unquoted one-word comment
 * after "comment", 备注: what the operator wrote there is theirs).
 */
export function withoutEmoji(text: string, isText: (before: string) => boolean): string {
  return text.replace(EMOJI, (emoji: string, offset: number) => (isText(text.slice(0, offset)) ? emoji : ' '));
}
