// Atom 1.0 (src/data/formats/atom.ts): the heise Developer sample through the reader and the native
// parser, with values copied by hand from the file; then each pitfall (xml:base, xhtml content, text
// constructs) on its own.
import { expect } from '@open-wc/testing';
import { readAtom } from '../../../src/data/formats/atom.js';
import type { NativeFeed } from '../../../src/data/formats/native.js';
import { pickItem } from '../../../src/data/formats/pick.js';
import { NewsError } from '../../../src/data/errors.js';
import { parseArticle } from '../../../src/data/schemas/article.js';
import { parseFeed } from '../../../src/data/schemas/feed.js';
import { sample, xml } from './helpers.js';

const FEED_URL = 'https://news.example/atom.xml';

const read = (text: string, url = FEED_URL) => {
  const reading = readAtom(xml(text), { url });
  expect(reading.kind).to.equal('feed');
  return { data: reading.data as NativeFeed, warnings: reading.warnings };
};

const atom = (entries: string, head = '', attributes = '') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" ${attributes}>
<title>News</title><id>urn:news</id><updated>2026-03-03T14:00:00Z</updated>${head}${entries}</feed>`;

const entry = (n: number, extra = '', dates = '<updated>2026-03-03T13:41:00+04:00</updated>') =>
  `<entry><id>urn:news:${n}</id><title>Story ${n}</title><link href="https://news.example/${n}"/>${dates}${extra}</entry>`;

const HEISE = 'http://www.heise.de/developer/';

describe('readAtom: the heise Developer sample', () => {
  it('reads 15 entries: titles, links, instants, the feed author and the first image of the content', async () => {
    const url = 'http://www.heise.de/developer/rss/news-atom.xml';
    const { data, warnings } = read(await sample('atom-heise-developer.xml'), url);
    expect(warnings).to.deep.equal([]);
    const { value, warnings: native } = parseFeed(data, url);
    expect(native).to.deep.equal([]);
    expect(value.title).to.equal('heise developer neueste Meldungen');
    expect(value.url).to.equal('http://www.heise.de/developer/');
    expect(value.items).to.have.length(15);

    const first = value.items[0]!;
    expect(first.id).to.equal('http://heise.de/-3088438');
    expect(first.title).to.equal('Java-Anwendungsserver: Red Hat gibt WildFly 10 frei');
    expect(first.url).to.equal(
      `${HEISE}meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom`,
    );
    // published 2016-02-01T17:22:00+01:00, updated 2016-02-01T17:54:50+01:00
    expect(Date.parse(first.publishedAt)).to.equal(Date.UTC(2016, 1, 1, 16, 22, 0));
    expect(Date.parse(first.updatedAt!)).to.equal(Date.UTC(2016, 1, 1, 16, 54, 50));
    expect(first.source).to.equal('heise online');
    expect(first.summary).to.equal(
      'Die nun verfügbare Version 10 des Enterprise-Java-Servers stellt die Basis für Red Hats kommerzielle JBoss Enterprise Application Platform 7 ist zugleich das dritte größere Release seit dem Namenswechsel des Open-Source-Projekts.',
    );
    expect(first.image).to.deep.equal({
      src: 'http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg',
      srcset: undefined,
      alt: 'WildFly 10',
      width: undefined,
      height: undefined,
    });

    expect(value.items[4]!.title).to.equal(
      'Änderungen bei der Authentifizierung in Microsofts v2.0 App Model',
    );
    // An entry whose content has no image has none.
    expect(value.items[5]!.title).to.equal('Der Pragmatische Architekt: Ein gutes Szenario');
    expect(value.items[5]!.image).to.equal(undefined);
    // A trailing space in the title.
    expect(value.items[7]!.title).to.equal('Der Dotnet-Doktor: Auslesen und Sortieren von GPX-Dateien');
    const csharp = value.items[13]!;
    expect(csharp.title).to.equal('C# 7 – Stand der Dinge und Ausblick');
    expect(Date.parse(csharp.publishedAt)).to.equal(Date.UTC(2016, 0, 29, 8, 0, 0));
    expect(csharp.image).to.deep.include({
      src: 'http://www.heise.de/developer/imgs/06/1/7/3/8/7/4/4/cis_-_Anriss-ed7ebdc4112307ae.jpeg',
      alt: 'C# 7 - Stand der Dinge und Ausblick',
      width: 100,
      height: 55,
    });
    const last = value.items[14]!;
    expect(last.id).to.equal('http://heise.de/-3086458');
    expect(last.title).to.equal('Apache Software Foundation bekommt ein neues Logo');
    expect(last.url).to.equal(
      `${HEISE}meldung/Apache-Software-Foundation-bekommt-ein-neues-Logo-3086458.html?wt_mc=rss.developer.beitrag.atom`,
    );
    expect(Date.parse(last.publishedAt)).to.equal(Date.UTC(2016, 0, 28, 16, 7, 0));
  });

  it('gives <news-article> the newest entry with its HTML content as the body', async () => {
    const url = 'http://www.heise.de/developer/rss/news-atom.xml';
    const { data } = read(await sample('atom-heise-developer.xml'), url);
    const { value, warnings } = parseArticle(pickItem(data), url);
    expect(warnings).to.deep.equal([]);
    expect(value.id).to.equal('http://heise.de/-3088438');
    expect(value.body).to.contain(
      '<img src="http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/',
    );
    expect(value.body).to.contain('<p>Die nun verfügbare Version 10 des Enterprise-Java-Servers');
    // The images of the HTML are the body's; photos come only from media elements.
    expect(value.photos).to.deep.equal([]);
  });
});

describe('readAtom: the fields', () => {
  it('resolves links against xml:base on the feed, the entry and the element, else the feed URL', () => {
    const { data } = read(
      atom(
        `<entry xml:base="/en/news/"><id>urn:1</id><title>A</title><updated>2026-03-03T10:00:00Z</updated>
           <link href="a.html"/>
           <link rel="enclosure" type="image/jpeg" href="a.jpg" xml:base="https://cdn.example/img/"/>
           <content type="html">&lt;a href="x.html"&gt;x&lt;/a&gt; &lt;img src="/i.png"&gt;</content></entry>` +
          `<entry><id>urn:2</id><title>B</title><updated>2026-03-03T10:00:00Z</updated><link href="b.html"/></entry>`,
        '<link href="./"/>',
        'xml:base="https://base.example/site/"',
      ),
      'https://news.example/feeds/atom.xml',
    );
    expect(data.url).to.equal('https://base.example/site/');
    expect(data.items.map((i) => i.url)).to.deep.equal([
      'https://base.example/en/news/a.html',
      'https://base.example/site/b.html',
    ]);
    expect(data.items[0]!.image).to.deep.equal({ src: 'https://cdn.example/img/a.jpg' });
    expect(data.items[0]!.body).to.equal(
      '<a href="https://base.example/en/news/x.html">x</a> <img src="https://base.example/i.png">',
    );
    // Without xml:base, relative links resolve against the URL the feed came from.
    const plain = read(
      atom(entry(1).replace('https://news.example/1', '../story/1')),
      'https://news.example/feeds/atom.xml',
    );
    expect(plain.data.items[0]!.url).to.equal('https://news.example/story/1');
  });

  it('reads xhtml content as HTML, and xhtml and html titles as text', () => {
    const { data } = read(
      atom(
        `<entry xml:base="https://news.example/en/"><id>urn:1</id>
           <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Baku <em>&amp;</em> Ankara</div></title>
           <summary type="html">&lt;p&gt;Talks &amp;amp;amp; more&lt;/p&gt;</summary>
           <updated>2026-03-03T10:00:00Z</updated>
           <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p class="lead">One &lt;two&gt; <a href="more.html">more</a></p><br/><img src="p.jpg" alt="A &quot;photo&quot;"/></div></content>
         </entry>`,
      ),
    );
    const [item] = data.items;
    expect(item!.title).to.equal('Baku & Ankara');
    expect(item!.summary).to.equal('Talks &amp; more');
    expect(item!.body).to.equal(
      '<p class="lead">One &#60;two&#62; <a href="https://news.example/en/more.html">more</a></p><br><img src="https://news.example/en/p.jpg" alt="A &#34;photo&#34;">',
    );
    expect(item!.image).to.deep.equal({ src: 'https://news.example/en/p.jpg', alt: 'A "photo"' });
  });

  it('reads a type="text" title as it is: &amp;amp; in the XML stays &amp; as text', () => {
    const { data } = read(
      atom(
        entry(1).replace(
          '<title>Story 1</title>',
          '<title type="text">Tom &amp;amp; Jerry &lt;b&gt;</title>',
        ),
      ),
    );
    expect(data.items[0]!.title).to.equal('Tom &amp; Jerry <b>');
  });

  it('reads type="text" content as escaped paragraphs', () => {
    const { data } = read(atom(entry(1, '<content>Line &lt;1&gt;\n\nLine 2</content>')));
    expect(data.items[0]!.body).to.equal('<p>Line &#60;1&#62;</p><p>Line 2</p>');
  });

  it('takes published, else updated; leaves out an entry with neither, with a warning', () => {
    const { data, warnings } = read(
      atom(
        entry(1, '', '<published>2026-03-03T09:00:00Z</published><updated>2026-03-03T10:00:00Z</updated>') +
          entry(2, '', '') +
          entry(3),
      ),
    );
    expect(data.items.map((i) => [i.id, i.publishedAt, i.updatedAt])).to.deep.equal([
      ['urn:news:1', '2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z'],
      ['urn:news:3', '2026-03-03T13:41:00+04:00', undefined],
    ]);
    expect(warnings).to.deep.equal(['items[1]: no date (published or updated) (left out)']);
  });

  it('leaves out a javascript: link and keeps the entry', () => {
    const { data, warnings } = read(
      atom(entry(1).replace('https://news.example/1', 'javascript:alert(1)') + entry(2)),
    );
    expect(warnings).to.deep.equal(['items[0].url: expected an http(s) URL (left out)']);
    expect(data.items.map((i) => i.id)).to.deep.equal(['urn:news:1', 'urn:news:2']);
    expect(data.items[0]).to.not.have.property('url');
  });

  it('prefers the alternate link, takes categories (label, else term), authors, xml:lang and rel="next"', () => {
    const { data } = read(
      atom(
        `<entry xml:lang="az"><id>https://news.example/id/1</id><title>A</title><updated>2026-03-03T10:00:00Z</updated>
           <link rel="self" href="https://news.example/api/1"/>
           <category term="mil" label="Military"/><category term="defense"/>
           <author><name>Aysel</name></author><author><name>Rauf</name></author></entry>` +
          `<entry><id>https://news.example/id/2</id><title>B</title><updated>2026-03-03T10:00:00Z</updated>
           <link rel="enclosure" type="video/mp4" href="https://cdn.example/v.mp4"/></entry>`,
        '<link rel="next" href="https://news.example/atom.xml?page=2"/><author><name>Desk</name></author>',
      ),
    );
    const [a, b] = data.items;
    expect(a).to.deep.include({
      url: 'https://news.example/id/1',
      lang: 'az',
      source: 'Aysel, Rauf',
      category: { name: 'Military' },
    });
    expect(a!.tags).to.deep.equal([{ name: 'Military' }, { name: 'defense' }]);
    expect(b).to.deep.include({ source: 'Desk', media: 'video' });
    expect(data.next).to.equal('https://news.example/atom.xml?page=2');
  });

  it('is invalid for a parse error document', () => {
    expect(() => readAtom(xml('<feed xmlns="http://www.w3.org/2005/Atom"><entry></feed>'), { url: FEED_URL }))
      .to.throw(NewsError)
      .that.satisfies((error: NewsError) =>
        error.message.startsWith('The response is not well-formed XML ('),
      );
  });

  it('is invalid for a document that is not Atom', () => {
    expect(() => readAtom(xml('<feed><entry/></feed>'), { url: FEED_URL }))
      .to.throw(NewsError)
      .with.property('message', 'Expected an Atom document (feed in the Atom namespace), got <feed>.');
  });
});
