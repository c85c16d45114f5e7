// Every user-facing string lives in locales/<locale>.json, nested by area ("parse.noSource").
// Messages use {name} placeholders.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RelayError } from './errors.js';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, unknown>;
const catalogs = new Map<Locale, Catalog>();

function catalog(locale: Locale): Catalog {
  let found = catalogs.get(locale);
  if (!found) {
    const path = fileURLToPath(new URL(`../../locales/${locale}.json`, import.meta.url));
    found = JSON.parse(readFileSync(path, 'utf8')) as Catalog;
    catalogs.set(locale, found);
  }
  return found;
}

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = catalog(locale);
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Picks our locale for a platform's locale tag ("zh-CN", "zh_CN", "zh", "en-US" ...). */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (tag && /^zh(?:[-_](?:cn|hans|sg))?$/i.test(tag.trim())) return 'zh-CN';
  if (tag && /^zh[-_]hans/i.test(tag.trim())) return 'zh-CN';
  return 'en';
}

/** Whether a key exists in a locale (used by tests that keep the catalogs complete). */
export function hasMessage(locale: Locale, key: string): boolean {
  return lookup(locale, key) !== undefined;
}

/**
 * The message for `key` in `locale`, with {placeholders} filled. A missing key falls back to English, then
 * to the key itself, so that a gap in a catalog never crashes a reply (a test keeps the catalogs complete).
 */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = templateFor(locale, key);
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

// Catalogs are read once and never change while the bot runs, so each resolved template is remembered:
// a preview asks for some twenty messages, and walking the nested catalog each time showed in its profile.
const templates = new Map<string, string>();

function templateFor(locale: Locale, key: string): string {
  const cacheKey = `${locale}\u0000${key}`;
  let template = templates.get(cacheKey);
  if (template === undefined) {
    template = lookup(locale, key) ?? lookup('en', key) ?? key;
    templates.set(cacheKey, template);
  }
  return template;
}

/**
 * A RelayError in the reader's language. A field with a name people use ("The start" for StartTime, under
 * `fields.` in the catalogs) is named so; other fields keep the API's name, which is what the message is about.
 */
export function describeError(locale: Locale, error: RelayError): string {
  const field = error.field && hasMessage(locale, `fields.${error.field}`) ? t(locale, `fields.${error.field}`) : error.field;
  return t(locale, error.key, { ...(field ? { field } : {}), ...error.params });
}
