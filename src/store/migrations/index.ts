// Versioned schema migrations, applied in order by store/database.ts. Never edit a released migration:
// add the next one.
import { m001Tasks } from './001-tasks.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [m001Tasks];
