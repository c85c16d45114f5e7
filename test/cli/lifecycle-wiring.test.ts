import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log.js';
import { openStore, type Store } from '../../src/store/index.js';
import { buildBackends } from '../../src/wiring/backends.js';

const logger = createLogger({ level: 'silent' });
let store: Store;
afterEach(() => store.close());

describe('buildBackends', () => {
  it('without Tencent keys: only the local runner, which is the default', async () => {
    store = openStore(':memory:');
    const built = await buildBackends(loadConfig({ RELAYBOT_PORT: '8080' }), { logger, db: store.db, mode: 'client' });
    expect(Object.keys(built.backends)).toEqual(['local']);
    expect(built.defaultBackend).toBe('local');
    expect(built.runner.kind).toBe('local');
    expect(built.publicUrl).toBe('http://localhost:8080');
    expect(await built.runner.quota()).toEqual({ count: 0, limit: 20 });
    await built.close();
  });

  it('with Tencent keys: Tencent is the default, the local runner stays available', async () => {
    store = openStore(':memory:');
    const config = loadConfig({
      TENCENTCLOUD_SECRET_ID: 'AKIDwiring',
      TENCENTCLOUD_SECRET_KEY: 'wiring-key',
      RELAYBOT_PUBLIC_URL: 'https://relaybot.example.com',
    });
    const built = await buildBackends(config, { logger, db: store.db, mode: 'client' });
    expect(Object.keys(built.backends).sort()).toEqual(['local', 'tencent']);
    expect(built.defaultBackend).toBe('tencent');
    expect(built.publicUrl).toBe('https://relaybot.example.com');
    await built.close();
  });
});
