// Dates as feeds write them, read into the one form the native format accepts (RFC 3339 with an offset).
// Nothing here calls Date.parse on free text: engines disagree on it (several return Invalid Date for
// `EST` or `PDT`, some read a date without a zone as local time), and a widget must show the same instant
// in every browser. Every form is matched by a regular expression and built by hand.
//
// Decisions, each with a note where the reader had to guess:
// - RFC 822 / 1123 / 2822 (`Wed, 29 May 2019 10:16:00 GMT`): the zone names are fixed offsets, whatever
//   the season (`EST` is -05:00 in July too: a publisher who meant summer time writes `EDT`). Beyond
//   RFC 822's own names, the common ones are read as their fixed offsets too (`CET` +01:00, `CEST`
//   +02:00, `IST` +05:30 India, `JST` +09:00...: the table below). A zone name not in the table, or a
//   military letter other than `Z` (RFC 1123 says their signs were wrong in RFC 822, so they say nothing),
//   makes the date unreadable: a wrong instant is worse than none.
// - Two-digit years are 2000-2049 for 00-49 and 1950-1999 for 50-99 (RFC 2822 §4.3); three-digit years
//   add 1900. Missing seconds are :00; a missing weekday is fine, and a wrong one is ignored.
// - A date-time with no zone at all is read as UTC, with a note.
// - A date without a time (`2019-05-29`, W3C-DTF's shortest form in `dc:date`) becomes 12:00 UTC, with a
//   note: its calendar day is then the same in every zone from UTC-11 to UTC+11, where midnight UTC would
//   show the day before across the Americas.
import { normalizeDate } from '../schemas/common.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zone names as fixed offsets in minutes: RFC 822's own, then common ones feeds use. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  // Not RFC 822, but unambiguous enough in feeds; each a fixed offset like the names above.
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  wet: 0,
  west: 60,
  bst: 60,
  ist: 330,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  pkt: 300,
  ict: 420,
  wib: 420,
  sgt: 480,
  hkt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

// [weekday,] day month year hour:minute[:second] [zone]; the month may be spelt out, the weekday and
// the comma may be missing, and some feeds put a dot after abbreviations.
const RFC822 =
  /^\s*(?:[a-z]{3,9}\.?\s*,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(?:([+-])(\d\d):?(\d\d)|([a-z]{1,5}))?(?:\s*\([^)]*\))?\s*$/i;
// ISO 8601 / RFC 3339 without an offset, or a date alone.
const LOCAL = /^\s*(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?\s*$/;

/** What reading a date gave: the RFC 3339 date-time, a note about a guess, or why it could not be read. */
export interface DateReading {
  date?: string;
  note?: string;
  error?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const offset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/**
 * Reads a feed's date: RFC 3339 (the native format's), ISO 8601 without a zone or without a time, or
 * RFC 822 with a numeric offset or a zone name. Returns the date in the form `normalizeDate` gives.
 */
export function readDate(value: string): DateReading {
  const text = value.trim();
  const rfc3339 = normalizeDate(text);
  if (rfc3339) return { date: rfc3339 };
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s = '00', fraction = ''] = local;
    const date = normalizeDate(`${y}-${mo}-${d}T${h ?? '12'}:${mi ?? '00'}:${s}${fraction}Z`);
    if (!date) return { error: `"${text}" is not a real date` };
    return {
      date,
      note: h ? 'a time without a zone, read as UTC' : 'a date without a time, read as 12:00 UTC',
    };
  }
  const m = RFC822.exec(text);
  if (!m) return { error: `"${text}" is not a date in a form feeds use (RFC 822 or RFC 3339)` };
  const [, d, monthName, yearText, h, mi, s = '00', sign, oh, om, zone] = m;
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  let year = +yearText!;
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText!.length === 3) year += 1900;
  let minutes = 0;
  let note: string | undefined;
  if (sign) minutes = (sign === '-' ? -1 : 1) * (+oh! * 60 + +om!);
  else if (zone) {
    const name = zone.toLowerCase();
    const known = Object.hasOwn(ZONES, name) ? ZONES[name] : undefined;
    if (known === undefined)
      return { error: `"${text}" has a time zone this reader does not know (${zone})` };
    minutes = known;
  } else note = 'a time without a zone, read as UTC';
  if (!month || year < 1000 || year > 9999 || Math.abs(minutes) > 1439)
    return { error: `"${text}" is not a real date` };
  const date = normalizeDate(
    `${pad(year, 4)}-${pad(month)}-${pad(+d!)}T${pad(+h!)}:${mi}:${s}${offset(minutes)}`,
  );
  if (!date) return { error: `"${text}" is not a real date` };
  return note ? { date, note } : { date };
}

/** A date-time known to be UTC although it carries no offset (WordPress's `date_gmt`), with its `Z`. */
export const asUtc = (value: string): string =>
  /^\s*\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?\s*$/.test(value) ? `${value.trim()}Z` : value;
