import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../src/core/i18n.js';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

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
      const pick = (root: unknown) => key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string;
      expect(placeholders(pick(zh)), key).toEqual(placeholders(pick(en)));
    }
  });

  it('fills placeholders and falls back to English for a missing translation key', () => {
    expect(t('zh-CN', 'common.yes')).toBe('是');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });
});
