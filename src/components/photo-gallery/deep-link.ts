// The `?photo=N` parameter of `<photo-gallery deep-link>`. One page has one URL, so one gallery owns the
// parameter: the first one connected with `deep-link`; when it leaves or drops the attribute, the next
// one to ask takes over.

interface Linkable {
  readonly deepLink: boolean;
  readonly isConnected: boolean;
}

let owner: Linkable | undefined;

/** Whether `gallery` owns the parameter, claiming it when no connected gallery with `deep-link` does. */
export function claim(gallery: Linkable): boolean {
  if (gallery.deepLink && gallery.isConnected && !(owner?.deepLink && owner.isConnected)) owner = gallery;
  return owner === gallery && gallery.deepLink;
}

/** Gives up the parameter (the gallery left the page). */
export function release(gallery: Linkable): void {
  if (owner === gallery) owner = undefined;
}

/** The photo number (from 1) in the page's URL, or 0 when there is none. */
export function linkedPhoto(): number {
  const n = Number(new URLSearchParams(location.search).get('photo'));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The page's URL with `?photo=n`, or without the parameter for 0; the rest of the URL as it is. */
export function urlFor(n: number): string {
  const url = new URL(location.href);
  if (n) url.searchParams.set('photo', String(n));
  else url.searchParams.delete('photo');
  return url.href;
}
