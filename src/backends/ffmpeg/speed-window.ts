// How fast a file reaches the muxer, over the last few seconds: media seconds per wall-clock second. ffmpeg
// reports its own speed, but an FLV file read by node has no ffmpeg: the media time the feed has written is
// its only measure. A window, not the whole run: a source that was fine for an hour and now serves at half
// speed must be noticed in seconds. Pure; the caller samples it at each burst of the feed.

export class SpeedWindow {
  private readonly samples: { at: number; media: number }[] = [];

  constructor(private readonly windowMs: number) {}

  /** A sample: `media` seconds written by wall-clock time `at` (ms). */
  add(at: number, media: number): void {
    this.samples.push({ at, media });
    // Keep one sample at least a window old, and nothing older than it.
    while (this.samples.length > 2 && at - this.samples[1]!.at >= this.windowMs) this.samples.shift();
  }

  /** The speed over the last window; undefined until a whole window has been seen. */
  get speed(): number | undefined {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.at - first.at < this.windowMs) return undefined;
    return (last.media - first.media) / ((last.at - first.at) / 1000);
  }
}
