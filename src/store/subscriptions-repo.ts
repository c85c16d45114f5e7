// Channels that follow every task's events (`/relay subscribe [alarms|all]`), one row per channel.
import type { Locale } from '../core/i18n.js';
import type { Subscription, SubscriptionLevel, SubscriptionRepository } from '../core/events/ports.js';
import type { Db } from './database.js';

interface SubscriptionRow {
  platform: string;
  team_id: string;
  channel_id: string;
  level: string;
  locale: string;
  created_by: string | null;
}

function toSubscription(row: SubscriptionRow): Subscription {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    level: row.level as SubscriptionLevel,
    locale: row.locale as Locale,
    ...(row.team_id ? { teamId: row.team_id } : {}),
    ...(row.created_by ? { createdBy: row.created_by } : {}),
  };
}

export class SqliteSubscriptionRepository implements SubscriptionRepository {
  private readonly upsertStatement;
  private readonly deleteStatement;
  private readonly getStatement;
  private readonly listStatement;

  constructor(
    db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.upsertStatement = db.prepare(
      `INSERT INTO subscriptions (platform, team_id, channel_id, level, locale, created_by, created_at)
       VALUES (@platform, @team_id, @channel_id, @level, @locale, @created_by, @created_at)
       ON CONFLICT (platform, team_id, channel_id) DO UPDATE SET level = excluded.level, locale = excluded.locale,
         created_by = excluded.created_by, created_at = excluded.created_at`,
    );
    this.deleteStatement = db.prepare<[string, string, string]>(
      'DELETE FROM subscriptions WHERE platform = ? AND team_id = ? AND channel_id = ?',
    );
    this.getStatement = db.prepare<[string, string, string], SubscriptionRow>(
      'SELECT * FROM subscriptions WHERE platform = ? AND team_id = ? AND channel_id = ?',
    );
    this.listStatement = db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY created_at, channel_id');
  }

  subscribe(subscription: Subscription): void {
    this.upsertStatement.run({
      platform: subscription.platform,
      team_id: subscription.teamId ?? '',
      channel_id: subscription.channelId,
      level: subscription.level,
      locale: subscription.locale,
      created_by: subscription.createdBy ?? null,
      created_at: this.clock().toISOString(),
    });
  }

  unsubscribe(platform: string, channelId: string, teamId?: string): boolean {
    return this.deleteStatement.run(platform, teamId ?? '', channelId).changes > 0;
  }

  get(platform: string, channelId: string, teamId?: string): Subscription | null {
    const row = this.getStatement.get(platform, teamId ?? '', channelId);
    return row ? toSubscription(row) : null;
  }

  list(): Subscription[] {
    return this.listStatement.all().map(toSubscription);
  }
}
