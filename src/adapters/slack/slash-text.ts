// The text of a slash command as the user typed it. Slack HTML-escapes &, < and > in what it sends (a signed
// source URL's "a=1&b=2" arrives as "a=1&amp;b=2", which is another URL), and a client may send a link as
// <url> or <url|label>. Links are unwrapped first (their angle brackets are Slack's; the user's own come
// escaped), then the three entities are decoded — &amp; last, so "&amp;lt;" stays the "&lt;" that was typed.
const LINK = /<((?:https?|rtmps?|rtsp|rtp|srt):\/\/[^|>\s]+)(?:\|[^>]*)?>/gi;

export function slashCommandText(raw: string): string {
  return raw
    .replace(LINK, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
