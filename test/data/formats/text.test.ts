// Text out of feed HTML (src/data/formats/text.ts): references decoded exactly once, tags out, no HTML
// parser involved.
import { expect } from '@open-wc/testing';
import {
  decodeEntities,
  firstImage,
  htmlToText,
  rebaseHtml,
  textToHtml,
  titleText,
} from '../../../src/data/formats/text.js';

describe('decodeEntities', () => {
  it('decodes once: &amp;amp; stays &amp; as text', () => {
    expect(decodeEntities('Tom &amp;amp; Jerry')).to.equal('Tom &amp; Jerry');
    expect(decodeEntities('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('decodes numeric references and the common named ones, and leaves unknown names alone', () => {
    expect(decodeEntities('&#8216;Jokes&#8217; &#x2014; &hellip; &nbsp;&euro;')).to.equal(
      '‘Jokes’ — … \u00a0€',
    );
    expect(decodeEntities('&bogus; &amp &copy;')).to.equal('&bogus; &amp ©');
    expect(decodeEntities('&#0; &#xD800; &#x110000;')).to.equal('\ufffd \ufffd \ufffd');
  });
});

describe('htmlToText', () => {
  it('takes tags out before decoding, so escaped markup is text and never a tag', () => {
    expect(htmlToText('<p>A &lt;b&gt; tag</p>')).to.equal('A <b> tag');
    expect(htmlToText('<p>Gullfoss is <em>a</em> waterfall.</p>\n<p>Second&nbsp;one</p>')).to.equal(
      'Gullfoss is a waterfall. Second\u00a0one',
    );
  });

  it('drops scripts, styles and comments with their content, even unclosed', () => {
    expect(htmlToText('a<script>alert("<p>x</p>")</script>b<style>p{}</style>c<!-- d -->e')).to.equal('abce');
    expect(htmlToText('keep<script>never closed')).to.equal('keep');
  });

  it('reads attribute values with > in quotes as part of the tag', () => {
    expect(htmlToText('<a title="a > b" href="x">link</a>')).to.equal('link');
  });
});

describe('titleText', () => {
  it('reads markup and references as HTML text, once', () => {
    expect(titleText("SmartCity Kochi to raise  <span class='webrupee'>₹</span>4,000 crore")).to.equal(
      'SmartCity Kochi to raise ₹4,000 crore',
    );
    expect(titleText('FCC Says Releasing &#8216;Jokes&#8217;')).to.equal('FCC Says Releasing ‘Jokes’');
    expect(titleText('Tom &amp;amp; Jerry')).to.equal('Tom &amp; Jerry');
  });

  it('leaves plain text as it is, white space collapsed', () => {
    expect(titleText('  a < b and c > d  ')).to.equal('a < b and c > d');
    expect(titleText('AT&T')).to.equal('AT&T');
  });
});

describe('textToHtml', () => {
  it('escapes text into paragraphs', () => {
    expect(textToHtml('One <b>\nline\n\nTwo & "three"')).to.equal(
      '<p>One &#60;b&#62;<br>line</p><p>Two &#38; &#34;three&#34;</p>',
    );
  });
});

describe('firstImage', () => {
  it('finds the first <img> with its alt and size, attribute values decoded once', () => {
    expect(
      firstImage(
        '<!-- <img src="commented.jpg"> --><a href="x"><img  src="a.jpg?x=1&amp;y=2" width="100" height="55" alt="C# 7 &amp; more" /></a><img src="b.jpg">',
      ),
    ).to.deep.equal({ src: 'a.jpg?x=1&y=2', alt: 'C# 7 & more', width: 100, height: 55 });
  });

  it('skips data: placeholders and images without src', () => {
    expect(
      firstImage('<img data-src="x.jpg"><img src="data:image/gif;base64,R0lG"><img src=\'real.jpg\'>'),
    ).to.deep.equal({
      src: 'real.jpg',
      alt: undefined,
      width: undefined,
      height: undefined,
    });
    expect(firstImage('<p>no image</p>')).to.equal(undefined);
  });
});

describe('rebaseHtml', () => {
  it('makes relative href, src and srcset absolute against a base, and leaves absolute ones', () => {
    expect(
      rebaseHtml(
        '<a href="../x?a=1&amp;b=2">x</a><img src=\'i.jpg\' srcset="i-1.jpg 1x, i-2.jpg 2x"><a href="https://other.example/">o</a>',
        'https://news.example/en/posts/',
      ),
    ).to.equal(
      '<a href="https://news.example/en/x?a=1&#38;b=2">x</a><img src="https://news.example/en/posts/i.jpg" srcset="https://news.example/en/posts/i-1.jpg 1x, https://news.example/en/posts/i-2.jpg 2x"><a href="https://other.example/">o</a>',
    );
  });

  it('keeps an unsafe scheme unsafe, for the sanitiser to drop', () => {
    expect(rebaseHtml('<a href="javascript:alert(1)">x</a>', 'https://news.example/')).to.equal(
      '<a href="javascript:alert(1)">x</a>',
    );
  });
});
