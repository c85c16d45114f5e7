// A lifecycle command whose RELAYBOT_DATA_DIR cannot be used says which setting to change (exit 78), rather than
// "The command failed unexpectedly (ENOTDIR ...)" and exit 70, which sends the operator to report a bug.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRelaybot } from '../config/run-relaybot.js';

const dir = mkdtempSync(join(tmpdir(), 'relaybot-cli-datadir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a lifecycle command on an unusable data directory', () => {
  it('names RELAYBOT_DATA_DIR in its --locale, as InvalidSetting, exit 78', async () => {
    writeFileSync(join(dir, 'data'), 'a file where the directory should be');
    const dataDir = join(dir, 'data', 'store');
    const json = await runRelaybot(['list', '--json', '--locale', 'zh-CN'], { RELAYBOT_DATA_DIR: dataDir }, dir);
    expect(json.code).toBe(78);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      errors: [
        {
          code: 'InvalidSetting',
          field: 'RELAYBOT_DATA_DIR',
          message: `Relaybot 无法使用数据目录 ${dataDir}（RELAYBOT_DATA_DIR）：它是一个文件，或位于某个文件之下。请把 RELAYBOT_DATA_DIR 设为一个目录（不存在时会自动创建），或移走该文件。`,
          params: { dataDir },
        },
      ],
    });
    const text = await runRelaybot(['show', 'r7kq2m'], { RELAYBOT_DATA_DIR: dataDir }, dir);
    expect(text.code).toBe(78);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain(`Relaybot cannot use its data directory ${dataDir} (RELAYBOT_DATA_DIR)`);
  });
});
