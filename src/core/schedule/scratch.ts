// The text being parsed, as a scratch pad: each stage of the pipeline blanks out what it understood, so that
// whatever is left at the end is exactly what nobody understood (reported as `unrecognized`).

export class Scratch {
  constructor(public text: string) {}

  /** Blanks [start, end) with spaces, keeping every other position where it was. */
  blank(start: number, end: number, separator = ' '): void {
    this.text = this.text.slice(0, start) + separator.padEnd(end - start, ' ') + this.text.slice(end);
  }

  /**
   * Runs a global regex over the text; for each match `take` returns true when it used the match, which is then
   * blanked. Blanked matches are replaced by a word break so that neighbours do not fuse into one word.
   */
  consume(pattern: RegExp, take: (match: RegExpExecArray) => boolean): number {
    let taken = 0;
    pattern.lastIndex = 0;
    const matches: RegExpExecArray[] = [];
    for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
      if (m[0] === '') pattern.lastIndex += 1;
      else matches.push(m);
    }
    for (const m of matches) {
      if (take(m)) {
        this.blank(m.index, m.index + m[0].length);
        taken += 1;
      }
    }
    return taken;
  }

  /** Replaces matches with text of any length (only for rewrites done before positions matter). */
  rewrite(pattern: RegExp, replacement: string | ((...args: string[]) => string)): void {
    this.text = this.text.replace(pattern, replacement as never);
  }
}
