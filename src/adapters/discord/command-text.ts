// A `/relay <subcommand>` interaction → the command text core understands. `new` takes the whole natural
// language command, and its optional structured options are appended as the words a user would type.
import type { APIApplicationCommandInteractionDataOption } from 'discord.js';

type Option = APIApplicationCommandInteractionDataOption;

function valueOf(options: readonly Option[] | undefined, name: string): string | undefined {
  const found = options?.find((o) => o.name === name);
  return found && 'value' in found && found.value !== undefined ? String(found.value).trim() : undefined;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

export function subcommandOf(options: readonly Option[] | undefined): { name: string; options: readonly Option[] } | null {
  const sub = options?.[0];
  if (!sub || !('options' in sub) || sub.type !== 1) return sub && sub.type === 1 ? { name: sub.name, options: [] } : null;
  return { name: sub.name, options: (sub.options ?? []) as readonly Option[] };
}

export function commandTextFor(name: string, options: readonly Option[]): string {
  const id = valueOf(options, 'id') ?? '';
  switch (name) {
    case 'new': {
      const parts = [valueOf(options, 'source'), valueOf(options, 'command')];
      const destination = valueOf(options, 'destination');
      if (destination) parts.push(`to ${destination}`);
      parts.push(valueOf(options, 'loop'));
      const backup = valueOf(options, 'backup');
      if (backup) parts.push(`backup ${backup}`);
      const comment = valueOf(options, 'comment');
      if (comment) parts.push(`comment ${quoted(comment)}`);
      return parts.filter(Boolean).join(' ');
    }
    case 'edit':
      return `edit ${id} ${valueOf(options, 'changes') ?? ''}`.trim();
    case 'tz':
      return `tz ${valueOf(options, 'zone') ?? ''}`.trim();
    case 'subscribe':
      return `subscribe ${valueOf(options, 'level') ?? 'alarms'}`;
    case 'status':
    case 'show':
    case 'stop':
    case 'pause':
    case 'resume':
    case 'restart':
      return `${name} ${id}`;
    default:
      return name; // list, unsubscribe, help
  }
}
