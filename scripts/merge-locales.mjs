#!/usr/bin/env node
// Deep-merges a fragment {"en": {...}, "zh-CN": {...}} into locales/en.json and locales/zh-CN.json, keeping
// key order stable. Several people add messages at once: run it under `flock locales/.lock`.
// Usage: flock locales/.lock node scripts/merge-locales.mjs fragment.json
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const locale of ['en', 'zh-CN']) {
  if (!fragment[locale]) continue;
  const path = fileURLToPath(new URL(`../locales/${locale}.json`, import.meta.url));
  const merged = merge(JSON.parse(readFileSync(path, 'utf8')), fragment[locale]);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(merged, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}
