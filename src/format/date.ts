// Dates and times through memoised Intl formatters: creating a DateTimeFormat costs far more than using
// one, and a list of 1,000 items would otherwise create 1,000 of them.

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A memoised `Intl.DateTimeFormat` for one of the formats below (`name`) in `timeZone`; an unknown time
 * zone falls back to the reader's. Keyed by name, not by the options: this runs for every headline.
 */
function dateFormatter(
  locale: string,
  name: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${locale}|${name}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      formatter = new Intl.DateTimeFormat(locale, options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const YMD: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** `14:34` (24-hour, as news sites in az, ru and en-GB write it). */
export const formatTime = (date: Date, locale: string, timeZone?: string): string =>
  dateFormatter(locale, 'time', TIME, timeZone).format(date);

// Browsers' ICU data often lacks Azerbaijani month names (Chromium prints "2026 M03 1"), so az dates
// are put together here from the numeric parts.
const AZ_MONTHS = 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' ');

/** The calendar day of `date` in `timeZone` as `2026-03-03`: equal keys, same day. */
export const dayKey = (date: Date, timeZone?: string): string =>
  dateFormatter('en-CA', 'ymd', YMD, timeZone).format(date);

/**
 * Days written by `formatDay`, by locale and `dayKey()`: a list of headlines spans a few days. The words
 * are the calendar day's, whichever time zone it was found in.
 */
const days = new Map<string, string>();

/**
 * `March 3, 2026` / `3 mart 2026` / `3 марта 2026 г.`, in the locale's words. `key`: `dayKey(date,
 * timeZone)`, when the caller has it.
 */
export const formatDay = (
  date: Date,
  locale: string,
  timeZone?: string,
  key = dayKey(date, timeZone),
): string => {
  // Written once per locale and day. Not before 1970: the key has no era (2026 BC is `2026-…`).
  const id = +date < 0 ? '' : `${locale}|${key}`;
  let day = days.get(id);
  if (!day) {
    if (/^az\b/i.test(locale)) {
      const [y, m, d] = key.split('-').map(Number);
      day = `${d} ${AZ_MONTHS[m! - 1]} ${y}`;
    } else day = dateFormatter(locale, 'day', DAY, timeZone).format(date);
    if (days.size >= 500) days.clear();
    if (id) days.set(id, day);
  }
  return day;
};

/** Whether two instants fall on the same calendar day in `timeZone`. */
export const sameDay = (a: Date, b: Date, timeZone?: string): boolean =>
  dayKey(a, timeZone) === dayKey(b, timeZone);

/**
 * Makes the formatters for `locale` and `timeZone` in a task of their own. The first date formatter a
 * page makes loads the browser's ICU data (≈ 15 ms): better done while a response is on its way than in
 * the task that renders it, where it made the publisher page's one long task.
 */
export function warmUpDates(locale: string, timeZone?: string): void {
  setTimeout(() => {
    const now = new Date();
    formatDay(now, locale, timeZone);
    formatTime(now, locale, timeZone);
  });
}
