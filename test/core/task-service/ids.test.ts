import { describe, expect, it } from 'vitest';
import { newCallbackToken, newShortTaskId, normalizeTaskId, specifyTaskIdFor } from '../../../src/core/task-id.js';
import { fingerprintOf } from '../../../src/core/task-service/fingerprint.js';
import { MAX_START_SLIP_MS, recheckStartTime } from '../../../src/core/task-service/start-time.js';
import { relayRequest } from './harness.js';

describe('short task ids', () => {
  it('are six unambiguous characters starting with a letter, never one already taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const id = newShortTaskId((candidate) => taken.has(candidate));
      expect(id).toMatch(/^[a-z][a-z2-9]{5}$/);
      expect(id).not.toMatch(/[01ilo]/);
      expect(taken.has(id)).toBe(false);
      taken.add(id);
    }
  });

  it('use every character of the alphabet, in every place (drawn from the whole range of random bytes)', () => {
    const seen = Array.from({ length: 6 }, () => new Set<string>());
    for (let i = 0; i < 3000; i += 1) [...newShortTaskId(() => false)].forEach((character, place) => seen[place]!.add(character));
    expect([...seen[0]!].sort().join('')).toBe('abcdefghjkmnpqrstuvwxyz');
    for (const place of seen.slice(1)) expect([...place].sort().join('')).toBe('23456789abcdefghjkmnpqrstuvwxyz');
  });

  it('grow by a character when short ones keep colliding', () => {
    let asked = 0;
    const id = newShortTaskId((candidate) => (asked += 1) <= 5 && candidate.length === 6);
    expect(id).toHaveLength(7);
  });

  it('are matched as people type them', () => {
    expect(normalizeTaskId('  #R7KQ2M ')).toBe('r7kq2m');
  });
});

describe('a create’s fingerprint', () => {
  // Stored with every task: a repeat of a create made before an upgrade is compared with it, so the digest of the
  // same request must never change (else the repeat would be refused as a reused key). Computed when it was set.
  const request = {
    ...relayRequest(),
    SourceUrls: ['https://cdn.example.com/show.mp4', 'https://cdn.example.com/两.mp4'],
    StartTime: '2026-12-01T12:00:00Z',
    EndTime: '2026-12-01T14:00:00Z',
    VodLoopTimes: '2',
    WatermarkList: [{ PictureUrl: 'https://cdn.example.com/logo.png', XPosition: 5, YPosition: 5, Width: 10, Height: 0, Location: 1 }],
    Comment: undefined,
  };

  it('never changes for the same request, whatever order its fields were written in', () => {
    expect(fingerprintOf({ request })).toBe('v1:vRuZCyHRTvTU4fxrFYErHyF8vc_SpmIcEdqiw2d3t0c');
    const reordered = Object.fromEntries(Object.entries(request).reverse()) as typeof request;
    expect(fingerprintOf({ request: reordered })).toBe('v1:vRuZCyHRTvTU4fxrFYErHyF8vc_SpmIcEdqiw2d3t0c');
    expect(fingerprintOf({ request, backend: 'local' })).toBe('v1:GpiX5UV0rYfG36OczOFfN9zWW807UIBHAPjY9Z_Z8-w');
    expect(fingerprintOf({ request, requestFingerprint: 'relaybot create --tz Asia/Shanghai -- x' })).toBe('v1:js2sL39THEdnyUDq_nM3y35tg0wInCUb-IsZOCqniwg');
  });

  it('differs when anything asked differs, nested fields included', () => {
    const moved = { ...request, WatermarkList: [{ ...request.WatermarkList[0]!, XPosition: 6 }] };
    expect(fingerprintOf({ request: moved })).not.toBe(fingerprintOf({ request }));
    expect(fingerprintOf({ request: { ...request, StreamName: 'late' } })).not.toBe(fingerprintOf({ request }));
  });
});

describe('SpecifyTaskId', () => {
  it('is the same for the same key and different for different keys', () => {
    expect(specifyTaskIdFor('cli:abc')).toBe(specifyTaskIdFor('cli:abc'));
    expect(specifyTaskIdFor('cli:abc')).not.toBe(specifyTaskIdFor('cli:abd'));
    expect(specifyTaskIdFor('slack:T1:trigger-9')).toMatch(/^rb-[a-z2-7]{26}$/);
  });

  it('never changes for a key, so a retry after an upgrade still finds the task it created before', () => {
    // rb- + base32(SHA-256("slack:T1:trigger-9")) cut to 26 characters, as computed when the scheme was set.
    expect(specifyTaskIdFor('slack:T1:trigger-9')).toBe('rb-l5z32io4zxjwfdrgprnb6cvkva');
  });
});

describe('callback tokens', () => {
  it('are 192-bit URL-safe random strings', () => {
    const tokens = new Set(Array.from({ length: 200 }, newCallbackToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('are fresh random bytes, never the pool’s wiped (zeroed) ones, across many refills of the pool', () => {
    const bytes = Array.from({ length: 2000 }, () => Buffer.from(newCallbackToken(), 'base64url'));
    for (const token of bytes) expect(token).toHaveLength(24);
    const zeros = bytes.reduce((count, token) => count + token.filter((byte) => byte === 0).length, 0);
    // 48,000 random bytes hold about 188 zeros; a token cut from wiped bytes would bring 24 at once.
    expect(zeros).toBeLessThan(400);
    expect(new Set(bytes.flatMap((token) => [...token])).size).toBe(256);
  });
});

describe('recheckStartTime', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const request = (start: string, end: string) => ({ ...relayRequest(), StartTime: start, EndTime: end });

  it('leaves a start comfortably ahead alone', () => {
    const ahead = request('2026-05-01T12:05:00Z', '2026-05-01T14:05:00Z');
    expect(recheckStartTime(ahead, now)).toBe(ahead);
  });

  it('moves a start just behind now (or too close to it) forward with the end, to whole seconds', () => {
    const moved = recheckStartTime(request('2026-05-01T11:59:00Z', '2026-05-01T13:59:00Z'), now);
    expect(moved.StartTime).toBe('2026-05-01T12:00:05Z');
    expect(moved.EndTime).toBe('2026-05-01T14:00:05Z');
    expect(recheckStartTime(request('2026-05-01T12:00:02Z', '2026-05-01T12:30:02Z'), now).StartTime).toBe('2026-05-01T12:00:05Z');
  });

  it('refuses a start that slipped more than two minutes', () => {
    const stale = new Date(now.getTime() - MAX_START_SLIP_MS - 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(() => recheckStartTime(request(stale, '2026-05-01T13:00:00Z'), now)).toThrow(/InvalidTaskTime/);
  });
});
