// Platform-neutral reply documents: built once in core (already in the reader's language), rendered by each
// adapter (Block Kit, Discord embeds + components, plain text in the shell).

export type ActionId = 'confirm' | 'cancel' | 'stop' | 'restart' | 'show';

export interface ReplyAction {
  id: ActionId;
  label: string;
  /** Opaque value carried back by the platform (a pending-confirmation id or a task id). Short: ≤ 64 chars. */
  value: string;
  style?: 'primary' | 'danger';
}

export interface ReplyField {
  label: string;
  value: string;
  /**
   * The person's own words (a relay's comment): shown exactly as written. An adapter that rewrites the bot's own
   * text (Discord's form of suggested commands) leaves this value alone.
   */
  asWritten?: true;
}

export interface ReplyDocument {
  kind: 'preview' | 'status' | 'events' | 'alarm' | 'error' | 'list' | 'info' | 'help';
  title: string;
  /** Free text paragraphs, already localised. */
  lines: string[];
  fields: ReplyField[];
  actions: ReplyAction[];
  severity: 'info' | 'success' | 'warning' | 'error';
  /** A person to mention (platform user id), e.g. the creator on alarms. */
  mentionUserId?: string;
  /** Instants the adapter may render natively (Discord `<t:…>`); keyed by field label. */
  instants?: Record<string, number>;
  /** Plain-text fallback for notifications and logs. */
  text: string;
  /** The task the document is about, when there is one (the terminal prefixes notifications with it). */
  taskId?: string;
}
