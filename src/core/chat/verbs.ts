// The words that start a chat verb, in both languages. Anything that does not start with one of them is a
// new relay in natural language (which always starts with a source URL or a time, never with these words).

export const VERBS = [
  'list',
  'status',
  'show',
  'stop',
  'pause',
  'resume',
  'restart',
  'edit',
  'tz',
  'subscribe',
  'unsubscribe',
  'help',
] as const;
export type Verb = (typeof VERBS)[number];

const ALIASES: Readonly<Record<string, Verb>> = {
  list: 'list',
  ls: 'list',
  status: 'status',
  show: 'show',
  stop: 'stop',
  delete: 'stop',
  cancel: 'stop',
  remove: 'stop',
  pause: 'pause',
  resume: 'resume',
  restart: 'restart',
  edit: 'edit',
  modify: 'edit',
  change: 'edit',
  update: 'edit',
  reschedule: 'edit',
  tz: 'tz',
  timezone: 'tz',
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  help: 'help',
  列表: 'list',
  状态: 'status',
  查看: 'show',
  详情: 'show',
  停止: 'stop',
  暂停: 'pause',
  恢复: 'resume',
  重启: 'restart',
  修改: 'edit',
  更改: 'edit',
  编辑: 'edit',
  调整: 'edit',
  改期: 'edit',
  取消: 'stop',
  删除: 'stop',
  时区: 'tz',
  订阅: 'subscribe',
  取消订阅: 'unsubscribe',
  帮助: 'help',
};

// Chinese is written without spaces ("停止r7kq2m"), so CJK aliases also match as a prefix; the longest alias
// wins so that 取消订阅 is not read as 订阅.
const CJK_ALIASES = Object.keys(ALIASES)
  .filter((alias) => /^\p{Script=Han}/u.test(alias))
  .sort((a, b) => b.length - a.length);

/** The verb a command starts with and the text after it, or null for a new relay. */
export function matchVerb(text: string): { verb: Verb; args: string } | null {
  const trimmed = text.trim();
  const first = trimmed.split(/\s/, 1)[0] ?? '';
  const alias = ALIASES[first.toLowerCase()] ? first.toLowerCase() : CJK_ALIASES.find((cjk) => trimmed.startsWith(cjk));
  if (!alias) return null;
  // The rest keeps its own spacing: an edit may carry a quoted comment.
  const args = trimmed.slice(alias.length).trim();
  return { verb: ALIASES[alias]!, args: MOVING_ALIASES.has(alias) ? asMove(args) : args };
}

/**
 * Verbs that say the relay moves. The edit reads "to 9pm" alone as a new end ("run to 9pm"), so after these a
 * "to" / 到 right after the id is a move ("reschedule r7kq2m to 9pm" = "r7kq2m move to 9pm"), which keeps the
 * relay's length; before, the end moved to 9pm and the start stayed, without a word.
 */
const MOVING_ALIASES = new Set(['reschedule', '调整', '改期']);

function asMove(args: string): string {
  return args.replace(/^([a-z0-9-]+)\s*(?:to\s+|到\s*)/i, (_match, id: string) => (/[\u4e00-\u9fff]/.test(args) ? `${id} 移到` : `${id} move to `));
}

/** Verbs that change a relay or a channel; they need the adapter's permission (ChatContext.canModify). */
export const MUTATING_VERBS: ReadonlySet<Verb> = new Set<Verb>([
  'stop',
  'pause',
  'resume',
  'restart',
  'edit',
  'subscribe',
  'unsubscribe',
]);
