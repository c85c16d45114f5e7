// Task news in the terminal: the delivery worker posts and edits "messages"; here a post prints the document
// and an edit prints the new state line. A status message's id names its task, so it survives restarts.
import type { Locale } from '../../core/i18n.js';
import type { Notifier, PostTarget } from '../../core/notifier.js';
import type { ReplyDocument } from '../../core/reply.js';
import type { TaskHome } from '../../core/task.js';
import { SHELL_PLATFORM } from './identity.js';
import { renderNotification } from './render.js';

const STATUS_PREFIX = 'status:';

/** The id a task's status message has in the terminal. */
export function statusMessageIdFor(taskId: string): string {
  return `${STATUS_PREFIX}${taskId}`;
}

function taskOfMessage(messageId: string | undefined): string | undefined {
  return messageId?.startsWith(STATUS_PREFIX) ? messageId.slice(STATUS_PREFIX.length) : undefined;
}

export class ShellNotifier implements Notifier {
  readonly platform = SHELL_PLATFORM;
  private posted = 0;

  constructor(
    /** Prints a block of text without disturbing the line being typed. */
    private readonly print: (text: string) => void,
    private readonly locale: Locale,
  ) {}

  async post(target: PostTarget, doc: ReplyDocument): Promise<{ messageId: string }> {
    const taskId = doc.taskId ?? taskOfMessage(target.threadOf);
    this.print(renderNotification(doc, this.locale, taskId));
    if (doc.kind === 'status' && taskId && !target.threadOf) return { messageId: statusMessageIdFor(taskId) };
    this.posted += 1;
    return { messageId: `note-${Date.now().toString(36)}-${this.posted}` };
  }

  async update(home: TaskHome & { statusMessageId: string }, doc: ReplyDocument): Promise<void> {
    // An edit in place has no place in a scrolling terminal: one line with the new state is enough.
    const taskId = doc.taskId ?? taskOfMessage(home.statusMessageId);
    this.print(`[${taskId ?? 'relaybot'}] ${doc.title}`);
  }
}
