// First stage of the command pipeline: lift out the parts whose insides must not be read as words — quoted
// text and URLs — and leave numbered placeholders in their place. Later stages match keywords around the
// placeholders with plain regular expressions, and whatever no stage claims goes to the schedule layer.

/** Placeholder delimiters from Unicode's private use area; any such characters in the input are dropped. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

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
const URL_BODY = `[^\\s"“”「」『』<>\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef${OPEN}${CLOSE}]+`;

/**
 * Schemes ffmpeg (or a browser) would follow without "//" — file:, data:, concat: ... They are lifted out as
 * URLs so that validation refuses them by name instead of the words reaching the schedule parser.
 */
const BARE_SCHEMES = 'file|data|concat|concatf|subfile|pipe|fd|unix|tcp|udp|tls|crypto|cache|async|gopher|javascript|ftp|sftp|smb|ipfs|ipns|md5|hls|httpproxy|mmsh|mmst';

const PATTERN = new RegExp(
  [
    `((?:comment|note|remark|备注)[:：]?\\s*)'([^']*)('?)`, // single quotes only right after a comment keyword
    `"([^"]*)("?)`,
    `“([^”]*)(”?)`,
    `「([^」]*)(」?)`,
    `『([^』]*)(』?)`,
    `(?<![A-Za-z0-9+.-])([a-z][a-z0-9+.-]*:\\/\\/${URL_BODY})`,
    `(?<![A-Za-z0-9+.-])((?:${BARE_SCHEMES}):[^\\s${OPEN}${CLOSE}]+)`,
  ].join('|'),
  'gi',
);

export function scanCommand(input: string): Scanned {
  const urls: string[] = [];
  const quoted: string[] = [];
  let unterminatedQuote = false;
  const clean = input.replace(/[\uE000-\uF8FF]/g, ' ');

  const quote = (inner: string, closing: string): string => {
    if (!closing) unterminatedQuote = true;
    quoted.push(inner);
    return ` ${OPEN}Q${quoted.length - 1}${CLOSE} `;
  };
  const url = (found: string): string => {
    // Trailing sentence punctuation belongs to the sentence, not the URL.
    const trimmed = found.replace(/[.,;:!?)\]]+$/, '');
    urls.push(trimmed);
    return ` ${OPEN}U${urls.length - 1}${CLOSE} ${found.slice(trimmed.length)}`;
  };

  const text = clean.replace(PATTERN, (whole, ...groups: (string | undefined)[]) => {
    const [keyword, single, singleEnd, dq, dqEnd, cq, cqEnd, cb, cbEnd, wb, wbEnd, link, bare] = groups;
    if (keyword !== undefined) return `${keyword}${quote(single ?? '', singleEnd ?? '')}`;
    if (dq !== undefined) return quote(dq, dqEnd ?? '');
    if (cq !== undefined) return quote(cq, cqEnd ?? '');
    if (cb !== undefined) return quote(cb, cbEnd ?? '');
    if (wb !== undefined) return quote(wb, wbEnd ?? '');
    if (link !== undefined) return url(link);
    if (bare !== undefined) return url(bare);
    return whole;
  });
  return { text, urls, quoted, unterminatedQuote };
}

/** The text with every remaining placeholder removed and spaces collapsed (what the schedule layer reads). */
export function withoutPlaceholders(text: string): string {
  return text
    .replace(ANY_REF, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Indexes of the placeholders of one kind still present in the text, in order. */
export function remainingRefs(text: string, kind: 'U' | 'Q'): number[] {
  return [...text.matchAll(REF_PATTERNS[kind])].map((m) => Number(m[1]));
}

// Compiled once: a RegExp built per call cost more than the match itself, on every command.
const ANY_REF = new RegExp(`${OPEN}[UQ]\\d+${CLOSE}`, 'g');
const REF_PATTERNS = { U: new RegExp(URL_REF, 'g'), Q: new RegExp(QUOTED_REF, 'g') } as const;
