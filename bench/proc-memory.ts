// A process's memory as Linux reports it, for the runner bench and its sampler process.
import { readFileSync } from 'node:fs';

/** A process's proportional set size (its share of pages it maps with others), KiB. */
export function pssOf(pid: number): number {
  return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
}
