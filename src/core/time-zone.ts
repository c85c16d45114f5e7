// Whether a string names an IANA time zone this runtime knows. Settings, the CLI, chat verbs and platform
// profiles all ask the same question, so it is answered once.

/** The zone's canonical spelling ("asia/shanghai" → "Asia/Shanghai"), or null when it is not a zone. */
// Building an Intl.DateTimeFormat to ask is the expensive part (every preview asks), and the answer for a name
// never changes while the process runs: valid names are remembered. The set of real zones is small (~600 names
// and aliases), so the bound only stops made-up names from growing it.
const canonicalNames = new Map<string, string>();
const MAX_REMEMBERED = 2_000;

export function canonicalTimeZone(zone: string): string | null {
  const known = canonicalNames.get(zone);
  if (known !== undefined) return known;
  if (!zone || /\s/.test(zone)) return null;
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  if (canonicalNames.size < MAX_REMEMBERED) canonicalNames.set(zone, canonical);
  return canonical;
}

export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}
