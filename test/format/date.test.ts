// Dates as the elements write them: a day is written once per locale, time zone and day, and that memo
// must never give one locale's, zone's or day's words for another's.
import { expect } from '@open-wc/testing';
import { dayKey, formatDay, formatTime } from '../../src/format/date.js';

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const direct = (date: Date, locale: string, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { ...DAY, timeZone }).format(date);

describe('format/date', () => {
  it('writes each day as Intl does, in every locale and time zone, asked in any order', () => {
    const zones = [
      undefined,
      'UTC',
      'Asia/Baku',
      'America/Sao_Paulo',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    const locales = ['en', 'ru', 'de', 'ja', 'ar-SA', 'fa', 'th'];
    // Both sides of midnight in each zone, and of DST changes (São Paulo changed at midnight until 2019).
    const instants = [
      '2026-03-03T19:59:59Z',
      '2026-03-03T20:00:00Z',
      '2026-03-03T23:59:59.999Z',
      '2026-03-04T00:00:00Z',
      '2018-11-04T02:59:59Z',
      '2018-11-04T03:00:00Z',
      '2019-02-17T01:59:59Z',
      '2019-02-17T02:00:00Z',
      '2026-12-31T10:00:00Z',
      '2027-01-01T10:00:00Z',
    ].map((iso) => new Date(iso));
    for (let round = 0; round < 2; round++)
      for (const zone of zones)
        for (const locale of locales)
          for (const date of round ? [...instants].reverse() : instants)
            expect(formatDay(date, locale, zone), `${date.toISOString()} ${locale} ${zone}`).to.equal(
              direct(date, locale, zone),
            );
  });

  it('gives the day in the time zone asked for, and another locale its own words', () => {
    // 23:30 in Baku on March 3 is still March 3 in UTC, and March 4 in Kiritimati (UTC+14).
    const date = new Date('2026-03-03T19:30:00Z');
    expect(formatDay(date, 'en', 'Asia/Baku')).to.equal('March 3, 2026');
    expect(formatDay(date, 'en', 'Pacific/Kiritimati')).to.equal('March 4, 2026');
    expect(formatDay(date, 'ru', 'Asia/Baku')).to.equal(direct(date, 'ru', 'Asia/Baku'));
    expect(formatDay(date, 'az', 'Asia/Baku')).to.equal('3 mart 2026');
    expect(formatDay(date, 'az', 'Pacific/Kiritimati')).to.equal('4 mart 2026');
    expect(formatDay(date, 'en', 'Asia/Baku')).to.equal('March 3, 2026');
  });

  it('takes the day key a caller already has, and writes days before 1970 (no era in the key) afresh', () => {
    const date = new Date('2026-03-03T10:00:00Z');
    expect(formatDay(date, 'en', 'UTC', dayKey(date, 'UTC'))).to.equal('March 3, 2026');
    const bc = new Date(Date.UTC(-2025, 2, 3, 10));
    expect(dayKey(bc, 'UTC')).to.equal(dayKey(date, 'UTC'));
    expect(formatDay(bc, 'en', 'UTC')).to.equal(direct(bc, 'en', 'UTC'));
    expect(formatDay(bc, 'az', 'UTC')).to.equal('3 mart 2026');
  });

  it('falls back to the reader’s time zone for an unknown one, the same way every time', () => {
    const date = new Date('2026-03-03T10:00:00Z');
    expect(formatDay(date, 'en', 'Not/A_Zone')).to.equal(direct(date, 'en'));
    expect(formatTime(date, 'en', 'Not/A_Zone')).to.equal(
      new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date),
    );
  });
});
