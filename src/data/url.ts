// Every URL that comes from data passes through here: resolved against the endpoint's URL and kept only
// when it is http: or https:. Anything else (javascript:, data:, vbscript:, blob:, garbage) is dropped,
// which makes that one link or image inert and leaves the rest of the widget alone.

/** Resolves `value` against `base`; returns the absolute URL if it is http(s), else `undefined`. */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The same for a `srcset`: each candidate is checked; unsafe ones are dropped. */
export function safeSrcset(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept: string[] = [];
  for (const candidate of value.split(/,\s+/)) {
    const [url, descriptor] = candidate.trim().split(/\s+/, 2);
    const safe = safeUrl(url, base);
    if (safe && (!descriptor || /^\d+(\.\d+)?[wx]$/.test(descriptor)))
      kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length ? kept.join(', ') : undefined;
}

/**
 * Adds `params` (a query string such as `utm_source=partner&utm_medium=ticker`) to `href`, merging with
 * the query it already has: a key in `params` replaces the same key in `href`.
 */
export function withParams(href: string, params: string | null | undefined): string {
  if (!params) return href;
  try {
    const url = new URL(href);
    for (const [key, value] of new URLSearchParams(params)) url.searchParams.set(key, value);
    return url.href;
  } catch {
    return href;
  }
}
