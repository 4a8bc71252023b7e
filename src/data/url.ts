// Every URL that comes from data passes through here: resolved against the endpoint's URL and kept only
// when it is http: or https:. Anything else (javascript:, data:, vbscript:, blob:, garbage) is dropped,
// which makes that one link or image inert and leaves the rest of the widget alone.

/** Resolves `value` against `base`; returns the absolute URL if it is http(s), else `undefined`. */
export function safeUrl(value: unknown, base?: string): string | undefined {
  const text = typeof value === 'string' && value.trim();
  if (!text) return undefined;
  try {
    // An absolute http(s) URL resolves to itself whatever the base: parsing the base for each of a
    // thousand headline links cost a third of their checks.
    const url = new URL(text, /^https?:\/\//i.test(text) ? undefined : base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same for a `srcset`: each candidate is checked; unsafe ones are dropped, and `dropped` (when given)
 * hears how many. Candidates are read the way browsers read them: a URL runs to white space (a comma at
 * its end ends the candidate), then its descriptor runs to the next comma, so `a.jpg 640w,b.jpg 1280w`
 * and URLs with commas both work.
 */
export function safeSrcset(
  value: unknown,
  base?: string,
  dropped?: (count: number) => void,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept: string[] = [];
  let bad = 0;
  const candidate = /[\s,]*([^\s]+?)(,+(?=\s|$)|,*\s+([^,]*)(?:,|$)|,*$)/gy;
  for (let match; (match = candidate.exec(value)) && match[0];) {
    const [, url, , descriptor = ''] = match;
    const safe = safeUrl(url, base);
    const d = descriptor.trim();
    if (safe && (!d || /^\d+(\.\d+)?[wx]$/.test(d))) kept.push(d ? `${safe} ${d}` : safe);
    else bad++;
  }
  dropped?.(bad);
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
