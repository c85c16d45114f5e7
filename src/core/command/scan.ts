// First stage of the command pipeline: lift out the parts whose insides must not be read as words — quoted
// text and URLs — and leave numbered placeholders in their place. Later stages match keywords around the
// placeholders with plain regular expressions, and whatever no stage claims goes to the schedule layer.
import { MEDIA_FILE_EXTENSIONS } from '../validation/urls.js';
import { withAsciiHost } from './idn-host.js';
import { emojiClosingUrl, emphasisClosingUrl, MARKDOWN_LINK, withoutEmoji, withoutEmphasis, withoutInvisibles, withoutQuoteMarkers, withoutSlackLinkLabels } from './chat-markup.js';

/** Placeholder delimiters from Unicode's private use area; any such characters in the input are dropped. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Where an option or URL was taken out: the words on its two sides are not one phrase. */
export const BOUNDARY = '\uE002';
/** Where an unquoted (one-word) comment ended: read.ts checks the words right after it. */
export const COMMENT_END = '\uE003';

export const URL_REF = `${OPEN}U(\\d+)${CLOSE}`;
export const QUOTED_REF = `${OPEN}Q(\\d+)${CLOSE}`;

export interface Scanned {
  /** The command with placeholders for URLs and quoted text. */
  text: string;
  urls: string[];
  quoted: string[];
  unterminatedQuote: boolean;
}

/** Characters that end a URL typed in running text: spaces, quotes, CJK characters and punctuation. */
const URL_BODY = `[^\\s"“”「」『』<>\`\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef${OPEN}${CLOSE}]+`;
/**
 * Chinese characters inside a URL's path ("https://cdn/视频/第2场.mp4", as copied from a storage console): a run of
 * them is part of the URL when the same word goes on to end in a media file's extension; otherwise it ends the
 * URL ("https://cdn/a.mp4转推到 live/x"). A run with 推 (转推到, 推流到) always ends it, and so does one before another
 * URL's scheme ("a.mp4和https://…/c.mp4": the 和 joins two URLs; it had made them one).
 */
const URL_HAN = `(?:(?![^\\s，。；]*?推)(?![\\u3400-\\u9fff]+[a-z][a-z0-9+.-]*:\\/\\/)[\\u3400-\\u9fff]+(?=[^\\s，。；]*?\\.(?:${MEDIA_FILE_EXTENSIONS.join('|')})(?:[?#][^\\s，。；]*)?(?:[\\s，。；]|$)))`;

/**
 * A host with Chinese (or full-width) letters in it, "https://例子.测试/show.mp4", "rtmp://推流.example.com/live/x": the
 * URL went on only from its first ASCII character, so such a link became a link without a scheme, quoted back
 * percent-encoded. Before its path, port or query its labels may be joined by "。" as Chinese keyboards type ".", and
 * any label goes; before a space or the end of the sentence the last label is all Chinese or all ASCII, as a
 * real top-level domain is, so that Chinese words typed right after a host ("https://cdn.example.com明晚8点 …") stay words.
 */
const HAN_OR_WIDE = '\\u3400-\\u9fff\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a';
const IDN_LABEL = `[A-Za-z0-9\\-${HAN_OR_WIDE}]+`;
const IDN_DOT = '[.．。｡]';
const IDN_HOST =
  `(?=[^\\s/?#]*[${HAN_OR_WIDE}．。｡])(?:${IDN_LABEL}${IDN_DOT})*${IDN_LABEL}(?=[:/?#])` +
  // Without a path: labels joined by "." only, and no 推 (of 转推到) in it.
  `|(?=[^\\s/?#]*[${HAN_OR_WIDE}])(?![^\\s/?#，。；,;]*推)(?:${IDN_LABEL}\\.)*(?:[A-Za-z0-9-]+|[${HAN_OR_WIDE}]+)(?=[\\s，。；,;！!]|$)`;

/**
 * Schemes ffmpeg (or a browser) would follow without "//" — file:, data:, concat: ... They are lifted out as
 * URLs so that validation refuses them by name instead of the words reaching the schedule parser.
 */
const BARE_SCHEMES = 'file|data|concat|concatf|subfile|pipe|fd|unix|tcp|udp|tls|crypto|cache|async|gopher|javascript|ftp|sftp|smb|ipfs|ipns|md5|hls|httpproxy|mmsh|mmst';

// A comment's keyword and what may stand between it and its quoted text ("comment: ", "set the note to ").
const COMMENT_KEYWORD = '(?:comment|note|remark|memo|label|titled?|description|备注|说明|描述|标题)(?:\\s+(?:to|as))?\\s*[:：=]?';

const PATTERN = new RegExp(
  [
    // Single quotes only right after a comment keyword ("3 o'clock" elsewhere); an apostrophe inside a word
    // ('Friday's show') does not close them.
    // "set the comment to 'final cut'" (an edit) too.
    `(${COMMENT_KEYWORD}\\s*)'((?:[^']|'(?=[A-Za-z]))*)('?)`,
    `"([^"]*)("?)`,
    // ”…” as some keyboards and autocorrect type the pair: a ” opens a quote when another ” closes it (alone it is a
    // character of the text). The marks had become part of the comment.
    `(?:“|”(?=[^”]*”))([^”]*)(”?)`,
    // Curly single quotes, as phones type them: a pair like the others (‘ never opens anything else). A ’ inside
    // a word ("Friday’s") is an apostrophe, not the closing quote. Nor does one before "til" / "till" and a time
    // open one, unless it follows a comment's keyword: it is the apostrophe of until's lost "un" as phones curl it
    // ("8pm ‘til 10" was refused as an unclosed quote).
    `(?:(?<=${COMMENT_KEYWORD}\\s*)‘|‘(?!till?\\s+\\d))((?:[^’]|’(?=[A-Za-z]))*)(’?)`,
    `「([^」]*)(」?)`,
    `『([^』]*)(』?)`,
    `(?<![A-Za-z0-9+.-])([a-z][a-z0-9+.-]*:\\/\\/(?:(?:${IDN_HOST})(?:${URL_BODY}(?:${URL_HAN}|${URL_BODY})*)?|${URL_BODY}(?:${URL_HAN}|${URL_BODY})*))`,
    `(?<![A-Za-z0-9+.-])((?:${BARE_SCHEMES}):[^\\s${OPEN}${CLOSE}]+)`,
    MARKDOWN_LINK,
  ].join('|'),
  'gi',
);

export function scanCommand(input: string): Scanned {
  const urls: string[] = [];
  const quoted: string[] = [];
  let unterminatedQuote = false;
  const clean = withoutSlackLinkLabels(withoutQuoteMarkers(withoutInvisibles(input.replace(/[\uE000-\uF8FF]/g, ' '))));

  const quote = (inner: string, closing: string): string => {
    if (!closing) unterminatedQuote = true;
    quoted.push(inner);
    return ` ${OPEN}Q${quoted.length - 1}${CLOSE} `;
  };
  const url = (found: string, before = ''): string => {
    // "https://a/x.mp4,https://a/y.mp4" (or ";", "|"): two URLs typed without a space, not one with a comma in it.
    if (JOINED_URLS.test(found)) return found.split(JOINED_URLS).map((part) => url(part)).join(' ');
    // Trailing sentence punctuation belongs to the sentence, not the URL; so does the "**" closing "**https://…**", and
    // an emoji typed right after it.
    const unmarked = found.slice(0, found.length - emphasisClosingUrl(before, found));
    const trimmed = unmarked.slice(0, unmarked.length - emojiClosingUrl(unmarked)).replace(/[.,;:!?)\]]+$/, '');
    // "&amp;" is HTML's escape of "&" (Slack sends "a=1&b=2" so, and web pages copy so): sent as typed, the query
    // held a parameter "amp;b" and not "b", and the signed pull or push was refused at air time.
    urls.push(withAsciiHost(trimmed.replace(/&amp;/gi, '&')));
    return ` ${OPEN}U${urls.length - 1}${CLOSE} ${found.slice(trimmed.length)}`;
  };

  const text = clean.replace(PATTERN, (whole, ...args: unknown[]) => {
    const groups = args.slice(0, -2) as (string | undefined)[];
    const offset = args.at(-2) as number;
    const [keyword, single, singleEnd, dq, dqEnd, cq, cqEnd, csq, csqEnd, cb, cbEnd, wb, wbEnd, link, bare, linked] = groups;
    if (keyword !== undefined) return `${keyword}${quote(single ?? '', singleEnd ?? '')}`;
    // A URL alone in quotes ("https://…/show.mp4", “rtmp://…”) is that URL, as pasted, and a destination path after "to"
    // is that path; after a word that takes text (comment "https://…") either stays the text.
    const quotedAddress = (inner: string, closing: string): string | undefined => {
      if (!closing || TEXT_KEYWORD_BEFORE.test(clean.slice(0, offset))) return undefined;
      if (LONE_URL.test(inner)) return url(inner.trim());
      // 'to "live/x"', 推到「live/x」: a destination path quoted as a name is typed; it was quoted text no option took,
      // and the command was refused as having no destination.
      return LONE_PATH.test(inner) && DESTINATION_WORD_BEFORE.test(clean.slice(0, offset)) ? ` ${inner.trim()} ` : undefined;
    };
    if (dq !== undefined) return quotedAddress(dq, dqEnd ?? '') ?? quote(dq, dqEnd ?? '');
    if (cq !== undefined) return quotedAddress(cq, cqEnd ?? '') ?? quote(cq, cqEnd ?? '');
    if (csq !== undefined) return quotedAddress(csq, csqEnd ?? '') ?? quote(csq, csqEnd ?? '');
    if (cb !== undefined) return quotedAddress(cb, cbEnd ?? '') ?? quote(cb, cbEnd ?? '');
    if (wb !== undefined) return quotedAddress(wb, wbEnd ?? '') ?? quote(wb, wbEnd ?? '');
    if (link !== undefined) return url(link, clean.slice(0, offset));
    if (bare !== undefined) return url(bare);
    if (linked !== undefined) return url(linked);
    return whole;
  });
  // "<https://…>" (how Discord users keep a link from unfurling), "`https://…`" (a link typed as code in Slack or
  // Discord), "(rtmp://…)", "（https://…）", "【https://…】", "[https://…]": the brackets are not words.
  const plain = withoutEmoji(withoutEmphasis(text), (before) => TEXT_KEYWORD_BEFORE.test(before));
  const unwrapped = /[<(（【[`]/.test(plain) ? plain.replace(BRACKETED_REF, ' $1 ') : plain;
  return { text: unwrapped, urls, quoted, unterminatedQuote };
}

/** The text with every remaining placeholder removed and spaces collapsed (what the schedule layer reads). */
export function withoutPlaceholders(text: string): string {
  return text
    .replace(ANY_REF, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words for the schedule layer. Where a URL or an option was taken out and a number follows, a comma is
 * put, so that numbers on the two sides are never read as one time ("for 2h https://… 30" is not 2h30,
 * "10点 用本地 30" not 10:30); elsewhere a space, as typed ("下周二，晚上8点" is one date and time). Marks at the
 * ends are dropped.
 */
export function scheduleText(text: string): string {
  return text
    .replace(ANY_MARK, ` ${BOUNDARY} `)
    .replace(EDGE_MARKS, '')
    .replace(MARK_BEFORE_NUMBER, ' , ')
    .replace(MARK_RUN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SENTENCE_END, '');
}

/** Indexes of the placeholders of one kind still present in the text, in order. */
export function remainingRefs(text: string, kind: 'U' | 'Q'): number[] {
  return [...text.matchAll(REF_PATTERNS[kind])].map((m) => Number(m[1]));
}

// Compiled once: a RegExp built per call cost more than the match itself, on every command.
const ANY_REF = new RegExp(`${OPEN}[UQ]\\d+${CLOSE}`, 'g');
/**
 * The full stop (or ! ?) closing the command is the sentence's, not the last number's: "for 1:30." was read as
 * 5h30. "a.m." and "p.m." keep theirs.
 */
const SENTENCE_END = /(?<!\b[ap]\.m)\s*[.!?]+$|(?<=\b[ap]\.m\.)[!?]+$/i;
const JOINED_URLS = /[,;|](?=[a-z][a-z0-9+.-]*:\/\/)/i;
const BRACKETED_REF = new RegExp(`(?:<|\\(|（|【|\\[|\`)\\s*(${OPEN}U\\d+${CLOSE})\\s*(?:>|\\)|）|】|\\]|\`)`, 'g');
const LONE_URL = /^\s*[a-z][a-z0-9+.-]*:\/\/\S+\s*$/i;
/** app/stream or domain/app/stream, alone in quotes. */
const LONE_PATH = /^\s*[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+){1,2}\s*$/;
const DESTINATION_WORD_BEFORE = /(?:\b(?:to|into)|推到|转推到|推流到|推送到|转推至|推流至)\s*[:：]?\s*$/i;
/** Words whose value is text: a quote after them is that text, whatever it holds. */
const TEXT_KEYWORD_BEFORE = /(?:comment|note|remark|memo|label|titled?|description|备注|说明|描述|标题|push[-_ ]?args?|推流参数|extra(?:[-_ ]?cmd)?|额外参数)(?:\s+(?:to|as))?\s*[:：=]?\s*$/i;
const ANY_MARK = new RegExp(`${OPEN}[UQ]\\d+${CLOSE}|${COMMENT_END}`, 'g');
const EDGE_MARKS = new RegExp(`^[\\s${BOUNDARY}]+|[\\s${BOUNDARY}]+$`, 'g');
const MARK_RUN = new RegExp(`\\s*(?:${BOUNDARY}\\s*)+`, 'g');
const NUMBER_START =
  '[0-9０-９零〇一二两三四五六七八九十半]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half|quarter)(?![A-Za-z])';
const MARK_BEFORE_NUMBER = new RegExp(`\\s*(?:${BOUNDARY}\\s*)+(?=${NUMBER_START})`, 'gi');
const REF_PATTERNS = { U: new RegExp(URL_REF, 'g'), Q: new RegExp(QUOTED_REF, 'g') } as const;
