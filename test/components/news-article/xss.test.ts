// XSS corpus against <news-article>: hostile strings in every field of the article JSON (the text fields,
// the URL fields) and hostile HTML in the body. Each article is rendered, given time for images to load or
// fail, and then every element of its shadow DOM is clicked and sent the events inline handlers listen for
// (navigation is cancelled except for javascript: URLs, so a surviving javascript: link would still run).
// Anything that runs calls __hit() or a dialog function, which count in window.__xss; it must stay 0.
// Text must come out as the same text, never parsed; the shadow DOM must hold no dangerous element or
// attribute and only http(s) URLs; a bad URL leaves its link inert or its image out. Positive controls
// show the harness notices execution and bad markup, so that the zeros mean something.
// The whole corpus runs twice: with the sanitiser's HTML Sanitizer API path and with its DOMPurify path
// (forced), and it includes DOM-clobbering vectors for every DOM property a walk or the sanitiser reads.
import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import type { SinonStub } from 'sinon';
import '../../../src/components/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import { forceFallback, loadSanitizer } from '../../../src/sanitize/sanitize-html.js';
import { crossFault, load, part, parts, resetAll, sleep } from '../../helpers.js';
import { CLOBBERED, CLOBBERING_VECTORS, ISSUE_VECTORS } from '../../sanitize/clobbering-vectors.js';
import {
  probe,
  arm,
  disarm,
  deep,
  guardNavigation,
  interact,
  XHTML,
  ALLOWED_TAGS,
  ALLOWED_ATTRS,
  FORBIDDEN_TAGS,
  FORBIDDEN_ATTR,
  URL_ATTRS,
  srcsetUrls,
  isHttp,
  ENGINES,
} from '../../sanitize/xss-harness.js';

const snippet = (el: Element) => el.outerHTML.slice(0, 160);

const SVG = 'http://www.w3.org/2000/svg';
/** The widgets' own icons: an aria-hidden <svg> of <path d> only, nothing that could link or run. */
const isIcon = (node: Element): boolean => {
  const svg = node.localName === 'svg' ? node : node.closest('svg');
  return (
    !!svg &&
    svg.namespaceURI === SVG &&
    svg.getAttribute('aria-hidden') === 'true' &&
    [...svg.getAttributeNames()].every((name) => name === 'viewBox' || name === 'aria-hidden') &&
    [...svg.querySelectorAll('*')].every(
      (child) => child.localName === 'path' && child.getAttributeNames().every((name) => name === 'd'),
    )
  );
};
/** CSS that could fetch, run or escape: none of it may appear in a style attribute. */
const UNSAFE_CSS = /url\(|image(-set)?\(|expression\(|javascript:|@import|\\|</i;

/** Every element of `el`'s shadow DOM with the part `name`, nested shadow roots (the gallery's) included. */
const deepParts = (el: Element, name: string): HTMLElement[] =>
  [...deep(el.shadowRoot!)].filter((node): node is HTMLElement => node.matches(`[part~="${name}"]`));

/**
 * Everything in the element's shadow DOM (nested shadow roots included) that must not be there, in words.
 * The body part must hold the sanitiser's allowlist and nothing else. Outside it is the widgets' own
 * markup, where data can only be text and attribute values: there the dangerous elements and attributes
 * are forbidden too, except what the widgets render themselves — `class`, their buttons, the gallery's
 * lightbox <dialog> and the id of its description, aria-hidden icons and style attributes with plain
 * values (an aspect ratio).
 */
function problems(el: Element): string[] {
  const found: string[] = [];
  const body = part(el, 'body');
  for (const node of deep(el.shadowRoot!)) {
    const tag = node.localName;
    const inBody = !!body && node !== body && body.contains(node);
    const own = !inBody;
    const icon = own && isIcon(node);
    if (node.namespaceURI !== XHTML && !icon)
      found.push(`<${tag}> in namespace ${node.namespaceURI}: ${snippet(node)}`);
    const ownControl =
      own && ((tag === 'button' && node.getAttribute('type') === 'button') || tag === 'dialog');
    if (FORBIDDEN_TAGS.has(tag) && !ownControl && !icon)
      found.push(`forbidden element <${tag}>: ${snippet(node)}`);
    if (inBody && !ALLOWED_TAGS.has(tag))
      found.push(`<${tag}> in the body is outside the allowlist: ${snippet(node)}`);
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      const ownStyle = own && name === 'style' && !UNSAFE_CSS.test(attr.value);
      // The lightbox's description, which its dialog names: the one id the widgets write.
      const ownId =
        own && name === 'id' && node.closest('dialog')?.getAttribute('aria-describedby') === attr.value;
      if (FORBIDDEN_ATTR.test(name) && !(own && name === 'class') && !ownStyle && !ownId)
        found.push(`forbidden attribute ${attr.name}="${attr.value}" on <${tag}>: ${snippet(node)}`);
      if (inBody && !ALLOWED_ATTRS.has(name))
        found.push(`attribute ${attr.name} in the body is outside the allowlist: ${snippet(node)}`);
      if (attr.namespaceURI) found.push(`namespaced attribute ${attr.name}: ${snippet(node)}`);
      if (URL_ATTRS.has(name) && !isHttp(attr.value))
        found.push(`${attr.name} is not an absolute http(s) URL: ${snippet(node)}`);
      if (name === 'srcset')
        for (const url of srcsetUrls(attr.value))
          if (!isHttp(url))
            found.push(`srcset candidate ${JSON.stringify(url)} is not http(s): ${snippet(node)}`);
    }
    const target = node.getAttribute('target');
    if (
      tag === 'a' &&
      target &&
      !/^_(self|parent|top)$/i.test(target) &&
      !/\bnoopener\b/.test(node.getAttribute('rel') ?? '')
    )
      found.push(`a link opening ${target} without rel=noopener: ${snippet(node)}`);
  }
  // The light DOM gets at most the JSON-LD data block, and nothing else.
  for (const child of el.children)
    if (!(child instanceof HTMLScriptElement && child.type === 'application/ld+json'))
      found.push(`unexpected light DOM child: ${snippet(child)}`);
  return found;
}

const jsonLd = (el: Element) => el.querySelectorAll<HTMLScriptElement>(':scope > script');

// ---------------------------------------------------------------------------------------------------
// Rendering.

/** A page-defined customized built-in and an autonomous custom element, each counting when created. */
function defineGadgets() {
  if (!customElements.get('x-xss-gadget'))
    customElements.define(
      'x-xss-gadget',
      class extends HTMLElement {
        constructor() {
          super();
          probe.__hit();
        }
      },
      { extends: 'b' },
    );
  if (!customElements.get('x-xss-auto'))
    customElements.define(
      'x-xss-auto',
      class extends HTMLElement {
        constructor() {
          super();
          probe.__hit();
        }
      },
    );
}

let releases: (() => void)[] = [];

/** Renders an article, waits for its news-load (or `event`), and guards its navigation. */
async function mount(
  data: unknown,
  options: { event?: string; linkTarget?: string } = {},
): Promise<NewsArticleElement> {
  const el = await load<NewsArticleElement>(
    html`<news-article
      structured-data
      link-target=${options.linkTarget ?? nothing}
      .data=${data}
    ></news-article>`,
    options.event,
  );
  releases.push(guardNavigation(el.shadowRoot!));
  return el;
}

/** Gives images time to load or fail, and handlers on them time to run. */
const settle = () => sleep(500);

/** Interacts with every element of each shadow root, then waits for what that started. */
async function poke(...els: Element[]): Promise<void> {
  for (const el of els) await interact(el.shadowRoot!, 0);
  await sleep(250);
}

/** Both: what every test does before its checks. */
async function exercise(...els: Element[]): Promise<void> {
  await settle();
  await poke(...els);
}

const expectNothingRan = () => {
  expect(probe.__hits, 'stacks of the calls of __hit() / alert()').to.deep.equal([]);
  expect(probe.__xss, 'window.__xss').to.equal(0);
};

const expectClean = (...els: Element[]) => {
  for (const el of els)
    expect(problems(el), `shadow DOM: ${el.shadowRoot!.innerHTML.slice(0, 4000)}`).to.deep.equal([]);
};

/** Escapes a string for a double-quoted HTML attribute, so the body's parser sees the same string. */
const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Images in the test articles are small SVGs from the test server (never the network), so that they load
// and stay images (the gallery shows a placeholder for a photo that fails).
const IMG = (name: string) =>
  crossFault('json', {
    type: 'image/svg+xml',
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><desc>${name}</desc></svg>`,
  });

const minimal = (extra: Record<string, unknown> = {}) => ({
  id: 'xss',
  title: 'XSS vector',
  publishedAt: '2026-03-03T10:00:00Z',
  ...extra,
});

// ---------------------------------------------------------------------------------------------------
// The corpus.

/** Text vectors: each goes into every text field at once (and into the attribute-only text fields). */
const TEXT_VECTORS: string[] = [
  '<script>__hit()</script>',
  '<img src=x onerror=__hit()>',
  '<svg onload=__hit()>',
  '<body onload=__hit()>',
  '<details open ontoggle=__hit()>',
  '"><img src=x onerror=__hit()>',
  "'><img src=x onerror=__hit()>",
  '" onmouseover="__hit()" x="',
  '</script><script>__hit()</script>',
  '<iframe srcdoc="<script>parent.__hit()</script>"></iframe>',
  '<noscript><p title="</noscript><img src=x onerror=__hit()>">',
  '<svg><style><img src=x onerror=__hit()>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__hit()>',
  '&lt;img src=x onerror=__hit()&gt; &amp; &#106;avascript:__hit()',
  'javascript:__hit()',
  '<a href="javascript:__hit()">click</a>',
  "{{constructor.constructor('__hit()')()}} ${__hit()} #{__hit()}",
  '<!--<img src="--><img src=x onerror=__hit()//">',
  '<style>@import \'javascript:__hit()\';</style><p style="background:url(javascript:__hit())">',
  '<form action="javascript:__hit()"><button formaction="javascript:__hit()">go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__hit()"><base href="javascript:/">',
  '<img name=attachShadow><form id=shadowRoot></form>',
  '<template><img src=x onerror=__hit()></template><slot name=x></slot>',
  '<?lit$1234$><!--?lit$1234$-->lit$1234$',
  "Source #1 # $& $' $` \u2028\u2029 \u0000 \u202eRTL",
  '<object data="javascript:__hit()"></object><embed src="javascript:__hit()">',
  '<b is="x-xss-gadget">gadget</b><x-xss-auto>auto</x-xss-auto>',
];

const textArticle = (v: string) =>
  minimal({
    id: v,
    lang: v,
    title: v,
    summary: v,
    source: v,
    category: { name: v, url: 'https://news.example/category/' },
    // Tag names must differ (a repeated name is left out): the second, without a URL, renders as a span.
    tags: [{ name: v, url: 'https://news.example/tags/a/' }, { name: `no-link ${v}` }],
    photos: [
      { src: IMG('lead'), srcset: `${IMG('lead-640')} 640w`, sizes: v, alt: v, caption: v, credit: v },
      { src: IMG('more'), srcset: `${IMG('more-640')} 640w`, sizes: v, alt: v, caption: v, credit: v },
    ],
    translations: [
      { lang: 'az', title: v, url: 'https://news.example/az/' },
      { lang: v, title: v, url: 'https://news.example/xx/' },
    ],
    body: '<p>Body</p>',
  });

/** The feed `image` field is used only without photos: an article of its own. */
const imageArticle = (v: string) => minimal({ title: v, image: { src: IMG('image'), alt: v } });

interface UrlVector {
  name: string;
  url: string;
  /** true: the URL must be dropped; false: it must resolve to an http(s) URL. */
  dropped: boolean;
}

/** URL vectors: each goes into every URL field of the JSON, and into href/src/srcset/cite in the body. */
const URL_VECTORS: UrlVector[] = [
  { name: 'javascript:', url: 'javascript:__hit()', dropped: true },
  { name: 'JaVaScRiPt:', url: 'JaVaScRiPt:__hit()', dropped: true },
  { name: 'java<TAB>script:', url: 'java\tscript:__hit()', dropped: true },
  { name: 'java<LF>script:', url: 'java\nscript:__hit()', dropped: true },
  { name: 'leading space', url: ' javascript:__hit()', dropped: true },
  { name: 'leading C0 control', url: '\u0001javascript:__hit()', dropped: true },
  { name: 'leading NBSP', url: '\u00a0javascript:__hit()', dropped: true },
  { name: 'leading U+2028', url: '\u2028javascript:__hit()', dropped: true },
  { name: 'javascript: with //comment', url: 'javascript://news.example/%0a__hit()', dropped: true },
  { name: 'data:text/html', url: 'data:text/html,<script>parent.__hit()</script>', dropped: true },
  {
    name: 'data:text/html;base64',
    url: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19oaXQoKTwvc2NyaXB0Pg==',
    dropped: true,
  },
  { name: 'data:image/svg+xml', url: 'data:image/svg+xml,<svg onload=parent.__hit()>', dropped: true },
  { name: 'vbscript:', url: 'vbscript:msgbox(1)', dropped: true },
  { name: 'blob:', url: 'blob:https://news.example/0000', dropped: true },
  { name: 'file:', url: 'file:///etc/passwd', dropped: true },
  { name: 'about:', url: 'about:blank', dropped: true },
  // In JSON there are no character references: these are relative paths, which resolve to http(s).
  { name: 'java&#x09;script: (no entities in JSON)', url: 'java&#x09;script:__hit()', dropped: false },
  { name: '&#106;avascript: (no entities in JSON)', url: '&#106;avascript:__hit()', dropped: false },
  { name: 'javascript&colon; (no entities in JSON)', url: 'javascript&colon;__hit()', dropped: false },
  { name: 'quote breakout', url: 'https://news.example/" onmouseover="__hit()', dropped: false },
  { name: 'protocol-relative', url: '//evil.example/x', dropped: false },
];

const urlArticle = (u: string) =>
  minimal({
    url: u,
    category: { name: 'url-category', url: u },
    tags: [
      { name: 'bad-tag', url: u },
      { name: 'good-tag', url: 'https://news.example/tags/good/' },
    ],
    photos: [
      { src: u, alt: 'bad-src' },
      { src: IMG('1'), srcset: `${u} 2x`, alt: 'bad-srcset' },
      { src: IMG('2'), srcset: `${IMG('2-640')} 640w, ${u} 1280w`, alt: 'mixed-srcset' },
    ],
    translations: [
      { lang: 'az', title: 'bad-translation', url: u },
      { lang: 'ru', title: 'good-translation', url: 'https://news.example/ru/' },
    ],
    body:
      `<p><a href="${attr(u)}">body-link</a> <img src="${attr(u)}" alt="body-img">` +
      ` <img src="${attr(IMG('3'))}" srcset="${attr(u)} 2x" alt="body-srcset"></p>` +
      `<blockquote cite="${attr(u)}">quote</blockquote>`,
  });

const urlImageArticle = (u: string) => minimal({ title: 'url-image', image: { src: u, alt: 'bad-image' } });

/** Body vectors: HTML for the body, with an optional check of what the sanitised body must look like. */
interface BodyVector {
  name: string;
  body: string;
  check?: (body: HTMLElement) => void;
}

const inertLink = (text: string) => (body: HTMLElement) => {
  const link = [...body.querySelectorAll('a')].find((a) => a.textContent === text);
  expect(link, `link "${text}" keeps its text`).to.exist;
  expect(link!.hasAttribute('href'), `link "${text}" has no href`).to.equal(false);
};
const noImages = (body: HTMLElement) => expect(body.querySelectorAll('img')).to.have.length(0);

const BODY_VECTORS: BodyVector[] = [
  { name: 'script', body: '<p>a</p><script>__hit()</script>' },
  { name: 'img onerror', body: '<img src=x onerror=__hit()>' },
  { name: 'img onerror with alt kept', body: '<img src="x" onerror="__hit()" alt="ok">' },
  { name: 'svg onload', body: '<svg onload=__hit()>' },
  { name: 'body onload', body: '<body onload=__hit()>' },
  {
    name: 'frameset onload (the rest of the body still renders)',
    body: '<p>a</p><frameset onload=__hit()><frame src="javascript:parent.__hit()">',
    check: (body) => expect(body.querySelector('p')?.textContent).to.equal('a'),
  },
  { name: 'details open ontoggle', body: '<details open ontoggle=__hit()>x</details>' },
  { name: 'onclick on a link', body: '<p><a href="https://news.example/" onclick="__hit()">x</a></p>' },
  { name: 'input autofocus onfocus', body: '<input autofocus onfocus=__hit()>' },
  { name: 'marquee onstart', body: '<marquee onstart=__hit()>x</marquee>' },
  {
    name: 'video/audio onerror',
    body: '<video><source onerror=__hit()></video><audio src=x onerror=__hit()>',
  },
  { name: 'a href javascript:', body: '<a href="javascript:__hit()">a</a>', check: inertLink('a') },
  { name: 'a href JaVaScRiPt:', body: '<a href="JaVaScRiPt:__hit()">a</a>', check: inertLink('a') },
  {
    name: 'a href java&#x09;script:',
    body: '<a href="java&#x09;script:__hit()">a</a>',
    check: inertLink('a'),
  },
  { name: 'a href java<TAB>script:', body: '<a href="java\tscript:__hit()">a</a>', check: inertLink('a') },
  {
    name: 'a href jav&#x0A;ascript:',
    body: '<a href="jav&#x0A;ascript:__hit()">a</a>',
    check: inertLink('a'),
  },
  { name: 'a href leading space', body: '<a href=" javascript:__hit()">a</a>', check: inertLink('a') },
  {
    name: 'a href leading C0 control',
    body: '<a href="\u0001javascript:__hit()">a</a>',
    check: inertLink('a'),
  },
  { name: 'a href &#106;avascript:', body: '<a href="&#106;avascript:__hit()">a</a>', check: inertLink('a') },
  {
    name: 'a href fully encoded javascript:',
    body: '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__hit()">a</a>',
    check: inertLink('a'),
  },
  {
    name: 'a href javascript&colon;',
    body: '<a href="javascript&colon;__hit()">a</a>',
    check: inertLink('a'),
  },
  {
    name: 'a href data:text/html',
    body: '<a href="data:text/html,&lt;script&gt;parent.__hit()&lt;/script&gt;">a</a>',
    check: inertLink('a'),
  },
  {
    name: 'a href data:text/html;base64',
    body: '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19oaXQoKTwvc2NyaXB0Pg==">a</a>',
    check: inertLink('a'),
  },
  { name: 'a href vbscript:', body: '<a href="vbscript:msgbox(1)">a</a>', check: inertLink('a') },
  {
    name: 'img src javascript:, srcset javascript:, mixed srcset',
    body:
      '<img src="javascript:__hit()" alt="one"><img srcset="javascript:__hit() 1x" alt="two">' +
      `<img src="${attr(IMG('b'))}" srcset="${attr(IMG('b-1'))} 1x, javascript:__hit() 2x" alt="three">`,
    check: (body) => {
      const imgs = [...body.querySelectorAll('img')];
      expect(imgs.map((img) => img.alt)).to.deep.equal(['three']);
      expect(imgs[0]!.getAttribute('srcset')).to.equal(`${IMG('b-1')} 1x`);
    },
  },
  {
    name: 'img src data:image/svg+xml',
    body: '<img src="data:image/svg+xml,&lt;svg onload=parent.__hit()&gt;">',
    check: noImages,
  },
  {
    name: 'cite javascript: / data:',
    body: '<blockquote cite="javascript:__hit()">q</blockquote><q cite="data:text/html,x">q</q>',
    check: (body) => expect(body.querySelectorAll('[cite]')).to.have.length(0),
  },
  { name: 'form action javascript:', body: '<form action="javascript:__hit()"><button>go</button></form>' },
  {
    name: 'button / input formaction',
    body: '<button formaction="javascript:__hit()">go</button><input type=image formaction="javascript:__hit()" src=x>',
  },
  { name: 'meta refresh', body: '<meta http-equiv="refresh" content="0;url=javascript:__hit()">' },
  { name: 'base href javascript:', body: '<base href="javascript:/"><a href="/__hit()">a</a>' },
  { name: 'style attribute url(javascript:)', body: '<p style="background:url(javascript:__hit())">x</p>' },
  { name: 'style @import javascript:', body: "<style>@import 'javascript:__hit()';</style><p>x</p>" },
  { name: 'table background', body: '<table background="javascript:__hit()"><tr><td>x</td></tr></table>' },
  { name: 'object data', body: '<object data="javascript:__hit()"></object>' },
  { name: 'embed src', body: '<embed src="javascript:__hit()">' },
  { name: 'iframe srcdoc', body: '<iframe srcdoc="<script>parent.__hit()</script>"></iframe>' },
  { name: 'iframe src javascript:', body: '<iframe src="javascript:parent.__hit()"></iframe>' },
  { name: 'svg style img (namespace confusion)', body: '<svg><style><img src=x onerror=__hit()>' },
  {
    name: 'math mtext table mglyph style img',
    body: '<math><mtext><table><mglyph><style><img src=x onerror=__hit()>',
  },
  {
    name: 'svg </p> style a id breakout',
    body: '<svg></p><style><a id="</style><img src=1 onerror=__hit()>">',
  },
  {
    name: 'form math mtext mglyph style (nesting mXSS)',
    body: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__hit()>',
  },
  { name: 'svg a xlink:href', body: '<svg><a xlink:href="javascript:__hit()"><text>x</text></a></svg>' },
  { name: 'math href', body: '<math href="javascript:__hit()">x</math>' },
  {
    name: 'noscript breakout',
    body: '<noscript><p title="</noscript><img src=x onerror=__hit()>"></noscript>',
  },
  { name: 'xmp breakout', body: '<xmp><p title="</xmp><img src=x onerror=__hit()>"></xmp>' },
  {
    name: 'textarea breakout',
    body: '<textarea><p title="</textarea><img src=x onerror=__hit()>"></textarea>',
  },
  { name: 'style breakout', body: '<style><p title="</style><img src=x onerror=__hit()>"></style>' },
  { name: 'title breakout', body: '<title><p title="</title><img src=x onerror=__hit()>"></title>' },
  { name: 'noembed breakout', body: '<noembed><p title="</noembed><img src=x onerror=__hit()>"></noembed>' },
  { name: 'iframe breakout', body: '<iframe><p title="</iframe><img src=x onerror=__hit()>"></iframe>' },
  { name: 'comment breakout', body: '<!--<img src="--><img src=x onerror=__hit()//">' },
  { name: 'attribute value with markup', body: '<p title="&quot;><img src=x onerror=__hit()>">t</p>' },
  { name: 'template and slot', body: '<template><img src=x onerror=__hit()></template><slot name=x></slot>' },
  {
    name: 'declarative shadow root',
    body: '<div><template shadowrootmode="open"><img src=x onerror=__hit()></template></div>',
  },
  { name: 'select template', body: '<select><template><img src=x onerror=__hit()></template></select>' },
  {
    name: 'DOM clobbering: img name=attachShadow, form id',
    body: '<img name=attachShadow src=x><img id=getElementById src=x><form id=querySelector></form><a id=__hit href=https://news.example/>x</a>',
  },
  { name: 'customized built-in of the page (is=)', body: '<b is="x-xss-gadget">gadget</b>' },
  { name: 'autonomous custom element of the page', body: '<x-xss-auto>auto</x-xss-auto>' },
  {
    name: 'part / exportparts / slot / tabindex attributes',
    body: '<p part="share" exportparts="x" slot="y" tabindex="1" popover contenteditable>x</p>',
  },
  { name: 'link target without rel', body: '<a href="https://evil.example/" target="_blank">x</a>' },
  // The issue's reproductions: these ran through the hand-written walk that DOM clobbering fooled.
  ...ISSUE_VECTORS.map(({ name, body }) => ({
    name,
    body,
    check: body.includes('<p>b</p>')
      ? (part_: HTMLElement) => expect(part_.textContent).to.equal('ab')
      : undefined,
  })),
];

// ---------------------------------------------------------------------------------------------------

for (const engine of ENGINES)
  describe(`<news-article> XSS corpus (${engine})`, () => {
    let warn: SinonStub;
    let write: SinonStub;

    before(defineGadgets);
    // Every element holds the page's sanitiser, which this makes DOMPurify (or gives back to the Sanitizer API).
    before(() => forceFallback(engine === 'dompurify'));
    after(() => forceFallback(false));
    beforeEach(() => {
      resetAll();
      arm();
      releases = [];
      // Bad entries are reported with console.warn; the share button copies the link.
      warn = sinon.stub(console, 'warn');
      write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    });
    afterEach(() => {
      for (const release of releases) release();
      warn.restore();
      write.restore();
      disarm();
      resetAll();
    });

    it(`has at least 50 vectors (${TEXT_VECTORS.length} text, ${URL_VECTORS.length} URL, ${BODY_VECTORS.length} body)`, () => {
      expect(TEXT_VECTORS.length + URL_VECTORS.length + BODY_VECTORS.length).to.be.at.least(50);
    });

    it(`sanitises article bodies with ${engine === 'dompurify' ? 'DOMPurify' : 'the HTML Sanitizer API, not DOMPurify'}`, async () => {
      expect((await loadSanitizer()).engine).to.equal(engine);
      // DOMPurify parses the string with DOMParser; setHTML does not use it.
      const parse = sinon.spy(DOMParser.prototype, 'parseFromString');
      try {
        const el = await mount(minimal({ body: '<p>a<img src=x onerror=__hit()></p>' }));
        expect(part(el, 'body')!.querySelector('p')!.textContent).to.equal('a');
        expect(parse.called).to.equal(engine === 'dompurify');
      } finally {
        parse.restore();
      }
    });

    describe('positive controls (the harness can fail)', () => {
      it('counts unsanitised markup put into the rendered body: onerror on load, then a javascript: link and a handler on interaction', async () => {
        const el = await mount(minimal({ body: '<p>ok</p>' }));
        const template = document.createElement('template');
        template.innerHTML =
          '<img src=x onerror="__hit()"><a href="javascript:__hit()">x</a><b onmouseover="__hit()">y</b>';
        part(el, 'body')!.append(document.importNode(template.content, true));
        await sleep(500);
        // The image failed to load.
        expect(probe.__xss).to.equal(1);
        await interact(el.shadowRoot!, 250);
        // onerror again (the harness sends error), the link's javascript: URL and onmouseover.
        expect(probe.__xss).to.equal(4);
        const found = problems(el);
        expect(found.some((p) => p.startsWith('forbidden attribute onerror'))).to.equal(true);
        expect(found.some((p) => p.startsWith('href is not an absolute http(s) URL'))).to.equal(true);
        expect(found.some((p) => p.startsWith('forbidden attribute onmouseover'))).to.equal(true);
      });

      it('counts a page-defined custom element created from unsanitised markup', async () => {
        const el = await mount(minimal({ body: '<p>ok</p>' }));
        const template = document.createElement('template');
        template.innerHTML = '<b is="x-xss-gadget">a</b><x-xss-auto>b</x-xss-auto>';
        part(el, 'body')!.append(document.importNode(template.content, true));
        expect(probe.__xss).to.equal(2);
      });

      it('sees text that was parsed as HTML', async () => {
        const el = await mount(minimal({ title: 'plain' }));
        part(el, 'title')!.innerHTML = '<img src=x>';
        expect(part(el, 'title')!.textContent).not.to.equal('<img src=x>');
        expect(part(el, 'title')!.children).to.have.length(1);
      });
    });

    describe('text fields: title, summary, category, tags, source, photo alt/caption/credit/sizes, translation titles and lang, lang, id', () => {
      for (const v of TEXT_VECTORS) {
        it(`renders ${JSON.stringify(v)} as text everywhere and runs nothing`, async () => {
          const el = await mount(textArticle(v));
          const plain = await mount(imageArticle(v));
          await exercise(el, plain);
          expectNothingRan();
          expectClean(el, plain);

          const textOf = (name: string) => part(el, name)!.textContent;
          expect(textOf('title')).to.equal(v);
          expect(part(el, 'title')!.children, 'title has no child elements').to.have.length(0);
          expect(textOf('summary')).to.equal(v);
          expect(part(el, 'summary')!.children).to.have.length(0);
          expect(textOf('category')).to.equal(v);
          expect(part(el, 'category')!.children).to.have.length(0);
          expect(textOf('source')).to.equal(`Source: ${v}`);
          // The source's name is the one element in it, in the article's language, holding text only.
          const name = [...part(el, 'source')!.children];
          expect(name.map((node) => node.localName)).to.deep.equal(['span']);
          expect(name[0]!.textContent).to.equal(v);
          expect(name[0]!.children).to.have.length(0);
          const tags = parts(el, 'tag');
          expect(tags.map((t) => t.localName)).to.deep.equal(['a', 'span']);
          expect(tags.map((t) => t.textContent)).to.deep.equal([v, `no-link ${v}`]);
          for (const tag of tags) expect(tag.children).to.have.length(0);
          // The lead photo is the article's own figure; the others are in the <photo-gallery> (whose
          // lightbox the harness opened and closed): captions, credits, alt text everywhere.
          const captions = deepParts(el, 'caption');
          const credits = deepParts(el, 'credit');
          expect(captions.length).to.be.at.least(2);
          expect(credits.length).to.be.at.least(2);
          for (const node of [...captions, ...credits, ...deepParts(el, 'placeholder')]) {
            expect(node.textContent).to.equal(v);
            expect(node.children).to.have.length(0);
          }
          // A photo shows as an <img> with the alt text, or (the gallery, once its image failed — the harness
          // sends error events) as a placeholder with the alt text as its text.
          const images = [...deep(el.shadowRoot!)].filter(
            (node): node is HTMLImageElement =>
              node instanceof HTMLImageElement && !part(el, 'body')!.contains(node),
          );
          expect(images.length + deepParts(el, 'placeholder').length).to.be.at.least(2);
          for (const img of images) expect(img.getAttribute('alt')).to.equal(v);
          expect(part(el, 'lead')!.querySelector('img')!.getAttribute('sizes')).to.equal(v);
          expect(part(plain, 'image')!.getAttribute('alt')).to.equal(v);
          const translations = parts(el, 'translation');
          expect(translations).to.have.length(2);
          for (const t of translations) {
            const hidden = t.querySelector('.vh')!;
            expect(hidden.textContent).to.equal(`: ${v}`);
            expect(hidden.children).to.have.length(0);
          }
          expect(translations[1]!.getAttribute('lang')).to.equal(v);
          expect(translations[1]!.getAttribute('hreflang')).to.equal(v);
          // The article's language, as an attribute value on its content (the article keeps the element's).
          for (const name of ['title', 'summary', 'body', 'category'])
            expect(part(el, name)!.getAttribute('lang'), name).to.equal(v);
          expect(part(el, 'article')!.hasAttribute('lang')).to.equal(false);

          // The JSON-LD block in the light DOM: one data block, no "<", the same strings back.
          const scripts = jsonLd(el);
          expect(scripts).to.have.length(1);
          const script = scripts[0]!;
          expect(script.type).to.equal('application/ld+json');
          expect(script.textContent).not.to.contain('<');
          const data = JSON.parse(script.textContent!);
          expect(data.headline).to.equal(v);
          expect(data.description).to.equal(v);
          expect(data.articleSection).to.equal(v);
          expect(data.keywords).to.equal(`${v}, no-link ${v}`);
          expect(data.author).to.deep.equal({ '@type': 'Organization', name: v });
          expect(data.inLanguage).to.equal(v);
        });
      }
    });

    describe('URL fields: url, category.url, tags[].url, photos[].src/srcset, translations[].url, image.src, and body href/src/srcset/cite', () => {
      for (const { name, url, dropped } of URL_VECTORS) {
        it(`${dropped ? 'drops' : 'resolves to http(s)'}: ${name} ${JSON.stringify(url)}`, async () => {
          const el = await mount(urlArticle(url));
          const image = await mount(urlImageArticle(url));
          // The URL checks come before the interaction, which makes the gallery swap failed images for
          // placeholders; the checks that nothing ran and nothing dangerous is there, after it too.
          await settle();
          expectNothingRan();
          expectClean(el, image);

          const category = part(el, 'category')!;
          const tags = parts(el, 'tag');
          const badTag = tags.find((t) => t.textContent === 'bad-tag')!;
          const goodTag = tags.find((t) => t.textContent === 'good-tag')!;
          expect(goodTag.localName).to.equal('a');
          const body = part(el, 'body')!;
          // Photos: the lead one in the article, the others in the gallery (grid and, once opened, lightbox).
          const photoImages = [...deep(el.shadowRoot!)].filter(
            (node): node is HTMLImageElement => node instanceof HTMLImageElement && !body.contains(node),
          );
          const alts = [
            ...new Set([
              ...photoImages.map((img) => img.alt),
              ...deepParts(el, 'placeholder').map((p) => p.textContent),
            ]),
          ];
          const byAlt = (alt: string) => photoImages.filter((img) => img.alt === alt);
          const translationTitles = parts(el, 'translation').map((t) => t.querySelector('.vh')!.textContent);
          const bodyLink = [...body.querySelectorAll('a')].find((a) => a.textContent === 'body-link')!;
          const bodyImg = body.querySelector<HTMLImageElement>('img[alt="body-img"]');
          const bodySrcset = body.querySelector<HTMLImageElement>('img[alt="body-srcset"]')!;
          const quote = body.querySelector('blockquote')!;
          const data = JSON.parse(jsonLd(el)[0]!.textContent!);

          if (dropped) {
            // Links become inert spans; images with only this URL are left out; srcset candidates go.
            expect(category.localName).to.equal('span');
            expect(category.hasAttribute('href')).to.equal(false);
            expect(badTag.localName).to.equal('span');
            expect(badTag.hasAttribute('href')).to.equal(false);
            expect(translationTitles).to.deep.equal([': good-translation']);
            expect(part(el, 'share')).to.equal(null);
            expect(data.url).to.equal(undefined);
            expect(alts).to.deep.equal(['bad-srcset', 'mixed-srcset']);
            expect(byAlt('bad-srcset')).not.to.be.empty;
            for (const img of byAlt('bad-srcset')) {
              expect(img.hasAttribute('srcset')).to.equal(false);
              expect(img.hasAttribute('sizes')).to.equal(false);
            }
            expect(byAlt('mixed-srcset')).not.to.be.empty;
            for (const img of byAlt('mixed-srcset'))
              expect(img.getAttribute('srcset')).to.equal(`${IMG('2-640')} 640w`);
            expect(part(image, 'image')).to.equal(null);
            expect(part(image, 'lead')).to.equal(null);
            expect(bodyLink.hasAttribute('href')).to.equal(false);
            expect(bodyImg).to.equal(null);
            expect(bodySrcset.hasAttribute('srcset')).to.equal(false);
            expect(quote.hasAttribute('cite')).to.equal(false);
          } else {
            const resolved = new URL(url, document.baseURI).href;
            expect(category.localName).to.equal('a');
            expect(category.getAttribute('href')).to.equal(resolved);
            expect(badTag.localName).to.equal('a');
            expect(badTag.getAttribute('href')).to.equal(resolved);
            expect(translationTitles).to.deep.equal([': bad-translation', ': good-translation']);
            expect(parts(el, 'translation')[0]!.getAttribute('href')).to.equal(resolved);
            expect(part(el, 'share')).to.exist;
            expect(data.url).to.equal(resolved);
            expect(alts).to.deep.equal(['bad-src', 'bad-srcset', 'mixed-srcset']);
            for (const img of byAlt('bad-src')) expect(img.getAttribute('src')).to.equal(resolved);
            expect(byAlt('bad-src')).not.to.be.empty;
            expect(part(image, 'image')!.getAttribute('src')).to.equal(resolved);
            expect(bodyLink.getAttribute('href')).to.equal(resolved);
            expect(bodyImg!.getAttribute('src')).to.equal(resolved);
            expect(quote.getAttribute('cite')).to.equal(resolved);
          }

          await poke(el, image);
          expectNothingRan();
          expectClean(el, image);
        });
      }
    });

    describe('body HTML', () => {
      for (const { name, body, check } of BODY_VECTORS) {
        it(`${name}: ${JSON.stringify(body.slice(0, 80))}`, async () => {
          const el = await mount(minimal({ body }));
          await exercise(el);
          expectNothingRan();
          expectClean(el);
          const part_ = part(el, 'body')!;
          expect(part_.getAttribute('part')).to.equal('body');
          check?.(part_);
        });
      }

      it('all body vectors at once, with link-target="_blank": nothing runs, every new-window link has rel=noopener', async () => {
        const el = await mount(minimal({ body: BODY_VECTORS.map((v) => v.body).join('\n') }), {
          linkTarget: '_blank',
        });
        await exercise(el);
        expectNothingRan();
        expectClean(el);
        const links = [...el.shadowRoot!.querySelectorAll('a[target]')];
        expect(links.length).to.be.greaterThan(0);
        for (const link of links) expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      });
    });

    describe(`DOM clobbering: forms with controls named after ${CLOBBERED.length} DOM properties`, () => {
      // One article per shape of vector, with that shape for every property (clobbering-vectors.ts).
      for (let shape = 0; shape < 4; shape++) {
        const vectors = CLOBBERING_VECTORS.filter((_, i) => i % 4 === shape);
        it(`${vectors[0]!.name.replace(CLOBBERED[0]!, '…')}: nothing runs, and the body after each form is there`, async () => {
          const el = await mount(minimal({ body: vectors.map((v) => v.body).join('\n') }), {
            linkTarget: '_blank',
          });
          await exercise(el);
          expectNothingRan();
          expectClean(el);
          const body = part(el, 'body')!;
          expect(body.querySelector('form, input, button, select, textarea, iframe, [is]')).to.equal(null);
          // Every vector's payload ends with a link the sanitiser keeps unless a form took it along.
          const kept = vectors.filter(
            (v) => v.body.lastIndexOf('news.example/ok') > v.body.lastIndexOf('</form>'),
          );
          expect(body.querySelectorAll('a[href="https://news.example/ok"]').length).to.be.at.least(
            kept.length,
          );
        });
      }
    });

    describe('an invalid article', () => {
      it('shows the error as text: hostile id, title and dates run nothing', async () => {
        const v = '<img src=x onerror=__hit()>';
        const el = await mount(
          { id: v, title: v, publishedAt: v, updatedAt: v, body: v },
          { event: 'news-error' },
        );
        await exercise(el);
        expectNothingRan();
        expectClean(el);
        expect(part(el, 'error')).to.exist;
        expect(part(el, 'error-detail')).to.equal(null);
        expect(part(el, 'error')!.textContent).not.to.contain('onerror');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      });
    });
  });
