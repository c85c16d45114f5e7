// Per-user preferences (time zone, locale). `set` merges: setting a time zone keeps the chosen locale.
import { LOCALES, type Locale } from '../core/i18n.js';
import type { PreferenceStore, UserPreferences } from '../core/ports.js';
import type { Db } from './database.js';

interface PreferenceRow {
  time_zone: string | null;
  locale: string | null;
}

export class SqlitePreferenceStore implements PreferenceStore {
  private readonly getStatement;
  private readonly upsertStatement;

  constructor(
    db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.getStatement = db.prepare<[string, string], PreferenceRow>(
      'SELECT time_zone, locale FROM user_preferences WHERE platform = ? AND user_id = ?',
    );
    this.upsertStatement = db.prepare(
      `INSERT INTO user_preferences (platform, user_id, time_zone, locale, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, user_id) DO UPDATE SET
         time_zone = COALESCE(excluded.time_zone, time_zone),
         locale = COALESCE(excluded.locale, locale),
         updated_at = excluded.updated_at`,
    );
  }

  get(platform: string, userId: string): UserPreferences | null {
    const row = this.getStatement.get(platform, userId);
    if (!row) return null;
    const locale = LOCALES.find((known) => known === row.locale) as Locale | undefined;
    return { ...(row.time_zone ? { timeZone: row.time_zone } : {}), ...(locale ? { locale } : {}) };
  }

  set(platform: string, userId: string, prefs: UserPreferences): void {
    this.upsertStatement.run(platform, userId, prefs.timeZone ?? null, prefs.locale ?? null, this.clock().toISOString());
  }
}
