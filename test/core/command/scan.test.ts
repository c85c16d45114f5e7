import { describe, expect, it } from 'vitest';
import { scanCommand, withoutPlaceholders } from '../../../src/core/command/scan.js';
import { parseCount } from '../../../src/core/command/numbers.js';

describe('scanCommand', () => {
  it('lifts URLs out of running text, stopping at Chinese text and trailing punctuation', () => {
    const scanned = scanCommand('https://a.example.com/x.mp4转推到live/e, rtmp://b.example.com/l/k?x=1. 明天');
    expect(scanned.urls).toEqual(['https://a.example.com/x.mp4', 'rtmp://b.example.com/l/k?x=1']);
    expect(withoutPlaceholders(scanned.text)).toBe('转推到live/e, . 明天');
  });

  it('lifts dangerous schemes without "//" too, so that validation can refuse them by name', () => {
    expect(scanCommand('concat:a.mp4|b.mp4 data:video/mp4;base64,AA file:/etc/passwd').urls).toEqual([
      'concat:a.mp4|b.mp4',
      'data:video/mp4;base64,AA',
      'file:/etc/passwd',
    ]);
  });

  it('keeps quoted text whole; single quotes only after a comment keyword (so "3 o\'clock" survives)', () => {
    const scanned = scanCommand(`comment 'late show' at 3 o'clock "a b"`);
    expect(scanned.quoted).toEqual(['late show', 'a b']);
    expect(withoutPlaceholders(scanned.text)).toBe("comment at 3 o'clock");
    expect(scanCommand('备注“周五 节目').unterminatedQuote).toBe(true);
  });

  it('drops private-use characters so input cannot forge placeholders', () => {
    expect(scanCommand('\uE000U0\uE001 to live/e').urls).toEqual([]);
  });
});

describe('parseCount', () => {
  it.each([
    ['3', 3], ['-1', -1], ['twice', 2], ['three', 3], ['三', 3], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20],
    ['一百零五', 105], ['1,000', 1000], ['twenty-five', 25], ['twenty five', 25], ['fifty', 50], ['a hundred', 100],
    ['two hundred and fifty', 250], ['a thousand', 1000], ['three thousand five hundred', 3500], ['a dozen', 12],
    ['一千', 1000], ['一百五', 150], ['一千五', 1500], ['一千零五', 1005], ['两万', 20000], ['两万五', 25000], ['十万', 100000],
  ])('reads %s as %i', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it('refuses what is not a count', () => {
    expect(parseCount('many')).toBeUndefined();
    // Two digits side by side are "two or three", not 23.
    for (const loose of ['两三', '七八', '十一二', '一二']) expect(parseCount(loose)).toBeUndefined();
  });
});
