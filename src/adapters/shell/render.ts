// ReplyDocuments as terminal text: the title, indented lines and fields, and the actions as the commands
// that perform them (a terminal has no buttons; `stop r7kq2m` is the Stop button).
import { t, type Locale } from '../../core/i18n.js';
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
  // Confirm/Cancel become the y/N prompt; the rest become commands the user can type.
  const commands = doc.actions.filter((action) => action.id !== 'confirm' && action.id !== 'cancel').map((action) => `${action.id} ${action.value}`);
  if (commands.length > 0) out.push(`  ${t(locale, 'shell.actions', { commands: commands.join('  |  ') })}`);
  return out.join('\n');
}

/** A notification: each line prefixed with the task it is about, so interleaved news stays readable. */
export function renderNotification(doc: ReplyDocument, locale: Locale, taskId: string | undefined): string {
  const prefix = `[${taskId ?? 'relaybot'}] `;
  return renderDocument(doc, locale)
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}
