// The text of a slash command as the user typed it. Slack HTML-escapes &, < and > in what it sends (a signed
// source URL's "a=1&b=2" arrives as "a=1&amp;b=2", which is another URL), and a client may send a link as
// <url> or <url|label>, a mention as <@U123|name>, a channel as <#C123|name>, an address as <mailto:…|…>. These
// are unwrapped first (their angle brackets are Slack's; the user's own come escaped), then the three entities
// are decoded — &amp; last, so "&amp;lt;" stays the "&lt;" that was typed.
const LINK = /<((?:https?|rtmps?|rtsp|rtp|srt):\/\/[^|>\s]+)(?:\|([^>]*))?>/gi;
/** <@U123>, <@U123|bob>, <#C123|ops>, <!here>, <!subteam^S1|@team>, <mailto:a@b.com|a@b.com>. */
const MENTION = /<([@#!])([^|>\s]+)(?:\|([^>]*))?>/g;
const MAILTO = /<mailto:([^|>\s]+)(?:\|([^>]*))?>/gi;

/**
 * A link as typed: Slack turns a bare "push.example.com/live/x" into <http://push.example.com/live/x|push.example.com/live/x>,
 * and the scheme it added must not be read as the user's (an http:// push URL is refused; the bare form is the
 * domain/app/stream destination). Any other label is Slack's display text, and the URL is what was typed.
 */
function linkAsTyped(_whole: string, url: string, label: string | undefined): string {
  return label !== undefined && `http://${label}` === url ? label : url;
}

/** A mention as it reads: "@bob", "#ops", "@here"; the id when Slack sent no name. */
function mentionAsRead(_whole: string, sigil: string, id: string, label: string | undefined): string {
  const name = label ?? id.replace(/^subteam\^/, '');
  return sigil === '#' ? `#${name}` : `@${name.replace(/^@/, '')}`;
}

export function slashCommandText(raw: string): string {
  return raw
    .replace(LINK, linkAsTyped)
    .replace(MAILTO, (_whole, address: string, label: string | undefined) => label ?? address)
    .replace(MENTION, mentionAsRead)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
