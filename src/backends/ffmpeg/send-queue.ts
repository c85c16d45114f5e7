// How many bytes wait in the kernel to be sent to an address (Linux /proc/net/tcp): a destination that does
// not take data leaves them piling up there. Used to tell a congested push from a silent source when a single
// ffmpeg does both and is simply stalled.
import { readFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';

/** /proc/net/tcp writes an IPv4 address as little-endian hex and the port as big-endian hex. */
export function procAddress(ip: string, port: number): string {
  const hex = ip
    .split('.')
    .map((octet) => Number(octet).toString(16).padStart(2, '0'))
    .reverse()
    .join('')
    .toUpperCase();
  return `${hex}:${port.toString(16).padStart(4, '0').toUpperCase()}`;
}

/** The largest send queue among sockets connected to `remote` ("HEXIP:HEXPORT") in a /proc/net/tcp table. */
export function largestSendQueue(table: string, remote: string): number {
  let largest = 0;
  for (const line of table.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields[2] !== remote) continue;
    const txQueue = Number.parseInt(fields[4]?.split(':')[0] ?? '0', 16);
    largest = Math.max(largest, txQueue);
  }
  return largest;
}

/** Bytes queued towards ip:port right now; 0 where this cannot be known (not Linux, IPv6). */
export function sendQueueTo(ip: string, port: number): number {
  if (!isIPv4(ip)) return 0;
  try {
    return largestSendQueue(readFileSync('/proc/net/tcp', 'utf8'), procAddress(ip, port));
  } catch {
    return 0;
  }
}
