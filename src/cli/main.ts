// `relaybot <command> ...`: each command lives in its own module under ./commands, loaded on demand so that
// `relaybot parse` does not pay for Slack, Discord or SQLite at start-up.
import { likelySlipOf } from '../core/edit-distance.js';
import { resolveLocale, t } from '../core/i18n.js';

type CommandModule = { run(args: string[]): Promise<number> };

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  parse: () => import('./commands/parse.js'),
  start: () => import('./commands/start.js'),
  create: () => import('./commands/lifecycle-create.js'),
  list: () => import('./commands/lifecycle-list.js'),
  show: () => import('./commands/lifecycle-verbs.js').then((m) => m.command('show')),
  status: () => import('./commands/lifecycle-verbs.js').then((m) => m.command('status')),
  pause: () => import('./commands/lifecycle-verbs.js').then((m) => m.command('pause')),
  resume: () => import('./commands/lifecycle-verbs.js').then((m) => m.command('resume')),
  restart: () => import('./commands/lifecycle-verbs.js').then((m) => m.command('restart')),
  stop: () => import('./commands/lifecycle-verbs.js').then((m) => m.command('stop')),
  edit: () => import('./commands/lifecycle-edit.js'),
  discord: () => import('./commands/discord.js'),
};

/** The ways people ask a command-line tool for help. */
const HELP = ['--help', '-h', 'help'];

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    // Asked for (or nothing typed): the usage on stdout, success. An unknown command: on stderr, EX_USAGE.
    const asked = name === undefined || HELP.includes(name);
    // In the terminal's language (LANG=zh_CN.UTF-8 gives Chinese), as every command's own messages are.
    const locale = resolveLocale([process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].find(Boolean)?.split('.')[0]);
    const meant = name !== undefined && !asked ? likelySlipOf(name.toLowerCase(), Object.keys(COMMANDS)) : null;
    if (name !== undefined && meant) process.stderr.write(`${t(locale, 'cli.didYouMean', { typed: name, meant })}\n`);
    (asked ? process.stdout : process.stderr).write(`${t(locale, 'cli.usage', { commands: Object.keys(COMMANDS).join(', ') })}\n`);
    return asked ? 0 : 64;
  }
  const command = await load();
  return command.run(rest);
}
