// Discord's /relay is a slash command with subcommands and named options (manifests/discord-commands.json): what
// a person types there is `/relay resume id:r7kq2m`, not the `/relay resume r7kq2m` the shared messages suggest
// (right on Slack and in the terminal, where the command is free text). Every suggestion in a message shown on
// Discord is rewritten to the form the person can type, in the language it was written in: a Chinese verb
// gets the command's Chinese names as Discord shows them to a zh-CN client (`/转推 恢复 编号:r7kq2m`). Built from
// the manifest, so a renamed option cannot leave the hints behind.
import { matchVerb, type Verb } from '../../core/chat/verbs.js';
import { loadCommandManifest } from './register-commands.js';

interface ManifestOption {
  name: string;
  name_localizations?: Record<string, string>;
  options?: ManifestOption[];
}

type Names = { command: string; subcommands: Map<string, { name: string; options: string[] }> };

let names: { en: Names; zh: Names } | null = null;

function namesOf(): { en: Names; zh: Names } {
  if (names) return names;
  const relay = (loadCommandManifest() as ManifestOption[]).find((command) => command.name === 'relay')!;
  const inLanguage = (zh: boolean): Names => {
    const local = (option: ManifestOption) => (zh ? (option.name_localizations?.['zh-CN'] ?? option.name) : option.name);
    return {
      command: local(relay),
      subcommands: new Map((relay.options ?? []).map((sub) => [sub.name, { name: local(sub), options: (sub.options ?? []).map(local) }])),
    };
  };
  names = { en: inLanguage(false), zh: inLanguage(true) };
  return names;
}

/** One argument as the messages write it: a <placeholder>, [optional part], {value} or a word. */
const TOKEN = String.raw`(?:<[^>\n]*>|\[[^\]\n]*\]|\{[^}\n]*\}|[^\s.,;!?()（）。，；、：\x60<]+)`;
/** A suggestion in code (`/relay resume r7kq2m`), or written in the text, where it ends with its last word. */
// Not inside a URL's path (https://cdn.example.com/relay/show.mp4) or a word.
const HINT = new RegExp(String.raw`\x60/(relay|转推)(?: ([^\x60\n]*))?\x60|(?<![\w/.:-])/(relay|转推)((?: ${TOKEN})*)`, 'gu');

/** What a new relay's suggestion starts with: a source URL, or a placeholder for one. */
const NEW_RELAY = /^(?:https?:\/\/|rtmps?:\/\/|<)/i;

/** The suggestions in `text`, in the form Discord's /relay takes. */
export function discordCommandHints(text: string): string {
  if (!text.includes('/relay') && !text.includes('/转推')) return text;
  return text.replace(HINT, (whole, _codeName: string | undefined, code: string | undefined, _plainName: string | undefined, plain: string | undefined) => {
    const inCode = whole.startsWith('\x60');
    const args = (inCode ? code : plain)?.trim() ?? '';
    const form = discordForm(args);
    if (form === null) return whole;
    return inCode ? `\x60${form}\x60` : `${form}${/\s$/.test(plain ?? '') ? ' ' : ''}`;
  });
}

function discordForm(args: string): string | null {
  // Already Discord's form (`/relay show id:…`, `/转推 新建 命令: …`): leave it.
  if (/^\S+\s+[^\s:]+:/u.test(args) || /^new\b|^新建/u.test(args)) return null;
  const matched = matchVerb(args);
  const zh = matched ? /\p{Script=Han}/u.test(args.slice(0, args.length - matched.args.length)) : /\p{Script=Han}/u.test(args);
  const language = zh ? namesOf().zh : namesOf().en;
  if (!matched) {
    if (!args) return `/${language.command}`;
    // A new relay: its whole text is the `command` option. Other words after /relay are prose ("/relay is available").
    return NEW_RELAY.test(args) ? withOptions(language, 'new', [args]) : null;
  }
  const { verb, args: rest } = matched;
  return withOptions(language, verb, rest ? splitArgs(verb, rest) : []);
}

/** An edit's id and its changes; any other verb's one option takes all. */
function splitArgs(verb: Verb, rest: string): string[] {
  if (verb !== 'edit') return [rest];
  const id = /^(<[^>]*>|\{[^}]*\}|\S+)\s*(.*)$/su.exec(rest)!;
  return id[2] ? [id[1]!, id[2]] : [id[1]!];
}

function withOptions(language: Names, subcommand: string, values: readonly string[]): string {
  const sub = language.subcommands.get(subcommand);
  if (!sub) return `/${language.command} ${subcommand}${values.length > 0 ? ` ${values.join(' ')}` : ''}`;
  // An optional part as the help writes it ([zone or city]) stays optional around its option's name.
  const named = (option: string, value: string) => (/^\[.*\]$/s.test(value) ? `[${option}:${value.slice(1, -1)}]` : `${option}:${value}`);
  const options = values.map((value, i) => (sub.options[i] ? named(sub.options[i], value) : value));
  return [`/${language.command}`, sub.name, ...options].join(' ');
}
