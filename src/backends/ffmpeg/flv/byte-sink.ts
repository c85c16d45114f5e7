// One growing Buffer that a burst's Matroska bytes are written into, in one pass. Encoding a frame used to make
// three Buffer objects (its data, its payload, a 9-byte block header) and the burst was then concatenated: on a
// relay's otherwise idle process, those allocations and the extra copy were a good part of the bot's share of
// a file relay (see flv-feed.ts). Sized by the caller for the usual burst, it grows for the rare one that is not,
// and the feed reuses it for the next burst once the muxer's input has taken this one (see FlvFeed.write).

export class ByteSink {
  private buffer: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(64, capacity));
  }

  /** Bytes the sink holds without growing. */
  get capacity(): number {
    return this.buffer.length;
  }

  /** Empties the sink for reuse, with room for at least `capacity` bytes. Views from bytes() are overwritten. */
  reset(capacity: number): void {
    this.length = 0;
    if (this.buffer.length < capacity) this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Makes room for `size` more bytes. */
  private reserve(size: number): void {
    if (this.length + size <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.length + size, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** Appends `source[start, end)`. */
  put(source: Buffer, start = 0, end = source.length): void {
    this.reserve(end - start);
    this.length += source.copy(this.buffer, this.length, start, end);
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length] = value;
    this.length += 1;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.buffer.writeUInt32BE(value >>> 0, this.length);
    this.length += 4;
  }

  int16(value: number): void {
    this.reserve(2);
    this.buffer.writeInt16BE(value, this.length);
    this.length += 2;
  }

  /** What was written: a view of the sink's memory, valid until the next append. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
