// pickItem (src/data/formats/pick.ts): the item of a feed that <news-article> and <tag-list> show.
import { expect } from '@open-wc/testing';
import { pickItem } from '../../../src/data/formats/pick.js';

const items = [
  { id: 'a', url: 'https://news.example/a', title: 'A', publishedAt: '2026-03-03T13:41:00+04:00' },
  { id: 'b', url: 'https://news.example/b', title: 'B', publishedAt: '2026-03-03T10:00:00Z' },
  { id: 'c', url: 'https://news.example/c', title: 'C', publishedAt: '2026-03-03T09:41:00Z' },
  { id: '7', url: 'https://news.example/7', title: 'D', publishedAt: '2026-03-01T00:00:00Z' },
];

describe('pickItem', () => {
  it('takes the item whose id or url equals the one asked for', () => {
    expect(pickItem({ items }, 'c')).to.equal(items[2]);
    expect(pickItem({ items }, 'https://news.example/b')).to.equal(items[1]);
    expect(pickItem({ items }, 'HTTPS://NEWS.example/7')).to.equal(items[3]);
    expect(pickItem([{ ...items[3], id: 7 }], '7')).to.deep.include({ title: 'D' });
  });

  it('else the newest by publishedAt, whatever its place and offset', () => {
    // B (10:00Z) is newer than A (13:41+04:00 = 09:41Z) and C (09:41Z).
    expect(pickItem({ items })).to.equal(items[1]);
    expect(pickItem({ items }, 'not-there')).to.equal(items[1]);
    expect(pickItem(items)).to.equal(items[1]);
  });

  it('takes the first of items published at the same instant', () => {
    expect(pickItem([items[0], items[2]])).to.equal(items[0]);
    expect(pickItem([items[2], items[0]])).to.equal(items[2]);
  });

  it('gives nothing for a feed without items, and skips entries that are not objects', () => {
    expect(pickItem({ items: [] })).to.equal(undefined);
    expect(pickItem({})).to.equal(undefined);
    expect(pickItem(null)).to.equal(undefined);
    expect(pickItem({ items: [null, 'x', items[3]] })).to.equal(items[3]);
  });
});
