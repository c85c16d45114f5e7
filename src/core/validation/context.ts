// What validation needs to know besides the request itself.
export interface ValidationContext {
  now: Date;
  /** Longest allowed task, in days (RELAYBOT_MAX_SPAN_DAYS; the API page says 7). */
  maxSpanDays: number;
  allowPrivateNetworks: boolean;
}
