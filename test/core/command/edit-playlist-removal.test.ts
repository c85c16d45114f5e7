// One file taken out of a playlist by its name or its place ("remove b.mp4", "drop the last video", 去掉第二个文件), and
// one file replaced with a comma before the verb (把 <b>，换成 <c>). The name had been refused as a link without its
// scheme and the place as words not understood; with the comma, both URLs had become the whole new list, silently.
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const A = 'https://media.example.com/vod/a.mp4';
const B = 'https://media.example.com/vod/b.mp4';
const C = 'https://cdn.example.com/c.mp4';
const OTHER_B = 'https://cdn2.example.com/x/b.mp4';
const three: RelayRequest = { ...TOMORROW_EVENING, SourceUrls: [A, B, C] };
const two: RelayRequest = { ...TOMORROW_EVENING, SourceUrls: [A, B] };
const alone: RelayRequest = { ...TOMORROW_EVENING, SourceUrls: [A] };

describe('one file taken out by its name or place', () => {
  it.each([
    ['remove b.mp4', [A, C]],
    ['remove b.mp4 from the playlist', [A, C]],
    ['delete c.mp4', [A, B]],
    ['remove the second file', [A, C]],
    ['take out the second video', [A, C]],
    ['drop the last video', [A, B]],
    ['delete the first one', [B, C]],
    ['remove file 2', [A, C]],
    ['remove video #3', [A, B]],
    ['删除 b.mp4', [A, C]],
    ['去掉第二个文件', [A, C]],
    ['删掉最后一个视频', [A, B]],
    ['移除第1个视频', [B, C]],
    ['把 b.mp4 删掉', [A, C]],
    ['把第三个文件去掉', [A, B]],
    [`把 ${B} 从列表里删除`, [A, C]],
  ])('%s', (text, urls) => {
    expect(editOutcome(text, three)).toEqual({ SourceUrls: urls });
  });

  it('goes with another change', () => {
    expect(editOutcome('remove the second file and extend by 30 minutes', three)).toEqual({ SourceUrls: [A, C], EndTime: '2026-03-02T14:30:00Z' });
  });
});

describe('asked or refused, never guessed', () => {
  it('a name two files have is asked for its URL', () => {
    expect(editOutcome('remove b.mp4', { ...three, SourceUrls: [A, B, OTHER_B] })).toEqual(['parse.changes.fileNameTwice']);
    expect(editOutcome('删除 b.mp4', { ...three, SourceUrls: [A, B, OTHER_B] })).toEqual(['parse.changes.fileNameTwice']);
  });

  it('the whole URL still picks one of them', () => {
    expect(editOutcome(`remove ${OTHER_B}`, { ...three, SourceUrls: [A, B, OTHER_B] })).toEqual({ SourceUrls: [A, B] });
  });

  it.each(['remove d.mp4', 'remove the 4th file', '去掉第五个视频'])('no such file: %s', (text) => {
    expect(editOutcome(text, three)).toEqual(['parse.changes.notInPlaylist']);
  });

  it.each(['remove a.mp4', 'remove the first file', 'drop the last video', '去掉第一个文件', `remove ${A}`])(
    'the only file is refused: a relay needs a source (%s)',
    (text) => {
      expect(editOutcome(text, alone)).toEqual(['parse.changes.removeEveryFile']);
    },
  );

  it('every file of the list at once is refused the same way', () => {
    expect(editOutcome(`remove ${A} ${B}`, two)).toEqual(['parse.changes.removeEveryFile']);
  });
});

describe('a comma between the file replaced and its verb', () => {
  it.each([
    [`把 ${B}，换成 ${C}`, [A, C]],
    [`把 ${B}, 换成 ${C}`, [A, C]],
    [`把b.mp4，换成 ${C}`, [A, C]],
    [`把第二个文件，换成${C}`, [A, C]],
    [`${A}，替换为 ${C}`, [C, B]],
    [`replace ${B}, with ${C}`, [A, C]],
    [`swap the first file, for ${C}`, [C, B]],
  ])('%s', (text, urls) => {
    expect(editOutcome(text, two)).toEqual({ SourceUrls: urls });
  });
});
