// Whether a string names an IANA time zone this runtime knows. Settings, the CLI, chat verbs and platform
// profiles all ask the same question, so it is answered once.

/** The zone's canonical spelling ("asia/shanghai" → "Asia/Shanghai"), or null when it is not a zone. */
export function canonicalTimeZone(zone: string): string | null {
  if (!zone || /\s/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}
