// Pieces shared by the demo pages' control panels: looking elements up, setting attributes on several
// widgets at once, the dark-mode switch and the event log.

/** The element for `selector`; a demo page without it is broken, so this throws. */
export const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo: ${selector} is missing from the page`);
  return found;
};

/**
 * Sets `name` on every element: a string as it is, `true` as an empty (boolean) attribute; `false`,
 * `null` and `''` remove it.
 */
export const setAttributeOn = (
  elements: Iterable<Element>,
  name: string,
  value: string | boolean | null,
): void => {
  for (const element of elements) {
    if (value === false || value === null || value === '') element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : value);
  }
};

/**
 * The dark-mode switch. The widgets follow prefers-color-scheme by themselves; a theme forced here also sets
 * their --news-* tokens (see demo.css), so page and widgets always agree.
 */
export function setupDarkMode(dark: HTMLInputElement): void {
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');
  const root = document.documentElement;
  dark.checked = prefersDark.matches;
  prefersDark.addEventListener('change', () => {
    if (!root.dataset.theme) dark.checked = prefersDark.matches;
  });
  dark.addEventListener('change', () => {
    const theme = dark.checked ? 'dark' : 'light';
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  });
}

// ---------------------------------------------------------------------------------------------------------
// The event log. Events are read loosely so the log keeps working whatever extra fields the events grow.

interface LoadLike {
  data?: unknown;
  warnings?: readonly string[];
}
interface ErrorLike {
  kind?: string;
  status?: number;
  message?: string;
}
interface PhotoLike {
  index?: number;
  photo?: { src?: string };
}

export interface EventLog {
  /** Adds an entry at the top: `type` (also its class), where it came from, and what it says. */
  add(type: string, source: string, detail: string): void;
}

/** An event log in `list`, newest first, at most `limit` entries; `clear` empties it. */
export function createEventLog(list: HTMLOListElement, clear: HTMLButtonElement, limit = 50): EventLog {
  clear.addEventListener('click', () => list.replaceChildren());
  return {
    add(type, source, detail) {
      const entry = document.createElement('li');
      entry.className = type;
      const time = document.createElement('time');
      const now = new Date();
      time.dateTime = now.toISOString();
      time.textContent = now.toLocaleTimeString('en-GB');
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = type;
      entry.append(time, kind, ` from ${source}: ${detail}`);
      list.prepend(entry);
      while (list.children.length > limit) list.lastElementChild?.remove();
    },
  };
}

const tagOf = (element: Element): string => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;

/**
 * Where an event came from: `<latest-news#ticker>`. An event from inside a widget's shadow root (the
 * gallery inside `<news-article>`) reaches `document` retargeted to the host; it is named as both.
 */
export const describeSource = (event: Event): string => {
  const target = event.target;
  if (!(target instanceof Element)) return 'unknown';
  const origin = event.composedPath()[0];
  return origin instanceof Element && origin !== target
    ? `${tagOf(origin)} in ${tagOf(target)}`
    : tagOf(target);
};

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What a `news-load` brought, in a few words, whichever element sent it. */
export const describeData = (data: unknown): string => {
  if (Array.isArray(data)) return count(data.length, 'item');
  if (!data || typeof data !== 'object') return 'loaded';
  const record = data as Record<string, unknown>;
  const length = (key: string): number | undefined => {
    const value = record[key];
    return Array.isArray(value) ? value.length : undefined;
  };
  const items = length('items');
  if (items !== undefined) return count(items, 'item');
  if (typeof record.publishedAt === 'string') {
    const parts = [`article “${String(record.title ?? '')}”`];
    const photos = length('photos');
    const tags = length('tags');
    if (photos) parts.push(count(photos, 'photo'));
    if (tags) parts.push(count(tags, 'tag'));
    return parts.join(', ');
  }
  const tags = length('tags');
  if (tags !== undefined) return count(tags, 'tag');
  const photos = length('photos');
  if (photos !== undefined) return count(photos, 'photo');
  return 'loaded';
};

/** Logs every `news-load` and `news-error` that reaches `document` (both bubble out of shadow roots). */
export function logNewsEvents(log: EventLog): void {
  document.addEventListener('news-load', (event) => {
    const { data, warnings = [] } = event as Event & LoadLike;
    const skipped = warnings.length ? `, ${warnings.length} left out (${warnings.join('; ')})` : '';
    log.add('news-load', describeSource(event), `${describeData(data)}${skipped}`);
  });

  document.addEventListener('news-error', (event) => {
    const error = event as Event & ErrorLike;
    const status = error.status ? ` ${error.status}` : '';
    log.add('news-error', describeSource(event), `${error.kind ?? 'error'}${status}: ${error.message ?? ''}`);
  });
}

/** Logs every `news-click` and `news-impression` (an item's id and place); `route()` says whether to keep a click in the page. */
export function logItemEvents(log: EventLog, route: () => boolean = () => false): void {
  for (const type of ['news-click', 'news-impression']) {
    document.addEventListener(type, (event) => {
      const { id, position } =
        (event as Event & { detail?: { id?: string; position?: number } }).detail ?? {};
      const kept = type === 'news-click' && route();
      if (kept) event.preventDefault();
      log.add(
        type,
        describeSource(event),
        `item ${id}${position ? ` at ${position}` : ''}${kept ? ' (kept in the page)' : ''}`,
      );
    });
  }
}

/** Logs the lightbox events of every `<photo-gallery>`: open, change and close. */
export function logPhotoEvents(log: EventLog): void {
  for (const type of ['news-photo-open', 'news-photo-change', 'news-photo-close']) {
    document.addEventListener(type, (event) => {
      const { index, photo } = event as Event & PhotoLike;
      const file = photo?.src ? ` (${new URL(photo.src).pathname.split('/').pop()})` : '';
      const which = typeof index === 'number' ? `photo ${index + 1}${file}` : 'a photo';
      log.add(type, describeSource(event), which);
    });
  }
}
