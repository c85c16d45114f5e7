// Every user-facing string lives in locales/<locale>.json, nested by area ("parse.noSource").
// Messages use {name} placeholders. A message that shows a count has its plural forms under its key, as the
// language needs them (Intl.PluralRules' categories: en one / other, zh-CN other only), e.g.
// "events.title.events": {"one": "Relay {id}: 1 update", "other": "Relay {id}: {count} updates"}; the form is
// chosen by the `count` value given to t().
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

/** A message's plural forms, by Intl.PluralRules category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Whether a catalog node is a plural message (not an area of messages): only category keys, `other` among them. */
export function isPluralForms(node: unknown): node is PluralForms {
  if (node === null || typeof node !== 'object') return false;
  const entries = Object.entries(node);
  return (
    entries.length > 0 &&
    Object.hasOwn(node, 'other') &&
    entries.every(([category, form]) => PLURAL_CATEGORIES.includes(category) && typeof form === 'string')
  );
}

function lookup(locale: Locale, key: string): string | PluralForms | undefined {
  let node: unknown = catalog(locale);
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' || isPluralForms(node) ? node : undefined;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of `count` in `locale` ('one', 'other' ...). */
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
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
  const found = templateFor(locale, key);
  const template = typeof found === 'string' ? found : pluralForm(found, locale, params.count);
  if (!template.includes('{')) return template;
  // The template cut once at its placeholders: [text, name, text, name, ..., text].
  const pieces = piecesOf(template);
  let message = pieces[0]!;
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i]!;
    message += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + pieces[i + 1]!;
  }
  return message;
}

const PLACEHOLDER = /\{(\w+)\}/;
const templatePieces = new Map<string, string[]>();

function piecesOf(template: string): string[] {
  let pieces = templatePieces.get(template);
  if (!pieces) {
    // split with a capturing group keeps the names at the odd indexes.
    pieces = template.split(PLACEHOLDER);
    templatePieces.set(template, pieces);
  }
  return pieces;
}

// Catalogs are read once and never change while the bot runs, so each resolved template is remembered:
// a preview asks for some twenty messages, and walking the nested catalog each time showed in its profile.
// One map per locale, so that finding a template builds no joined key string.
const templates = new Map<Locale, Map<string, string | PluralForms>>();

/** The form for `count` (a number, or a numeric string); `other` when none was given or the language has none. */
function pluralForm(forms: PluralForms, locale: Locale, count: string | number | undefined): string {
  const value = typeof count === 'number' ? count : Number(count);
  if (count === undefined || !Number.isFinite(value)) return forms.other;
  return forms[pluralCategory(locale, value)] ?? forms.other;
}

function templateFor(locale: Locale, key: string): string | PluralForms {
  let ofLocale = templates.get(locale);
  if (!ofLocale) {
    ofLocale = new Map();
    templates.set(locale, ofLocale);
  }
  let template = ofLocale.get(key);
  if (template === undefined) {
    template = lookup(locale, key) ?? lookup('en', key) ?? key;
    ofLocale.set(key, template);
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
