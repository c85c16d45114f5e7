// The option stage for a link that is not a URL: typed without its scheme ("cdn.example.com/2026-12-01/show.mp4",
// "push.example.com:1935/live/KEY", a bare "show-8pm.mp4") or with the scheme mistyped ("rtmp:/push…", "rtmp//push…").
// It is not a source or a destination this command can use, and left in the text its digits reached the schedule
// ("2026-12-01" read as a day) and its words came back as words not understood, stream key and all. It is refused by
// name, masked as the preview masks the URL it was meant to be; after "to" / 转推到 it is the destination that is
// refused (the "to" with it), not a source. Runs after the options whose values may be such words.
import { maskLinkText } from '../redact.js';
import { MEDIA_FILE_EXTENSIONS } from '../validation/urls.js';
import type { CommandDraft } from './draft.js';
import type { Extractor } from './extractors.js';
import { WORD_START as B } from './word-edges.js';

// ASCII word boundary, as in extractors.ts: \b would also break between a Latin word and Chinese text glued to it.
/** The words that name a destination, as the "to" stage reads them. */
const DESTINATION_WORD =
  `${B}(?:to|into|dest(?:ination)?|dst|target|push[\\s-]+(?:url|address|target))(?:\\s*[:=]\\s*|\\s+)|(?:->|→|=>)\\s*` +
  `|(?:转推到|推流到|转推至|推流至|推送到|推到|推流地址|推流链接|目标地址|目标|目的地)[:：]?\\s*|(?<=\\uE001\\s*)(?:到|至)\\s*`;
/** A character of such a link: not a space, a placeholder, or Chinese sentence punctuation. */
const LINK_CHAR = '[^\\s\\uE000\\uE001\\uE002，。；]';
const AFTER_SPACE = '(?<![^\\s\\uE001\\uE002])';
/** "rtmp:/", "rtmp//", "rtmp:", "rtmp/" (a correct "rtmp://" was taken as a URL by the scanner). */
const MISTYPED_SCHEME = '((?:https?|rtmps?|rtsp|rtp|srt)(?::/?(?!/)|//?(?!/)))';
const HOST_AND_PATH = `((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(?::\\d+)?/${LINK_CHAR}*)`;
/**
 * "bob:pw@" before the host: taken with the link (and never quoted back). Left behind, "admin:Pa55w0rd" reached the
 * schedule, which read its digits as a time and refused the command for "an end and a length at once".
 */
const USER_INFO = `(?:${LINK_CHAR.replace(']', '@/]')}+@)?`;
const FILE_NAME = `(${LINK_CHAR}+\\.(?:${MEDIA_FILE_EXTENSIONS.join('|')})(?:\\?${LINK_CHAR}*)?)`;

export const LINK_WITHOUT_SCHEME: Extractor = {
  option: 'link',
  pattern: new RegExp(
    `(?:(${DESTINATION_WORD})|${AFTER_SPACE})${MISTYPED_SCHEME}?${USER_INFO}${HOST_AND_PATH}(?!${LINK_CHAR})|${AFTER_SPACE}${FILE_NAME}(?!${LINK_CHAR})`,
    'giu',
  ),
  apply([destinationWord, scheme, hostAndPath, fileName], draft) {
    refuseLink(draft, (hostAndPath ?? fileName ?? '').replace(/[.,;:!?)]+$/, ''), scheme, destinationWord !== undefined);
    return true;
  },
};

function refuseLink(draft: CommandDraft, link: string, scheme: string | undefined, isDestination: boolean): void {
  const [code, field] = isDestination ? ['InvalidParameter.InvalidToUrl', 'ToUrl'] : ['InvalidParameter.InvalidSourceUrl', 'SourceUrls'];
  if (scheme !== undefined) {
    const name = scheme.replace(/[:/]+$/, '').toLowerCase();
    draft.errors.push({
      code,
      field,
      key: 'parse.mistypedScheme',
      params: { text: maskLinkText(`${scheme}${link}`).slice(0, 100), scheme: name, fixed: `${name}://${maskLinkText(link)}`.slice(0, 100) },
    });
    return;
  }
  const key = isDestination ? 'parse.destinationWithoutScheme' : 'parse.linkWithoutScheme';
  draft.errors.push({ code, field, key, params: { text: maskLinkText(link).slice(0, 80) } });
}
