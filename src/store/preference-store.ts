// Per-user preferences (time zone, locale). `set` merges: setting a time zone keeps the chosen locale.
import { LOCALES, type Locale } from '../core/i18n.js';
import type { PreferenceStore, UserPreferences } from '../core/ports.js';
import type { Db } from './database.js';

interface PreferenceRow {
  time_zone: string | null;
  locale: string | null;
}

/** Users whose preferences are kept in memory; beyond it the oldest read is forgotten (and read again if asked). */
const REMEMBERED_USERS = 10_000;

export class SqlitePreferenceStore implements PreferenceStore {
  private readonly getStatement;
  private readonly upsertStatement;
  /**
   * Every chat command reads its sender's preferences; they change only through `set` on this store (the chat's
   * tz verb), so reads are served from memory and `set` writes through. null: known to have none.
   */
  private readonly remembered = new Map<string, UserPreferences | null>();

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
    const key = `${platform}\u0000${userId}`;
    const known = this.remembered.get(key);
    if (known !== undefined) return known && { ...known };
    const prefs = this.read(platform, userId);
    if (this.remembered.size >= REMEMBERED_USERS) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, prefs);
    return prefs && { ...prefs };
  }

  set(platform: string, userId: string, prefs: UserPreferences): void {
    this.upsertStatement.run(platform, userId, prefs.timeZone ?? null, prefs.locale ?? null, this.clock().toISOString());
    this.remembered.delete(`${platform}\u0000${userId}`);
  }

  private read(platform: string, userId: string): UserPreferences | null {
    const row = this.getStatement.get(platform, userId);
    if (!row) return null;
    const locale = LOCALES.find((known) => known === row.locale) as Locale | undefined;
    return { ...(row.time_zone ? { timeZone: row.time_zone } : {}), ...(locale ? { locale } : {}) };
  }
}
