// The parts of an MP4's `moov` box that a relay needs (ISO/IEC 14496-12 and -15): for its first H.264 track and
// its first AAC track, the decoder configuration and every sample's place in the file, decode time, composition
// offset and key-frame flag. Anything else this reader does not follow (another codec, a fragmented file, an
// edit list beyond a start offset) is a NeedsFfmpeg: the file is then read by an ffmpeg reader, as before.

/** The file needs ffmpeg to be read (the caller falls back to an ffmpeg reader; nothing has been played yet). */
export class NeedsFfmpeg extends Error {}

export interface Mp4Track {
  kind: 'video' | 'audio';
  timescale: number;
  /** avcC (video) or AudioSpecificConfig (audio). */
  config: Buffer;
  /** Where the track's media starts on the movie's timeline, in its own timescale (edit list), subtracted. */
  mediaTime: number;
  /** An empty edit before the media, ms (it starts this late). */
  delayMs: number;
  offsets: Float64Array;
  sizes: Uint32Array;
  dts: Float64Array;
  /** Composition offset of each sample, in the track's timescale (0 for audio). */
  cts: Int32Array;
  sync: Uint8Array;
}

export interface Mp4Movie {
  /** Seconds, when the movie header states it. */
  duration: number | undefined;
  video: Mp4Track | null;
  audio: Mp4Track | null;
}

interface Box {
  type: string;
  /** Payload start and end in the buffer. */
  start: number;
  end: number;
}

function* boxes(buf: Buffer, start: number, end: number): Generator<Box> {
  let at = start;
  while (at + 8 <= end) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) return;
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = end - at;
    }
    if (size < header || at + size > end) throw new NeedsFfmpeg(`malformed ${type} box`);
    yield { type, start: at + header, end: at + size };
    at += size;
  }
}

function child(buf: Buffer, parent: Box, type: string): Box | undefined {
  for (const box of boxes(buf, parent.start, parent.end)) if (box.type === type) return box;
  return undefined;
}

function path(buf: Buffer, parent: Box, ...types: string[]): Box | undefined {
  let box: Box | undefined = parent;
  for (const type of types) {
    box = box && child(buf, box, type);
    if (!box) return undefined;
  }
  return box;
}

/** Parses a complete `moov` box (`buf` holds exactly its bytes, header included). */
export function parseMovie(buf: Buffer): Mp4Movie {
  const moov = [...boxes(buf, 0, buf.length)][0];
  if (!moov || moov.type !== 'moov') throw new NeedsFfmpeg('no moov box');
  if (child(buf, moov, 'mvex')) throw new NeedsFfmpeg('fragmented MP4');
  const mvhd = child(buf, moov, 'mvhd');
  let duration: number | undefined;
  let movieTimescale = 1000;
  if (mvhd) {
    const v1 = buf[mvhd.start] === 1;
    movieTimescale = buf.readUInt32BE(mvhd.start + (v1 ? 20 : 12));
    const units = v1 ? Number(buf.readBigUInt64BE(mvhd.start + 24)) : buf.readUInt32BE(mvhd.start + 16);
    if (movieTimescale > 0 && units > 0 && units !== 0xffffffff) duration = units / movieTimescale;
  }
  let video: Mp4Track | null = null;
  let audio: Mp4Track | null = null;
  for (const trak of boxes(buf, moov.start, moov.end)) {
    if (trak.type !== 'trak') continue;
    const hdlr = path(buf, trak, 'mdia', 'hdlr');
    const handler = hdlr ? buf.toString('latin1', hdlr.start + 8, hdlr.start + 12) : '';
    if ((handler === 'vide' && video) || (handler === 'soun' && audio) || (handler !== 'vide' && handler !== 'soun')) continue;
    const track = parseTrack(buf, trak, handler === 'vide' ? 'video' : 'audio', movieTimescale);
    if (track.kind === 'video') video = track;
    else audio = track;
  }
  if (!video && !audio) throw new NeedsFfmpeg('no audio or video track');
  return { duration, video, audio };
}

function parseTrack(buf: Buffer, trak: Box, kind: 'video' | 'audio', movieTimescale: number): Mp4Track {
  const mdhd = path(buf, trak, 'mdia', 'mdhd');
  const stbl = path(buf, trak, 'mdia', 'minf', 'stbl');
  if (!mdhd || !stbl) throw new NeedsFfmpeg('incomplete track');
  const timescale = buf.readUInt32BE(mdhd.start + (buf[mdhd.start] === 1 ? 20 : 12));
  if (!timescale) throw new NeedsFfmpeg('track without a timescale');
  const config = kind === 'video' ? avcConfig(buf, stbl) : aacConfig(buf, stbl);
  const { mediaTime, delayMs } = editList(buf, trak, movieTimescale);
  return { kind, timescale, config, mediaTime, delayMs, ...sampleTable(buf, stbl, kind) };
}

/** The avcC of an avc1/avc3 sample entry. */
function avcConfig(buf: Buffer, stbl: Box): Buffer {
  const entry = sampleEntry(buf, stbl);
  if (entry.type !== 'avc1' && entry.type !== 'avc3') throw new NeedsFfmpeg(`video ${entry.type}`);
  // A visual sample entry: 8 bytes of SampleEntry, then 70 of VisualSampleEntry, then its boxes.
  const avcC = [...boxes(buf, entry.start + 78, entry.end)].find((box) => box.type === 'avcC');
  if (!avcC) throw new NeedsFfmpeg('avc1 without avcC');
  return Buffer.from(buf.subarray(avcC.start, avcC.end));
}

/** The AudioSpecificConfig in an mp4a sample entry's esds, for AAC only. */
function aacConfig(buf: Buffer, stbl: Box): Buffer {
  const entry = sampleEntry(buf, stbl);
  if (entry.type !== 'mp4a') throw new NeedsFfmpeg(`audio ${entry.type}`);
  const version = buf.readUInt16BE(entry.start + 8);
  // SampleEntry (8) + AudioSampleEntry (20), plus 16 or 36 more bytes in QuickTime's versions 1 and 2.
  const skip = 28 + (version === 1 ? 16 : version === 2 ? 36 : 0);
  const esds = [...boxes(buf, entry.start + skip, entry.end)].find((box) => box.type === 'esds');
  if (!esds) throw new NeedsFfmpeg('mp4a without esds');
  // Descriptors after the full box's version/flags: ES (3) > DecoderConfig (4) > DecoderSpecificInfo (5).
  let at = esds.start + 4;
  const descriptor = (tag: number): number => {
    if (buf[at] !== tag) throw new NeedsFfmpeg('unexpected esds');
    at += 1;
    let length = 0;
    for (let i = 0; i < 4; i += 1) {
      const byte = buf[at++]!;
      length = (length << 7) | (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return length;
  };
  descriptor(3);
  const flags = buf[at + 2]!; // after the ES_ID
  at += 3;
  if (flags & 0x80) at += 2; // dependsOn_ES_ID
  if (flags & 0x40) at += 1 + buf[at]!; // URL
  if (flags & 0x20) at += 2; // OCR_ES_Id
  descriptor(4);
  if (buf[at] !== 0x40) throw new NeedsFfmpeg(`audio object type 0x${buf[at]!.toString(16)}`);
  at += 13;
  const length = descriptor(5);
  return Buffer.from(buf.subarray(at, at + length));
}

function sampleEntry(buf: Buffer, stbl: Box): Box {
  const stsd = child(buf, stbl, 'stsd');
  if (!stsd) throw new NeedsFfmpeg('no stsd');
  if (buf.readUInt32BE(stsd.start + 4) !== 1) throw new NeedsFfmpeg('several sample descriptions');
  const entry = [...boxes(buf, stsd.start + 8, stsd.end)][0];
  if (!entry) throw new NeedsFfmpeg('empty stsd');
  return entry;
}

/** Where the media starts: an optional empty edit, then one edit from `mediaTime` at normal rate. */
function editList(buf: Buffer, trak: Box, movieTimescale: number): { mediaTime: number; delayMs: number } {
  const elst = path(buf, trak, 'edts', 'elst');
  if (!elst) return { mediaTime: 0, delayMs: 0 };
  const v1 = buf[elst.start] === 1;
  const count = buf.readUInt32BE(elst.start + 4);
  const entries: { duration: number; mediaTime: number; rate: number }[] = [];
  let at = elst.start + 8;
  for (let i = 0; i < count; i += 1) {
    const duration = v1 ? Number(buf.readBigUInt64BE(at)) : buf.readUInt32BE(at);
    const mediaTime = v1 ? Number(buf.readBigInt64BE(at + 8)) : buf.readInt32BE(at + 4);
    const rate = buf.readInt16BE(at + (v1 ? 16 : 8));
    entries.push({ duration, mediaTime, rate });
    at += v1 ? 20 : 12;
  }
  let delayMs = 0;
  if (entries[0]?.mediaTime === -1) delayMs = (entries.shift()!.duration * 1000) / movieTimescale;
  if (entries.length > 1 || (entries[0] && entries[0].rate !== 1)) throw new NeedsFfmpeg('edit list');
  return { mediaTime: Math.max(0, entries[0]?.mediaTime ?? 0), delayMs };
}

function sampleTable(buf: Buffer, stbl: Box, kind: 'video' | 'audio'): Pick<Mp4Track, 'offsets' | 'sizes' | 'dts' | 'cts' | 'sync'> {
  const stsz = child(buf, stbl, 'stsz');
  if (!stsz) throw new NeedsFfmpeg('no stsz');
  const fixedSize = buf.readUInt32BE(stsz.start + 4);
  const count = buf.readUInt32BE(stsz.start + 8);
  const sizes = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) sizes[i] = fixedSize || buf.readUInt32BE(stsz.start + 12 + 4 * i);

  // Decode times from stts runs.
  const dts = new Float64Array(count);
  const stts = child(buf, stbl, 'stts');
  if (!stts) throw new NeedsFfmpeg('no stts');
  let n = 0;
  let time = 0;
  for (let e = 0, runs = buf.readUInt32BE(stts.start + 4); e < runs; e += 1) {
    const samples = buf.readUInt32BE(stts.start + 8 + 8 * e);
    const delta = buf.readUInt32BE(stts.start + 12 + 8 * e);
    for (let i = 0; i < samples && n < count; i += 1, n += 1, time += delta) dts[n] = time;
  }

  const cts = new Int32Array(count);
  const ctts = child(buf, stbl, 'ctts');
  if (ctts) {
    const signed = buf[ctts.start] === 1;
    n = 0;
    for (let e = 0, runs = buf.readUInt32BE(ctts.start + 4); e < runs; e += 1) {
      const samples = buf.readUInt32BE(ctts.start + 8 + 8 * e);
      const offset = signed ? buf.readInt32BE(ctts.start + 12 + 8 * e) : buf.readUInt32BE(ctts.start + 12 + 8 * e);
      for (let i = 0; i < samples && n < count; i += 1, n += 1) cts[n] = offset;
    }
  }

  const sync = new Uint8Array(count).fill(kind === 'audio' || !child(buf, stbl, 'stss') ? 1 : 0);
  const stss = child(buf, stbl, 'stss');
  if (kind === 'video' && stss) {
    for (let e = 0, entries = buf.readUInt32BE(stss.start + 4); e < entries; e += 1) {
      const index = buf.readUInt32BE(stss.start + 8 + 4 * e) - 1;
      if (index >= 0 && index < count) sync[index] = 1;
    }
  }

  // Offsets: chunks (stco/co64) of samples per chunk (stsc runs).
  const offsets = new Float64Array(count);
  const stco = child(buf, stbl, 'stco');
  const co64 = child(buf, stbl, 'co64');
  const stsc = child(buf, stbl, 'stsc');
  if ((!stco && !co64) || !stsc) throw new NeedsFfmpeg('no chunk table');
  const chunkCount = buf.readUInt32BE((stco ?? co64)!.start + 4);
  const chunkOffset = (c: number) => (stco ? buf.readUInt32BE(stco.start + 8 + 4 * c) : Number(buf.readBigUInt64BE(co64!.start + 8 + 8 * c)));
  const runs = buf.readUInt32BE(stsc.start + 4);
  n = 0;
  for (let r = 0; r < runs; r += 1) {
    const firstChunk = buf.readUInt32BE(stsc.start + 8 + 12 * r) - 1;
    const perChunk = buf.readUInt32BE(stsc.start + 12 + 12 * r);
    const lastChunk = r + 1 < runs ? buf.readUInt32BE(stsc.start + 8 + 12 * (r + 1)) - 1 : chunkCount;
    for (let c = firstChunk; c < lastChunk && n < count; c += 1) {
      let at = chunkOffset(c);
      for (let i = 0; i < perChunk && n < count; i += 1, n += 1) {
        offsets[n] = at;
        at += sizes[n]!;
      }
    }
  }
  if (n < count) throw new NeedsFfmpeg('sample table shorter than its sample count');
  return { offsets, sizes, dts, cts, sync };
}
