// Files added to or taken from a relay's playlist. "add <url>", "append <url> to the playlist", 添加 / 追加 <url>,
// "remove <url>", 删除 <url> had been refused as a time nobody gave ("I could not find when the relay should run").
import { describe, expect, it } from 'vitest';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { editOutcome, TOMORROW_EVENING } from './helpers.js';

const A = 'https://media.example.com/vod/a.mp4';
const B = 'https://media.example.com/vod/b.mp4';
const C = 'https://cdn.example.com/c.mp4';
const D = 'https://cdn.example.com/d.flv';
const playlist: RelayRequest = { ...TOMORROW_EVENING, SourceUrls: [A, B] };
const live: RelayRequest = { ...TOMORROW_EVENING, SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://src.example.com/live/cam1'] };

function edit(text: string, relay: RelayRequest = playlist) {
  return editOutcome(text, relay);
}

describe('files added at the end of the playlist', () => {
  it.each([
    [`add ${C}`, [A, B, C]],
    [`add ${C} ${D}`, [A, B, C, D]],
    [`append ${C}, ${D}`, [A, B, C, D]],
    [`add ${C} and ${D} to the end of the playlist`, [A, B, C, D]],
    [`also play ${C}`, [A, B, C]],
    [`queue up ${C}`, [A, B, C]],
    [`添加 ${C}`, [A, B, C]],
    [`追加 ${C} 到列表最后`, [A, B, C]],
    [`再加一个视频 ${C}`, [A, B, C]],
    [`加 ${C} 和 ${D}`, [A, B, C, D]],
  ])('%s', (text, urls) => {
    expect(edit(text)).toEqual({ SourceUrls: urls });
  });

  it('with other changes', () => {
    expect(edit(`add ${C} and extend by 30 minutes`)).toEqual({ SourceUrls: [A, B, C], EndTime: '2026-03-02T14:30:00Z' });
    expect(edit(`添加 ${C}，循环2次`)).toEqual({ SourceUrls: [A, B, C], VodLoopTimes: '2' });
  });

  it('not a live stream to a file relay, nor a file to a live one', () => {
    expect(edit('add rtmp://src.example.com/live/cam9')).toEqual(['parse.changes.liveForFileRelay']);
    expect(edit(`add ${C}`, live)).toEqual(['parse.changes.fileForLiveRelay']);
  });
});

describe('files taken out', () => {
  it.each([
    [`remove ${B}`, [A]],
    [`drop ${A} from the playlist`, [B]],
    [`删除 ${B}`, [A]],
    [`去掉 ${A}`, [B]],
  ])('%s', (text, urls) => {
    expect(edit(text)).toEqual({ SourceUrls: urls });
  });

  it('refuses a URL that is not in the list, by name', () => {
    expect(edit(`remove ${C}`)).toEqual(['parse.changes.notInPlaylist']);
  });

  it('refuses taking out every file (a relay needs a source)', () => {
    expect(edit(`remove ${A} ${B}`)).not.toHaveProperty('SourceUrls');
  });

  it('refuses adding and taking out at once', () => {
    expect(edit(`add ${C} remove ${A}`)).toEqual(['parse.duplicateOption']);
  });
});
