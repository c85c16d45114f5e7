// Cryptographically secure random bytes for the ids and tokens of a create, drawn from a pooled buffer.
// `randomBytes(n)` per call costs a trip into OpenSSL each time (tens of µs when caches are cold, measured on
// the create path); one `randomFillSync` of a pool serves many creates with the same CSPRNG output, as
// Node's own randomUUID does. Bytes are handed out once, as a copy, and wiped from the pool, so a token
// never lingers in a shared buffer after it is issued.
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 2048;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/** `size` fresh random bytes (at most POOL_SIZE; larger requests get their own fill). */
export function secureRandomBytes(size: number): Buffer {
  if (size > POOL_SIZE) return randomFillSync(Buffer.alloc(size));
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const slice = pool.subarray(offset, offset + size);
  offset += size;
  const bytes = Buffer.from(slice);
  slice.fill(0);
  return bytes;
}
