// Stream keys and signed query values of one task, masked in every line the runner logs or reports. URL-shaped
// text is masked by core/redact.ts already; this also catches the pieces ffmpeg prints on their own (a play
// path, a query value).
import { redactText } from '../../core/redact.js';

export function secretsOf(rawUrl: string): string[] {
  try {
    const url = new URL(rawUrl);
    const found: string[] = [];
    const segments = url.pathname.split('/').filter(Boolean);
    const last = segments[segments.length - 1];
    if (last && last.length > 4 && /^(rtmps?|srt|rtsp):$/.test(url.protocol)) found.push(decodeURIComponent(last));
    for (const [, value] of url.searchParams) if (value.length > 4) found.push(value);
    return found;
  } catch {
    return [];
  }
}

export function makeRedactor(urls: string[]): (text: string) => string {
  const secrets = urls.flatMap(secretsOf).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = redactText(text);
    for (const secret of secrets) out = out.split(secret).join('****');
    return out;
  };
}
