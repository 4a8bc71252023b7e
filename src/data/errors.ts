// Typed errors for everything between a URL and validated data. `kind` is part of the public API
// (`news-error` events carry it); messages are plain words a site owner can act on.

/** Why a load failed: no answer, too slow, an HTTP error, a body that is not JSON, or data of the wrong shape. */
export type NewsErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

export class NewsError extends Error {
  override readonly name = 'NewsError';
  /** For 429 and 503: how long the server asked us to wait before trying again, in ms. */
  retryAfter?: number;
  constructor(
    /** What kind of failure this is. */
    readonly kind: NewsErrorKind,
    message: string,
    /** The HTTP status, for `kind === 'http'`. */
    readonly status?: number,
    /** The URL that was requested. */
    readonly url?: string,
  ) {
    super(message);
  }
}

/** Whether a failure is worth retrying: network errors, 5xx and 429, never other 4xx. */
export const isRetryable = (error: NewsError): boolean =>
  error.kind === 'network' || (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500));
