// Which ffmpeg the runner uses, and what it can do. The registry package ships a static 4.1 build so that
// `npm ci` alone gives a working runner; an operator's own build (RELAYBOT_FFMPEG_PATH) or a newer one on PATH
// wins, because newer builds resolve host names themselves and often have SRT.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface FfmpegBinary {
  path: string;
  /** The version as ffmpeg prints it ("4.1", "6.1.1", "N-47683-g0e8eb07980-static"). */
  version: string;
  origin: 'setting' | 'path' | 'bundled';
  inputProtocols: ReadonlySet<string>;
  outputProtocols: ReadonlySet<string>;
}

interface Probed {
  version: string;
  /** Comparable release: [major, minor], else the copyright year as [year - 2000 - 14, 0] (4.1 ≈ 2018). */
  rank: number;
}

async function probeVersion(path: string): Promise<Probed | null> {
  try {
    const { stdout } = await run(path, ['-hide_banner', '-version'], { timeout: 10_000 });
    const version = /ffmpeg version (\S+)/.exec(stdout)?.[1] ?? 'unknown';
    const numeric = /^n?(\d+)\.(\d+)/.exec(version);
    const year = Number(/Copyright \(c\) \d{4}-(\d{4})/.exec(stdout)?.[1] ?? 0);
    // Release numbers when there are some; git snapshots ("N-...") are ranked by their copyright year.
    const rank = numeric ? Number(numeric[1]) * 100 + Number(numeric[2]) : (year - 2014) * 100;
    return { version, rank };
  } catch {
    return null;
  }
}

async function probeProtocols(path: string): Promise<{ input: Set<string>; output: Set<string> }> {
  const { stdout } = await run(path, ['-hide_banner', '-protocols'], { timeout: 10_000 });
  const [, inputPart = '', outputPart = ''] = /Input:([\s\S]*)Output:([\s\S]*)/.exec(stdout) ?? [];
  const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));
  return { input: words(inputPart), output: words(outputPart) };
}

export function bundledFfmpegPath(): string {
  return (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
}

async function choose(settingPath: string | undefined): Promise<{ path: string; probed: Probed; origin: FfmpegBinary['origin'] }> {
  if (settingPath) {
    const probed = await probeVersion(settingPath);
    if (!probed) throw new Error(`RELAYBOT_FFMPEG_PATH=${settingPath} does not run as ffmpeg`);
    return { path: settingPath, probed, origin: 'setting' };
  }
  const bundled = bundledFfmpegPath();
  const bundledProbe = await probeVersion(bundled);
  const onPath = await probeVersion('ffmpeg');
  if (onPath && (!bundledProbe || onPath.rank > bundledProbe.rank)) return { path: 'ffmpeg', probed: onPath, origin: 'path' };
  if (!bundledProbe) throw new Error(`the bundled ffmpeg at ${bundled} does not run`);
  return { path: bundled, probed: bundledProbe, origin: 'bundled' };
}

const cache = new Map<string, Promise<FfmpegBinary>>();

/** The ffmpeg in use (probed once per setting value). Rejects when none runs. */
export function findFfmpeg(settingPath?: string): Promise<FfmpegBinary> {
  const key = settingPath ?? '';
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      const { path, probed, origin } = await choose(settingPath);
      const protocols = await probeProtocols(path);
      return { path, version: probed.version, origin, inputProtocols: protocols.input, outputProtocols: protocols.output };
    })();
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

/** One line for start-up logs and /readyz, e.g. "ffmpeg N-47683-g0e8eb07980-static (bundled)". */
export async function describeFfmpeg(settingPath?: string): Promise<string> {
  const binary = await findFfmpeg(settingPath);
  return `ffmpeg ${binary.version} (${binary.origin}: ${binary.path})`;
}
