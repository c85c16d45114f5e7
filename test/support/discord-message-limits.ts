// What Discord refuses in a message body with 400 "Invalid Form Body" (code 50035), from its public docs (Create
// Message, Embed Limits, Message Components, Allowed Mentions, Start Thread from Message), so that the stand-in
// refuses what Discord would and a payload over a limit fails a test instead of a broadcast evening. Lengths count
// characters (code points).

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedsTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  threadName: 100,
} as const;

type Json = Record<string, unknown>;

const length = (value: unknown) => (typeof value === 'string' ? [...value].length : 0);

function embedProblems(embed: Json, at: string): { problems: string[]; chars: number } {
  const problems: string[] = [];
  const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
  if (length(embed.title) > LIMITS.embedTitle) problems.push(`${at}.title: longer than ${LIMITS.embedTitle}`);
  if (length(embed.description) > LIMITS.embedDescription) problems.push(`${at}.description: longer than ${LIMITS.embedDescription}`);
  if (fields.length > LIMITS.embedFields) problems.push(`${at}.fields: more than ${LIMITS.embedFields}`);
  let chars = length(embed.title) + length(embed.description);
  fields.forEach((field, i) => {
    if (length(field.name) === 0 || length(field.name) > LIMITS.fieldName) problems.push(`${at}.fields[${i}].name: 1 to ${LIMITS.fieldName}`);
    if (length(field.value) === 0 || length(field.value) > LIMITS.fieldValue) problems.push(`${at}.fields[${i}].value: 1 to ${LIMITS.fieldValue}`);
    chars += length(field.name) + length(field.value);
  });
  const footer = embed.footer as Json | undefined;
  const author = embed.author as Json | undefined;
  chars += length(footer?.text) + length(author?.name);
  return { problems, chars };
}

/** The reasons Discord would refuse this message body (empty when it would take it). */
export function messageProblems(body: unknown, options: { edit?: boolean } = {}): string[] {
  if (!body || typeof body !== 'object') return ['body: not a JSON object'];
  const message = body as Json;
  const problems: string[] = [];
  if (length(message.content) > LIMITS.content) problems.push(`content: longer than ${LIMITS.content}`);
  const embeds = Array.isArray(message.embeds) ? (message.embeds as Json[]) : [];
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: more than ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const checked = embedProblems(embed, `embeds[${i}]`);
    problems.push(...checked.problems);
    total += checked.chars;
  });
  if (total > LIMITS.embedsTotal) problems.push(`embeds: ${total} characters in all, more than ${LIMITS.embedsTotal}`);
  const rows = Array.isArray(message.components) ? (message.components as Json[]) : [];
  if (rows.length > LIMITS.actionRows) problems.push(`components: more than ${LIMITS.actionRows} rows`);
  rows.forEach((row, r) => {
    const items = Array.isArray(row.components) ? (row.components as Json[]) : [];
    if (items.length === 0 || items.length > LIMITS.buttonsPerRow) problems.push(`components[${r}]: 1 to ${LIMITS.buttonsPerRow} buttons`);
    items.forEach((item, b) => {
      if (length(item.label) > LIMITS.buttonLabel) problems.push(`components[${r}].components[${b}].label: longer than ${LIMITS.buttonLabel}`);
      if (item.url === undefined && (length(item.custom_id) === 0 || length(item.custom_id) > LIMITS.customId)) {
        problems.push(`components[${r}].components[${b}].custom_id: 1 to ${LIMITS.customId}`);
      }
    });
  });
  const mentions = message.allowed_mentions as { parse?: string[]; users?: string[]; roles?: string[] } | undefined;
  if (mentions?.parse?.includes('users') && mentions.users?.length) problems.push('allowed_mentions: parse users and users together');
  if (mentions?.parse?.includes('roles') && mentions.roles?.length) problems.push('allowed_mentions: parse roles and roles together');
  // A new message needs something to show; an edit may change only some of it.
  if (!options.edit && length(message.content) === 0 && embeds.length === 0 && rows.length === 0) problems.push('message: empty (50006)');
  return problems;
}

/** The reasons Discord would refuse a thread's name. */
export function threadNameProblems(body: unknown): string[] {
  const name = (body as Json | undefined)?.name;
  return length(name) >= 1 && length(name) <= LIMITS.threadName ? [] : [`name: 1 to ${LIMITS.threadName} characters`];
}
