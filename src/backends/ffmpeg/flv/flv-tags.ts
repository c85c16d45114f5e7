// Incremental FLV reader: bytes in, whole tags out, whatever the chunking. A tag is kept as one Buffer (11-byte
// header, data, 4-byte PreviousTagSize), a view of the chunk it was read in, so that the splicer can rewrite its
// timestamp in place; its payload is copied once, when the feed writes it into its burst (byte-sink.ts).

export const FLV_HEADER_SIZE = 9;
export const TAG_HEADER_SIZE = 11;
export const TAG_AUDIO = 8;
export const TAG_VIDEO = 9;
export const TAG_SCRIPT = 18;

export interface FlvHeader {
  hasAudio: boolean;
  hasVideo: boolean;
}

export interface FlvTag {
  type: number;
  /** Milliseconds (24 bits plus the extended byte). */
  timestamp: number;
  /** Header + data + PreviousTagSize. */
  bytes: Buffer;
}

/**
 * One FLV tag (header, `prefix`, `data`, PreviousTagSize), contiguous as the splicer rewrites it: in a buffer of
 * its own, or in `slab` at `at`.
 */
export function buildTag(type: number, ms: number, prefix: number[], data: Buffer, slab?: Buffer, at = 0): FlvTag {
  const size = prefix.length + data.length;
  const length = TAG_HEADER_SIZE + size + 4;
  const bytes = slab ? slab.subarray(at, at + length) : Buffer.allocUnsafe(length);
  bytes[0] = type;
  bytes.writeUIntBE(size, 1, 3);
  const ts = Math.max(0, ms);
  bytes.writeUIntBE(ts & 0xffffff, 4, 3);
  bytes[7] = (ts >>> 24) & 0xff;
  bytes.writeUIntBE(0, 8, 3);
  for (let i = 0; i < prefix.length; i += 1) bytes[TAG_HEADER_SIZE + i] = prefix[i]!;
  data.copy(bytes, TAG_HEADER_SIZE + prefix.length);
  bytes.writeUInt32BE(TAG_HEADER_SIZE + size, TAG_HEADER_SIZE + size);
  return { type, timestamp: ts, bytes };
}

/** Whether a stream starts like an FLV file ("FLV", version 1). */
export function looksLikeFlv(start: Buffer): boolean {
  return start.length >= 4 && start[0] === 0x46 && start[1] === 0x4c && start[2] === 0x56 && start[3] === 1;
}

export function tagData(tag: FlvTag): Buffer {
  return tag.bytes.subarray(TAG_HEADER_SIZE, tag.bytes.length - 4);
}

export function setTimestamp(tag: FlvTag, ms: number): void {
  const b = tag.bytes;
  const ts = Math.max(0, Math.round(ms)) >>> 0;
  b[4] = (ts >> 16) & 0xff;
  b[5] = (ts >> 8) & 0xff;
  b[6] = ts & 0xff;
  b[7] = (ts >>> 24) & 0xff;
  tag.timestamp = ts;
}

/** A video tag holding a key frame (frame type 1). */
export function isKeyframe(tag: FlvTag): boolean {
  return tag.type === TAG_VIDEO && tag.bytes.length > TAG_HEADER_SIZE + 4 && (tag.bytes[TAG_HEADER_SIZE]! >> 4) === 1;
}

/** AVC or AAC decoder configuration (packet type 0): needed by the destination whatever the start point. */
export function isSequenceHeader(tag: FlvTag): boolean {
  const b = tag.bytes;
  if (b.length < TAG_HEADER_SIZE + 6) return false;
  const first = b[TAG_HEADER_SIZE]!;
  if (tag.type === TAG_VIDEO) return (first & 0x0f) === 7 && b[TAG_HEADER_SIZE + 1] === 0;
  if (tag.type === TAG_AUDIO) return first >> 4 === 10 && b[TAG_HEADER_SIZE + 1] === 0;
  return false;
}

/** AVC end of sequence (packet type 2): ffmpeg writes one at the end of a file; mid-stream it would end playback. */
export function isEndOfSequence(tag: FlvTag): boolean {
  const b = tag.bytes;
  return tag.type === TAG_VIDEO && b.length >= TAG_HEADER_SIZE + 6 && (b[TAG_HEADER_SIZE]! & 0x0f) === 7 && b[TAG_HEADER_SIZE + 1] === 2;
}

/** Parses an FLV byte stream chunk by chunk. Throws on a stream that is not FLV. */
export class FlvTagReader {
  header: FlvHeader | null = null;
  private pending: Buffer = Buffer.alloc(0);
  private headerSkip = 0;

  /** Tags completed by this chunk. Only a tag that spans chunks is copied, never the whole chunk. */
  push(chunk: Buffer): FlvTag[] {
    const tags: FlvTag[] = [];
    if (this.pending.length && this.header) {
      // Complete the tag that spans chunks: its header first (to learn its size), then its body.
      const needHeader = Math.max(0, TAG_HEADER_SIZE - this.pending.length);
      const total = needHeader > 0 ? 0 : TAG_HEADER_SIZE + this.pending.readUIntBE(1, 3) + 4;
      const need = needHeader > 0 ? needHeader : total - this.pending.length;
      const take = Math.min(need, chunk.length);
      this.pending = Buffer.concat([this.pending, chunk.subarray(0, take)]);
      chunk = chunk.subarray(take);
      if (take < need) return tags;
      if (needHeader > 0) {
        // Header complete, body still to come: go round again with the rest of the chunk.
        return chunk.length ? this.push(chunk) : tags;
      }
      const bytes = this.pending;
      this.pending = Buffer.alloc(0);
      tags.push(tagOf(bytes));
    }
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = 0;
    if (!this.header) {
      if (buf.length < FLV_HEADER_SIZE + 4) {
        this.pending = buf;
        return [];
      }
      if (!looksLikeFlv(buf)) throw new Error('not an FLV stream');
      this.header = { hasAudio: (buf[4]! & 4) !== 0, hasVideo: (buf[4]! & 1) !== 0 };
      this.headerSkip = buf.readUInt32BE(5);
      at = Math.max(FLV_HEADER_SIZE, this.headerSkip) + 4;
    }
    while (buf.length - at >= TAG_HEADER_SIZE) {
      const size = buf.readUIntBE(at + 1, 3);
      const total = TAG_HEADER_SIZE + size + 4;
      if (buf.length - at < total) break;
      tags.push(tagOf(buf.subarray(at, at + total)));
      at += total;
    }
    buf = buf.subarray(at);
    // A partial tag is copied so that the big chunk it came from can be freed.
    this.pending = buf.length ? Buffer.from(buf) : Buffer.alloc(0);
    return tags;
  }
}

function tagOf(bytes: Buffer): FlvTag {
  const timestamp = (bytes.readUIntBE(4, 3) | (bytes[7]! << 24)) >>> 0;
  // Bit 5 of the type byte is the encryption filter flag, never set by the files relayed here.
  return { type: bytes[0]! & 0x1f, timestamp, bytes };
}
