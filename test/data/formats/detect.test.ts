// Format detection (src/data/formats/detect.ts) on every sample and on native JSON, and toNative
// (src/data/formats/readers.ts), the one entry the elements will load: text in, the native format out;
// a document that is not well-formed is an invalid response.
import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../src/data/formats/detect.js';
import { toNative } from '../../../src/data/formats/readers.js';
import { parseErrorOf } from '../../../src/data/formats/xml.js';
import { NewsError } from '../../../src/data/errors.js';
import { parseFeed } from '../../../src/data/schemas/feed.js';
import { seedArticle } from '../../fixtures/article.js';
import { feed } from '../../helpers.js';
import { own, sample, xml } from './helpers.js';

const SAMPLES = [
  ['jsonfeed-jsonfeed-org.json', 'application/json', 'jsonfeed', 1],
  ['jsonfeed-inessential.json', 'application/feed+json', 'jsonfeed', 20],
  ['jsonfeed-pxlnv.json', 'application/json; charset=UTF-8', 'jsonfeed', 20],
  ['wp-v2-posts-embed.json', 'application/json; charset=UTF-8', 'wordpress', 3],
  ['rss2-livemint.xml', 'text/xml; charset=UTF-8', 'rss', 25],
  ['atom-heise-developer.xml', 'application/atom+xml', 'atom', 15],
] as const;

describe('detectFormat', () => {
  for (const [file, contentType, format] of SAMPLES) {
    it(`recognises ${file} as ${format}, as text, parsed, and under a wrong content type`, async () => {
      const text = await sample(file);
      expect(detectFormat({ contentType, body: text })).to.equal(format);
      expect(detectFormat({ contentType: 'text/html', body: text })).to.equal(format);
      expect(detectFormat({ body: file.endsWith('.xml') ? xml(text) : JSON.parse(text) })).to.equal(format);
    });
  }

  it('recognises the RSS 1.0 (RDF) fixture as rss', async () => {
    expect(detectFormat({ contentType: 'application/rdf+xml', body: await own('rss1-rdf.xml') })).to.equal(
      'rss',
    );
  });

  it('takes native JSON as native: a feed, a bare array, an article, tags', () => {
    expect(detectFormat({ contentType: 'application/json', body: feed(3) })).to.equal('native');
    expect(detectFormat({ contentType: 'application/json', body: feed(3).items })).to.equal('native');
    expect(detectFormat({ contentType: 'application/json', body: seedArticle() })).to.equal('native');
    expect(detectFormat({ body: JSON.stringify({ tags: [{ name: 'a', url: '/a' }] }) })).to.equal('native');
    expect(detectFormat({ body: [] })).to.equal('native');
  });

  it('recognises a single WordPress post and WordPress tags', () => {
    expect(detectFormat({ body: { id: 1, title: { rendered: 'A' } } })).to.equal('wordpress');
    expect(
      detectFormat({ body: [{ id: 1, name: 'A', taxonomy: 'post_tag', link: 'https://x.example/' }] }),
    ).to.equal('wordpress');
  });

  it('lets the content type decide only when the shape does not', () => {
    expect(detectFormat({ contentType: 'application/feed+json', body: { items: [] } })).to.equal('jsonfeed');
    expect(detectFormat({ contentType: 'application/rss+xml', body: '<channel/>' })).to.equal('rss');
    expect(detectFormat({ contentType: 'application/atom+xml', body: '<entry/>' })).to.equal('atom');
    // An Atom document served as RSS is Atom.
    expect(
      detectFormat({
        contentType: 'application/rss+xml',
        body: '<feed xmlns="http://www.w3.org/2005/Atom"/>',
      }),
    ).to.equal('atom');
  });

  it('skips a BOM, the XML declaration, comments and a doctype to find the root', () => {
    const text =
      '\ufeff<?xml version="1.0"?>\n<!-- feed -->\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version="2.0"/>';
    expect(detectFormat({ body: text })).to.equal('rss');
    expect(
      detectFormat({ body: '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>' }),
    ).to.equal('rss');
  });

  it('recognises none in an HTML page, plain text or broken JSON', () => {
    expect(
      detectFormat({ contentType: 'text/html', body: '<!DOCTYPE html><html><body>Hi</body></html>' }),
    ).to.equal(undefined);
    expect(detectFormat({ contentType: 'text/plain', body: 'Hello' })).to.equal(undefined);
    expect(detectFormat({ contentType: 'application/json', body: '{"items": [' })).to.equal(undefined);
  });

  it('reads no prototype: a page that polluted Object.prototype changes nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.version = 'https://jsonfeed.org/version/1.1';
    proto.title = { rendered: 'x' };
    try {
      expect(detectFormat({ body: feed(1) })).to.equal('native');
      expect(detectFormat({ body: [{}] })).to.equal('native');
    } finally {
      delete proto.version;
      delete proto.title;
    }
  });
});

describe('toNative', () => {
  for (const [file, contentType, , count] of SAMPLES) {
    it(`reads ${file} from its text into a native feed of ${count} items`, async () => {
      const text = await sample(file);
      const url = 'https://publisher.example/feed';
      const format = detectFormat({ contentType, body: text });
      expect(format).to.not.equal(undefined);
      expect(format).to.not.equal('native');
      const reading = toNative(format as Exclude<typeof format, 'native' | undefined>, text, { url });
      expect(reading.kind).to.equal('feed');
      const { value } = parseFeed(reading.data, url);
      expect(value.items).to.have.length(count);
    });
  }

  it('makes a document that is not well-formed an invalid response', () => {
    for (const format of ['rss', 'atom'] as const) {
      expect(() =>
        toNative(format, '<rss><channel><title>Broken</channel></rss>', { url: 'https://x.example/' }),
      )
        .to.throw(NewsError)
        .that.satisfies(
          (error: NewsError) =>
            error.kind === 'invalid' && error.message.startsWith('The response is not well-formed XML ('),
        );
    }
    expect(parseErrorOf(xml('<a><b></a>'))).to.be.a('string');
    expect(parseErrorOf(xml('<a><b/></a>'))).to.equal(undefined);
  });

  it('takes an XML parser from the context (a Node XML DOM, for the command line)', async () => {
    let parsed = 0;
    const parseXml = (text: string) => {
      parsed++;
      return xml(text);
    };
    const reading = toNative('atom', await sample('atom-heise-developer.xml'), {
      url: 'https://x.example/',
      parseXml,
    });
    expect(parsed).to.equal(1);
    expect(reading.kind).to.equal('feed');
    const failing = () => {
      throw new Error('unclosed tag');
    };
    expect(() => toNative('rss', '<rss>', { url: 'https://x.example/', parseXml: failing })).to.throw(
      'The response is not well-formed XML (unclosed tag).',
    );
  });

  it('says not-json for JSON text that does not parse, and reads JSON already parsed', () => {
    expect(() => toNative('jsonfeed', '{"version":', { url: 'https://x.example/' }))
      .to.throw(NewsError)
      .with.property('kind', 'not-json');
    const reading = toNative(
      'jsonfeed',
      { version: 'https://jsonfeed.org/version/1.1', items: [] },
      { url: 'https://x.example/' },
    );
    expect(reading.data).to.deep.equal({ items: [] });
  });
});
