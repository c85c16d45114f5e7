// Cryptographically secure random bytes for the ids and tokens of a create, drawn from a pooled buffer.
// `randomBytes(n)` per call costs a trip into OpenSSL each time (tens of µs when caches are cold, measured on
// the create path); one `randomFillSync` of a pool serves many creates with the same CSPRNG output, as
// Node's own randomUUID does. Bytes are handed out once, as text, and wiped from the pool, so a token
// never lingers in a shared buffer after it is issued.
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 2048;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

/**
 * `size` fresh random bytes (at most POOL_SIZE) written as text, straight from the pool (no copy to wipe afterwards):
 * 'base64url' for a token, 'latin1' for one character per byte (its code is the byte) to pick letters with.
 */
export function secureRandomText(size: number, encoding: 'base64url' | 'latin1'): string {
  if (size > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} random bytes at a time`);
  if (offset + size > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const start = offset;
  offset += size;
  const text = pool.toString(encoding, start, offset);
  pool.fill(0, start, offset);
  return text;
}
