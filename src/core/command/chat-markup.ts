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
export function withoutEmphasis(text: string): string {
  if (!/[`*_~]/.test(text)) return text;
  let previous: string;
  let current = text;
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
