// The `duration` of an onMetaData script tag, read with the few AMF0 types that precede it in practice. It feeds
// VodSourceFileStart/Finish and the FileEndEarly check; anything unexpected just means "unknown".

const NUMBER = 0;
const BOOLEAN = 1;
const STRING = 2;
const OBJECT = 3;
const NULL = 5;
const UNDEFINED = 6;
const ECMA_ARRAY = 8;
const OBJECT_END = 9;
const STRICT_ARRAY = 10;
const DATE = 11;
const LONG_STRING = 12;

/** Seconds, or undefined when the tag is not onMetaData or has no usable duration. */
export function metadataDuration(data: Buffer): number | undefined {
  try {
    const reader = new Amf0(data);
    if (reader.value() !== 'onMetaData') return undefined;
    const meta = reader.value();
    if (typeof meta !== 'object' || meta === null) return undefined;
    const duration = (meta as Record<string, unknown>).duration;
    return typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? duration : undefined;
  } catch {
    return undefined;
  }
}

class Amf0 {
  private at = 0;
  private depth = 0;
  constructor(private readonly data: Buffer) {}

  value(): unknown {
    const type = this.data.readUInt8(this.at++);
    switch (type) {
      case NUMBER: {
        const n = this.data.readDoubleBE(this.at);
        this.at += 8;
        return n;
      }
      case BOOLEAN:
        return this.data.readUInt8(this.at++) !== 0;
      case STRING:
        return this.string(this.data.readUInt16BE(this.at), 2);
      case LONG_STRING:
        return this.string(this.data.readUInt32BE(this.at), 4);
      case NULL:
      case UNDEFINED:
        return null;
      case ECMA_ARRAY:
        this.at += 4; // approximate count; the properties end with an object-end marker anyway
        return this.properties();
      case OBJECT:
        return this.properties();
      case STRICT_ARRAY: {
        const count = this.data.readUInt32BE(this.at);
        this.at += 4;
        const items: unknown[] = [];
        for (let i = 0; i < count; i += 1) items.push(this.nested());
        return items;
      }
      case DATE:
        this.at += 10;
        return null;
      default:
        throw new Error(`AMF0 type ${type} not read`);
    }
  }

  private nested(): unknown {
    // Deeply nested metadata is not something a real file has; refuse rather than recurse without bound.
    if (++this.depth > 16) throw new Error('AMF0 too deep');
    const v = this.value();
    this.depth -= 1;
    return v;
  }

  private string(length: number, lengthBytes: number): string {
    const start = this.at + lengthBytes;
    this.at = start + length;
    if (this.at > this.data.length) throw new Error('AMF0 string past the end');
    return this.data.toString('utf8', start, this.at);
  }

  private properties(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const key = this.string(this.data.readUInt16BE(this.at), 2);
      if (key === '' && this.data[this.at] === OBJECT_END) {
        this.at += 1;
        return out;
      }
      out[key] = this.nested();
    }
  }
}
