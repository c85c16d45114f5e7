// Errors are values with stable codes: the provider's code where one fits, so that a message a user sees
// and the provider's own answer line up. `key` is a locale key (locales/*.json), `params` fill it in.

export interface RelayError {
  /** Stable code, e.g. `InvalidParameter.InvalidSourceUrl`. */
  code: string;
  /** The request field (API name) or command part the error is about, when there is one. */
  field?: string;
  /** Locale key of the message that tells the user what to change. */
  key: string;
  params?: Record<string, string | number>;
}

export type Result<T, E = RelayError[]> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Thrown (rather than returned) where a failure crosses an async boundary, e.g. a backend call. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${key}`, options);
    this.name = 'CodedError';
  }

  toRelayError(field?: string): RelayError {
    return { code: this.code, key: this.key, params: this.params, ...(field ? { field } : {}) };
  }
}
