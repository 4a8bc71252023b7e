import { expect } from '@open-wc/testing';
import { safeSrcset, safeUrl, withParams } from '../../src/data/url.js';

describe('safeUrl', () => {
  const base = 'https://news.example/api/feed.json';

  it('keeps http and https URLs and resolves relative ones against the endpoint', () => {
    expect(safeUrl('https://a.example/x', base)).to.equal('https://a.example/x');
    expect(safeUrl('http://a.example/x', base)).to.equal('http://a.example/x');
    expect(safeUrl('/en/story', base)).to.equal('https://news.example/en/story');
    expect(safeUrl('story', base)).to.equal('https://news.example/api/story');
    expect(safeUrl('//cdn.example/p.jpg', base)).to.equal('https://cdn.example/p.jpg');
  });

  it('resolves absolute and scheme-only URLs as the URL parser does with the base', () => {
    const bases = [base, 'http://news.example:8080/a/b/', 'https://news.example/'];
    const values = [
      'https://a.example/x/../y?q#h',
      ' HTTP://A.example:80/%7e/./z ',
      'http://a.example\\x',
      'https:\\\\a.example/x',
      'http:story',
      'https:story',
      'http:/story',
      'https:///a.example/x',
      'http://user:pw@[::1]:443/',
      'https://0x7f.1/',
    ];
    for (const b of bases)
      for (const value of values) {
        let expected: string | undefined;
        try {
          const url = new URL(value.trim(), b);
          expected = /^https?:$/.test(url.protocol) ? url.href : undefined;
        } catch {
          expected = undefined;
        }
        expect(safeUrl(value, b), `${value} against ${b}`).to.equal(expected);
      }
  });

  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://news.example/1',
    'file:///etc/passwd',
    'mailto:a@b.example',
    'http://[bad',
    '',
    '   ',
  ]) {
    it(`drops ${JSON.stringify(bad)}`, () => {
      expect(safeUrl(bad, base)).to.equal(undefined);
    });
  }

  it('drops non-strings', () => {
    expect(safeUrl(42, base)).to.equal(undefined);
    expect(safeUrl({ toString: () => 'https://a.example' }, base)).to.equal(undefined);
  });

  it('checks every srcset candidate', () => {
    expect(
      safeSrcset('a-640.jpg 640w, javascript:alert(1) 800w, https://x.example/b.jpg 1280w', base),
    ).to.equal('https://news.example/api/a-640.jpg 640w, https://x.example/b.jpg 1280w');
    expect(safeSrcset('javascript:alert(1) 1x', base)).to.equal(undefined);
  });
});

describe('withParams', () => {
  it('appends parameters, merging with an existing query', () => {
    expect(withParams('https://n.example/a', 'utm_source=partner')).to.equal(
      'https://n.example/a?utm_source=partner',
    );
    expect(
      withParams('https://n.example/a?id=3&utm_source=old#top', 'utm_source=partner&utm_medium=ticker'),
    ).to.equal('https://n.example/a?id=3&utm_source=partner&utm_medium=ticker#top');
  });
  it('leaves the URL alone without parameters', () => {
    expect(withParams('https://n.example/a', undefined)).to.equal('https://n.example/a');
  });
});

describe('safeSrcset', () => {
  const base = 'https://news.example/a/';
  it('reads candidates the way browsers do', () => {
    expect(safeSrcset('a.jpg 640w,b.jpg 1280w', base)).to.equal(
      'https://news.example/a/a.jpg 640w, https://news.example/a/b.jpg 1280w',
    );
    expect(safeSrcset('https://cdn.example/w_640,h_480/x.jpg 640w, y.jpg 2x', base)).to.equal(
      'https://cdn.example/w_640,h_480/x.jpg 640w, https://news.example/a/y.jpg 2x',
    );
    expect(safeSrcset('  a.jpg   1x  ,  b.jpg  2x  ', base)).to.equal(
      'https://news.example/a/a.jpg 1x, https://news.example/a/b.jpg 2x',
    );
  });

  it('drops unsafe candidates and bad descriptors, and returns undefined when none is left', () => {
    expect(safeSrcset('javascript:alert(1) 1x, ok.jpg 2x', base)).to.equal(
      'https://news.example/a/ok.jpg 2x',
    );
    expect(safeSrcset('data:image/png;base64,AAAA 1x, c.jpg 2x', base)).to.equal(
      'https://news.example/a/c.jpg 2x',
    );
    expect(safeSrcset('x.jpg 640w bogus', base)).to.equal(undefined);
    expect(safeSrcset('', base)).to.equal(undefined);
    expect(safeSrcset(42, base)).to.equal(undefined);
  });
});
