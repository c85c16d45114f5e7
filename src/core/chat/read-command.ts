// Reading a new relay's command and building its preview. Pure and made of plain data in and out, so it runs on
// any thread: src/preview-pool runs it off the event loop, and without the pool it runs where it is called.
import type { BackendKind } from '../backend.js';
import { parseRelayCommand, type CommandContext, type ParsedCommand } from '../command/index.js';
import type { RelayError } from '../errors.js';
import type { Locale } from '../i18n.js';
import { buildPreview } from '../preview.js';
import type { ReplyDocument } from '../reply.js';

/** What the preview needs besides the command: whose it is, and the id its Confirm/Cancel buttons carry. */
export interface PreviewAsk {
  locale: Locale;
  timeZone: string;
  /** The runner named in the preview when the command picks none. */
  defaultBackend?: BackendKind;
  pendingId: string;
}

/** The command as understood, with its preview; or what to change. */
export type ReadCommand = { ok: true; value: ParsedCommand; doc: ReplyDocument } | { ok: false; error: RelayError[] };

/** Reads a command and builds its preview, possibly on another thread. */
export type CommandReader = (text: string, context: CommandContext, ask: PreviewAsk) => Promise<ReadCommand>;

export function readCommand(text: string, context: CommandContext, ask: PreviewAsk): ReadCommand {
  const parsed = parseRelayCommand(text, context);
  if (!parsed.ok) return parsed;
  const backend = parsed.value.backend ?? ask.defaultBackend;
  const doc = buildPreview(parsed.value.request, {
    locale: ask.locale,
    timeZone: ask.timeZone,
    ...(backend ? { backend } : {}),
    pendingId: ask.pendingId,
    startsNow: parsed.value.startsNow,
    notes: parsed.value.notes,
  });
  return { ok: true, value: parsed.value, doc };
}
