// ReplyDocuments as terminal text: the title, indented lines and fields, and the actions as the commands
// that perform them (a terminal has no buttons; `stop r7kq2m` is the Stop button).
import { hasMessage, t, type Locale } from '../../core/i18n.js';
import type { ReplyDocument } from '../../core/reply.js';

const MARK: Record<ReplyDocument['severity'], string> = { info: '•', success: '✓', warning: '!', error: '✗' };

export function renderDocument(doc: ReplyDocument, locale: Locale): string {
  const out = [`${MARK[doc.severity]} ${doc.title}`];
  for (const line of doc.lines) out.push(`  ${line}`);
  const width = Math.max(0, ...doc.fields.map((field) => field.label.length));
  for (const field of doc.fields) {
    const [first = '', ...more] = field.value.split('\n');
    out.push(`  ${field.label.padEnd(width)}  ${first}`, ...more.map((line) => `  ${' '.repeat(width)}  ${line}`));
  }
  // Confirm/Cancel become the y/N prompt; the rest become commands the user can type, with the verb in the
  // reader's language (the chat accepts 停止/重启/查看 as well as stop/restart/show).
  const commands = doc.actions
    .filter((action) => action.id !== 'confirm' && action.id !== 'cancel')
    .map((action) => `${commandVerb(action.id, locale)} ${action.value}`);
  if (commands.length > 0) out.push(`  ${t(locale, 'shell.actions', { commands: commands.join('  |  ') })}`);
  return out.join('\n');
}

function commandVerb(actionId: string, locale: Locale): string {
  const key = `shell.command.${actionId}`;
  return hasMessage(locale, key) ? t(locale, key) : actionId;
}

/** A notification: each line prefixed with the task it is about, so interleaved news stays readable. */
export function renderNotification(doc: ReplyDocument, locale: Locale, taskId: string | undefined): string {
  const prefix = `[${taskId ?? 'relaybot'}] `;
  return renderDocument(doc, locale)
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
