// Feed dates (src/data/formats/dates.ts): RFC 822 read by hand, named zones as fixed offsets, and the
// guesses (no zone, no time) said out loud. Every instant below is worked out by hand as UTC.
import { expect } from '@open-wc/testing';
import { asUtc, readDate } from '../../../src/data/formats/dates.js';

/** The instant a reading gives, in ms since the epoch. */
const instant = (value: string) => {
  const { date, error } = readDate(value);
  expect(error, value).to.equal(undefined);
  return Date.parse(date!);
};

describe('readDate', () => {
  it('keeps RFC 3339 as the native parser writes it', () => {
    expect(readDate('2026-03-03T13:41:00+04:00')).to.deep.equal({ date: '2026-03-03T13:41:00+04:00' });
    expect(readDate(' 2017-05-17T08:02:12-07:00 ')).to.deep.equal({ date: '2017-05-17T08:02:12-07:00' });
    expect(readDate('2016-02-01T17:54:50Z').date).to.equal('2016-02-01T17:54:50Z');
  });

  it('reads RFC 822 with GMT, UT, Z and numeric offsets', () => {
    expect(readDate('Wed, 29 May 2019 10:16:00 GMT')).to.deep.equal({ date: '2019-05-29T10:16:00+00:00' });
    expect(instant('Wed, 29 May 2019 10:16:00 UT')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('Wed, 29 May 2019 10:16:00 Z')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(readDate('Tue, 03 Mar 2026 13:41:00 +0400').date).to.equal('2026-03-03T13:41:00+04:00');
    expect(instant('Tue, 03 Mar 2026 13:41:00 +0400')).to.equal(Date.UTC(2026, 2, 3, 9, 41, 0));
    expect(instant('Tue, 03 Mar 2026 13:41:00 -0330')).to.equal(Date.UTC(2026, 2, 3, 17, 11, 0));
    expect(instant('Tue, 03 Mar 2026 13:41:00 +05:30')).to.equal(Date.UTC(2026, 2, 3, 8, 11, 0));
  });

  it('reads the RFC 822 zone names as fixed offsets in any season: EST in July is still -05:00', () => {
    const july = (zone: string) => instant(`Sat, 04 Jul 2026 12:00:00 ${zone}`);
    expect(july('EST')).to.equal(Date.UTC(2026, 6, 4, 17, 0, 0));
    expect(july('EDT')).to.equal(Date.UTC(2026, 6, 4, 16, 0, 0));
    expect(july('CST')).to.equal(Date.UTC(2026, 6, 4, 18, 0, 0));
    expect(july('CDT')).to.equal(Date.UTC(2026, 6, 4, 17, 0, 0));
    expect(july('MST')).to.equal(Date.UTC(2026, 6, 4, 19, 0, 0));
    expect(july('MDT')).to.equal(Date.UTC(2026, 6, 4, 18, 0, 0));
    expect(july('PST')).to.equal(Date.UTC(2026, 6, 4, 20, 0, 0));
    expect(july('PDT')).to.equal(Date.UTC(2026, 6, 4, 19, 0, 0));
    // And in January PDT is still -07:00.
    expect(instant('Mon, 05 Jan 2026 12:00:00 PDT')).to.equal(Date.UTC(2026, 0, 5, 19, 0, 0));
    expect(readDate('Sat, 04 Jul 2026 12:00:00 EST').date).to.equal('2026-07-04T12:00:00-05:00');
    // Lower case, as some feeds write them.
    expect(instant('Sat, 04 Jul 2026 12:00:00 est')).to.equal(Date.UTC(2026, 6, 4, 17, 0, 0));
  });

  it('reads CET, CEST, IST and the other common names as fixed offsets too', () => {
    expect(instant('Mon, 01 Feb 2016 17:54:50 CET')).to.equal(Date.UTC(2016, 1, 1, 16, 54, 50));
    expect(instant('Mon, 01 Feb 2016 17:54:50 CEST')).to.equal(Date.UTC(2016, 1, 1, 15, 54, 50));
    expect(instant('Wed, 29 May 2019 15:46:00 IST')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('Wed, 29 May 2019 19:16:00 JST')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('Wed, 29 May 2019 13:16:00 MSK')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
  });

  it('leaves out a zone it does not know, and military letters but Z, rather than guess', () => {
    expect(readDate('Wed, 29 May 2019 10:16:00 XYZ')).to.deep.equal({
      error: '"Wed, 29 May 2019 10:16:00 XYZ" has a time zone this reader does not know (XYZ)',
    });
    expect(readDate('Wed, 29 May 2019 10:16:00 A').error).to.match(/does not know \(A\)/);
  });

  it('reads two-digit years, missing seconds, a missing or wrong weekday, a spelt-out month', () => {
    expect(instant('Wed, 29 May 19 10:16:00 GMT')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('Sat, 29 May 99 10:16:00 GMT')).to.equal(Date.UTC(1999, 4, 29, 10, 16, 0));
    expect(instant('Wed, 29 May 2019 10:16 GMT')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('29 May 2019 10:16:00 GMT')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('Mon, 29 May 2019 10:16:00 GMT')).to.equal(Date.UTC(2019, 4, 29, 10, 16, 0));
    expect(instant('Wednesday, 29 September 2019 1:16:00 +0000')).to.equal(Date.UTC(2019, 8, 29, 1, 16, 0));
    expect(instant('Wed, 9 May 2019 10:16:00 +0000 (UTC)')).to.equal(Date.UTC(2019, 4, 9, 10, 16, 0));
  });

  it('reads a time without a zone as UTC, and a date alone as 12:00 UTC, with a note', () => {
    expect(readDate('Wed, 29 May 2019 10:16:00')).to.deep.equal({
      date: '2019-05-29T10:16:00+00:00',
      note: 'a time without a zone, read as UTC',
    });
    expect(readDate('2019-05-29T10:16:00')).to.deep.equal({
      date: '2019-05-29T10:16:00Z',
      note: 'a time without a zone, read as UTC',
    });
    expect(readDate('2019-05-29')).to.deep.equal({
      date: '2019-05-29T12:00:00Z',
      note: 'a date without a time, read as 12:00 UTC',
    });
  });

  it('never takes free text or impossible dates', () => {
    for (const value of [
      'yesterday',
      '',
      'Wed, 32 May 2019 10:16:00 GMT',
      'Wed, 29 Foo 2019 10:16:00 GMT',
      '2019-02-30',
      '2019-05-29T25:00:00Z',
      'Wed, 29 May 2019 10:16:00 +2400',
    ])
      expect(readDate(value).date, value).to.equal(undefined);
    expect(readDate('yesterday').error).to.equal(
      '"yesterday" is not a date in a form feeds use (RFC 822 or RFC 3339)',
    );
    expect(readDate('2019-02-30').error).to.equal('"2019-02-30" is not a real date');
  });
});

describe('asUtc', () => {
  it('marks a date-time without an offset as UTC and leaves the rest alone', () => {
    expect(asUtc('2016-11-25T16:31:11')).to.equal('2016-11-25T16:31:11Z');
    expect(asUtc('2016-11-25T16:31:11+02:00')).to.equal('2016-11-25T16:31:11+02:00');
    expect(asUtc('2016-11-25')).to.equal('2016-11-25');
  });
});
