// ffmpeg's `-progress` output is blocks of key=value lines ending in `progress=continue|end`; its stderr says
// why it failed. Both are read here, purely, into what the runner reasons about.

export interface ProgressReport {
  frame: number;
  /** Output time reached, seconds (not counting -output_ts_offset). */
  outTime: number;
  totalSize: number;
  /** Processing speed relative to real time; NaN when ffmpeg has not measured it yet ("N/A"). */
  speed: number;
  ended: boolean;
}

/** Feeds chunks of `-progress` output; calls `onReport` once per completed block. */
export class ProgressParser {
  private pending = '';
  private fields = new Map<string, string>();

  constructor(private readonly onReport: (report: ProgressReport) => void) {}

  push(chunk: string): void {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      const key = line.slice(0, eq).trim();
      const value = line.slice(eq + 1).trim();
      this.fields.set(key, value);
      if (key === 'progress') this.flush(value === 'end');
    }
  }

  private flush(ended: boolean): void {
    const f = this.fields;
    // 4.1 calls the microsecond value out_time_ms; newer builds add out_time_us.
    const micros = Number(f.get('out_time_us') ?? f.get('out_time_ms') ?? 0);
    this.onReport({
      frame: Number(f.get('frame') ?? 0),
      outTime: Number.isFinite(micros) && micros > 0 ? micros / 1e6 : 0,
      totalSize: Number(f.get('total_size') ?? 0) || 0,
      speed: Number.parseFloat(f.get('speed') ?? 'NaN'),
      ended,
    });
    this.fields = new Map();
  }
}

/** "Duration: 00:01:02.50," in the input dump, in seconds; undefined for live inputs ("N/A"). */
export function parseInputDuration(stderrLine: string): number | undefined {
  const match = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/.exec(stderrLine);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

const ERROR_PATTERNS = [
  /Connection refused/i,
  /Connection timed out/i,
  /Connection reset/i,
  /Broken pipe/i,
  /Server returned \d{3}/i,
  /\b[45]\d\d\b.*(Not Found|Forbidden|Unauthorized|Error)/i,
  /Input\/output error/i,
  /Invalid data found/i,
  /No such file or directory/i,
  /Cannot open connection/i,
  /Protocol not found|not on whitelist/i,
  /Operation timed out|timed out/i,
  /Error (?:opening|writing|reading|while)/i,
  /failed/i,
];

/**
 * ffmpeg's closing summary of any failed run: it would overwrite the line that says what failed (the last
 * error line is the one quoted), and tells no one anything.
 */
const SUMMARY_ONLY = /^Conversion failed!?$/i;
/**
 * The FLV muxer on an output it cannot seek back on (a pipe, an RTMP connection) says this at every clean end:
 * it only means the header keeps a duration and size of 0, which streaming never reads.
 */
const UNSEEKABLE_FLV_TRAILER = /Failed to update header with correct (?:duration|filesize)/i;

/** Whether a stderr line reports a failure worth quoting in an alarm or TaskExit message. */
export function isErrorLine(line: string): boolean {
  if (SUMMARY_ONLY.test(line.trim()) || UNSEEKABLE_FLV_TRAILER.test(line)) return false;
  return ERROR_PATTERNS.some((pattern) => pattern.test(line));
}
