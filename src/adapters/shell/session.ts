// The terminal chat (as Hubot's shell adapter and Errbot's text mode): one line is one `/relay` command, a
// preview is confirmed at a y/N prompt, and task news is printed as it arrives. Lines are handled one at a time
// in the order typed (or piped), so "a relay, then y" always pairs the answer with its preview.
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { ChatCommands, ChatContext, ChatOutcome } from '../../core/chat-commands.js';
import { t, type Locale } from '../../core/i18n.js';
import type { PreferenceStore } from '../../core/ports.js';
import type { Logger } from '../../log.js';
import { SHELL_CHANNEL, SHELL_PLATFORM, shellActor, shellLocale } from './identity.js';
import { ShellNotifier, statusMessageIdFor } from './notifier.js';
import { renderDocument } from './render.js';
import { likelyVerb } from '../../core/chat/verb-typo.js';
import { maskSecretWords } from '../../core/redact.js';

export interface ShellOptions {
  chat: ChatCommands;
  prefs: PreferenceStore;
  /** Zone for a user who has not run `tz` (RELAYBOT_DEFAULT_TZ, else the machine's). */
  defaultTimeZone: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  logger: Logger;
  /** The user asked to leave (`quit`, Ctrl-C, or Ctrl-D on a terminal): the bot shuts down. */
  onQuit: () => void;
  env?: NodeJS.ProcessEnv;
}

export interface ShellSession {
  notifier: ShellNotifier;
  /** Stops reading and resolves once the lines already read have been answered (before the store closes). */
  close(): Promise<void>;
}

const QUIT_WORDS = new Set(['quit', 'exit', '/quit', '/exit', '退出']);
/** Words only the terminal knows, which a typo may have meant too ("qiut"). */
const TYPED_QUIT_WORDS = ['quit', 'exit'];

/** `/relay list` and `list` mean the same here. */
function stripRelayPrefix(line: string): string {
  return line.replace(/^\/?relay(?:\s+|$)/i, '');
}

export function startShellSession(options: ShellOptions): ShellSession {
  const env = options.env ?? process.env;
  const actor = shellActor(env);
  const envLocale = shellLocale(env);
  const isTerminal = Boolean((options.output as { isTTY?: boolean }).isTTY && (options.input as { isTTY?: boolean }).isTTY);
  const rl: Interface = createInterface({ input: options.input, output: options.output, terminal: isTerminal });
  const home = { platform: SHELL_PLATFORM, channelId: SHELL_CHANNEL };
  let awaitingConfirm: { pendingId: string; locale: Locale } | null = null;
  let queue = Promise.resolve();
  let requests = 0;
  let closedByBot = false;
  /** Lines read but not yet answered. */
  let pendingLines = 0;

  const promptText = () => (awaitingConfirm ? `${t(awaitingConfirm.locale, 'shell.confirm.prompt')} ` : t(envLocale, 'shell.prompt'));

  /** Prints above the line being typed, then redraws it (unless a line is being answered: its end prompts). */
  function print(text: string): void {
    if (!isTerminal) {
      options.output.write(`${text}\n`);
      return;
    }
    clearLine(options.output, 0);
    cursorTo(options.output, 0);
    options.output.write(`${text}\n`);
    if (pendingLines > 0) return;
    rl.setPrompt(promptText());
    rl.prompt(true);
  }

  function context(): ChatContext {
    const saved = options.prefs.get(SHELL_PLATFORM, actor.userId);
    requests += 1;
    return {
      actor,
      locale: saved?.locale ?? envLocale,
      timeZone: saved?.timeZone ?? options.defaultTimeZone,
      home,
      canModify: true,
      requestKey: `shell-${process.pid}-${Date.now()}-${requests}`,
    };
  }

  async function show(outcome: ChatOutcome, ctx: ChatContext): Promise<void> {
    switch (outcome.kind) {
      case 'reply':
        print(renderDocument(outcome.doc, ctx.locale));
        return;
      case 'preview':
        print(renderDocument(outcome.doc, ctx.locale));
        awaitingConfirm = { pendingId: outcome.pendingId, locale: ctx.locale };
        // Without a terminal there is no prompt line: the question is printed so a transcript shows it.
        if (!isTerminal) print(t(ctx.locale, 'shell.confirm.prompt'));
        return;
      case 'created':
        print(renderDocument(outcome.doc, ctx.locale));
        // The answer printed above is the task's status message in the terminal; news refers back to it.
        if (!outcome.alreadyConfirmed) options.chat.setStatusMessage(outcome.task.id, { ...home, statusMessageId: statusMessageIdFor(outcome.task.id) });
        return;
      case 'open-form':
        // The terminal has no form: the help says what to type instead.
        await show(await options.chat.handle('help', ctx), ctx);
        return;
    }
  }

  async function handleLine(line: string): Promise<void> {
    const text = line.trim();
    const ctx = context();
    if (awaitingConfirm) {
      const { pendingId } = awaitingConfirm;
      awaitingConfirm = null;
      const yes = t(ctx.locale, 'shell.confirm.yes').split(',').includes(text.toLowerCase());
      await show(yes ? await options.chat.confirm(pendingId, ctx) : await options.chat.cancel(pendingId, ctx), ctx);
      return;
    }
    if (!text) return;
    if (QUIT_WORDS.has(text.toLowerCase())) {
      options.onQuit();
      return;
    }
    const command = stripRelayPrefix(text);
    const meant = likelyVerb(command, TYPED_QUIT_WORDS);
    if (meant) {
      // The whole line quoted back: a destination in it masked, as in every reply.
      print(t(ctx.locale, 'shell.didYouMean', { typed: maskSecretWords(command), meant: maskSecretWords(meant) }));
      return;
    }
    await show(await options.chat.handle(command, ctx), ctx);
  }

  rl.on('line', (line) => {
    pendingLines += 1;
    queue = queue
      .then(() => handleLine(line))
      .catch((error: unknown) => options.logger.error({ err: error }, 'shell: a line failed'))
      .then(() => {
        pendingLines -= 1;
        if (isTerminal && pendingLines === 0) {
          rl.setPrompt(promptText());
          rl.prompt();
        }
      });
  });
  rl.on('SIGINT', () => options.onQuit());
  rl.on('close', () => {
    // Ctrl-D at a terminal means "leave". A closed pipe (e.g. stdin is /dev/null under a service manager) only
    // ends the chat: the bot keeps relaying and reporting until it is sent SIGTERM.
    if (closedByBot) return;
    if (isTerminal) options.onQuit();
    else options.logger.info('shell: input closed; the bot keeps running (send SIGTERM to stop it)');
  });

  const locale = envLocale;
  print(t(locale, 'shell.banner', { user: actor.userId, zone: options.prefs.get(SHELL_PLATFORM, actor.userId)?.timeZone ?? options.defaultTimeZone }));

  return {
    notifier: new ShellNotifier(print, locale),
    close: async () => {
      closedByBot = true;
      rl.close();
      await queue;
    },
  };
}
