// Chat platforms cap a field's length. A list (one item per line: thirty source URLs) cut in the middle of an item
// reads as a wrong item, not as a long list: it is cut at a line break instead, saying how many lines were left
// out ("… (+16)"). Each adapter passes its own character cut for the case where not even one item fits.

export function clipList(text: string, max: number, clip: (text: string, max: number) => string): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  // Room for the note, whose count has at most as many digits as the number of lines.
  const room = max - `\n… (+${lines.length})`.length;
  let kept = 0;
  let length = -1;
  while (kept < lines.length && length + 1 + lines[kept]!.length <= room) {
    length += 1 + lines[kept]!.length;
    kept += 1;
  }
  if (kept === 0 || kept === lines.length) return clip(text, max);
  return `${lines.slice(0, kept).join('\n')}\n… (+${lines.length - kept})`;
}
