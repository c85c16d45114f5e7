// Settings come from the environment, and from a `.env` file in the working directory when one exists
// (real environment variables win). Read once at start-up.
import { existsSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';

export type Env = Record<string, string | undefined>;

export function readEnv(cwd = process.cwd(), env: Env = process.env): Env {
  const file = `${cwd}/.env`;
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...env };
}
