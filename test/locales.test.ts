import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPluralForms, t, type PluralForms } from '../src/core/i18n.js';

/** Every message's key; a plural message (its forms under its key) is one message. */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || isPluralForms(node)) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** A message's text: a plural message's forms, all of them. */
const textOf = (message: string | PluralForms) => (typeof message === 'string' ? message : Object.values(message).join('\n'));

const load = (locale: string) => JSON.parse(readFileSync(new URL(`../locales/${locale}.json`, import.meta.url), 'utf8'));

describe('locales', () => {
  it('zh-CN has every English message and no extra ones', () => {
    expect(keys(load('zh-CN')).sort()).toEqual(keys(load('en')).sort());
  });

  it('every message keeps the same placeholders in both languages', () => {
    const en = load('en');
    const zh = load('zh-CN');
    // The same set: a language may name a value twice where its grammar wants it (即{endDay} {clock}).
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const key of keys(en)) {
      const pick = (root: unknown) => textOf(key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string | PluralForms);
      expect(placeholders(pick(zh)), key).toEqual(placeholders(pick(en)));
    }
  });

  it('a plural message has exactly the forms its language needs (Intl.PluralRules), and no message says "(s)"', () => {
    for (const locale of ['en', 'zh-CN']) {
      const root = load(locale);
      const needed = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      for (const key of keys(root)) {
        const message = key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string | PluralForms;
        if (typeof message !== 'string') expect(Object.keys(message).sort(), `${locale} ${key}`).toEqual(needed);
        // "{count} update(s)": a count is shown with its plural forms instead.
        expect(textOf(message), `${locale} ${key}`).not.toMatch(/\{\w+\}[\w ]*\w\(s\)/);
      }
    }
  });

  it('picks the plural form for the count given', () => {
    expect(t('en', 'events.title.events', { id: 'r1', count: 1 })).toBe('Relay r1: 1 update');
    expect(t('en', 'events.title.events', { id: 'r1', count: 3 })).toBe('Relay r1: 3 updates');
    expect(t('en', 'events.title.events', { id: 'r1', count: 0 })).toBe('Relay r1: 0 updates');
    expect(t('zh-CN', 'events.title.events', { id: 'r1', count: 1 })).toBe('转推 r1：1 条更新');
  });

  it('fills placeholders and falls back to English for a missing translation key', () => {
    expect(t('zh-CN', 'common.yes')).toBe('是');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });
});
