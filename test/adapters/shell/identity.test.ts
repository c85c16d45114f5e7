import { describe, expect, it } from 'vitest';
import { shellLocale } from '../../../src/adapters/shell/identity.js';

describe('shellLocale: the terminal chat speaks the language of the terminal', () => {
  it('reads POSIX locale variables, encoding and modifier ignored', () => {
    expect(shellLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(shellLocale({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(shellLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.GB18030@stroke' })).toBe('zh-CN');
    expect(shellLocale({})).toBe('en');
  });

  it('lets RELAYBOT_LOCALE win over the terminal’s own', () => {
    expect(shellLocale({ LANG: 'zh_CN.UTF-8', RELAYBOT_LOCALE: 'en' })).toBe('en');
    expect(shellLocale({ LANG: 'C.UTF-8', RELAYBOT_LOCALE: 'zh-CN' })).toBe('zh-CN');
  });
});
