// Discord renders markdown in embed titles, descriptions and field values, including masked links
// ([text](https://…)) and mention pills (<@id>, <@&role>, <#channel>). A ReplyDocument mixes the bot's own words
// with what people typed (a comment, a nickname, a stream name, a word quoted back in a refusal), so a comment
// "[Watch here](https://elsewhere.example)" would show as a link to somewhere the text does not say, and
// "**URGENT**" or "# big" would restyle the message. Everything is escaped except what must keep working:
// - Discord timestamps (<t:…:F>) the adapter and core write for instants;
// - `inline code` spans, which the locale texts use for commands to type (nothing renders inside them);
// - http(s) URLs, which Discord links as written (a backslash inside one would break the link).
const KEPT = /<t:-?\d+(?::[tTdDfFR])?>|`[^`\n]+`|https?:\/\/[^\s<>]+/g;

/** Characters that start inline markup: emphasis, strike, spoilers, code, masked links, mentions and emoji. */
const INLINE = /[\\*_~|`[\]<>]/g;

/** Markup that counts only at the start of a line: headings, subtext, quotes, lists. */
const LINE_START = /^(\s*)(#{1,3} |-# |>>> |> |[-+] |\d+\. )/gm;

function escapeInline(text: string): string {
  return text.replace(INLINE, (char) => `\\${char}`);
}

/** `text` as Discord shows it literally, except for timestamps, `code` spans and http(s) links. */
export function escapeDiscordMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const kept of text.matchAll(KEPT)) {
    out += escapeInline(text.slice(last, kept.index)) + kept[0];
    last = kept.index + kept[0].length;
  }
  out += escapeInline(text.slice(last));
  // "1. " becomes "1\. "; the other markers are escaped at their first character.
  return out.replace(LINE_START, (_all, indent: string, marker: string) =>
    /^\d/.test(marker) ? `${indent}${marker.replace('.', '\\.')}` : `${indent}\\${marker}`,
  );
}
