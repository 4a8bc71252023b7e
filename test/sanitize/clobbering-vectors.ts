// DOM-clobbering vectors: a <form>'s controls (and its images) named after a DOM property shadow that
// property on the form, so code that walks a tree through `form.firstChild`, `form.localName` or
// `form.getAttribute` reads an element instead, and skips, unwraps or keeps nodes it never cleaned. One set
// of vectors per property that the sanitisers, the steps after them or a tree walk read, each followed
// (and in some, wrapped) by what must never run: an <img onerror>, a javascript: link, an <iframe srcdoc>,
// a customized built-in of the page. Shared by test/sanitize/clobbering.test.ts, paths.test.ts and the
// article corpus (test/components/news-article/xss.test.ts).

/** The DOM properties read by a tree walk, the sanitisers and the steps after them. */
export const CLOBBERED = (
  'firstChild lastChild nextSibling previousSibling parentNode parentElement childNodes children ' +
  'firstElementChild lastElementChild nextElementSibling nodeType nodeName localName tagName namespaceURI ' +
  'attributes getAttribute setAttribute removeAttribute hasAttribute getAttributeNames getAttributeNode ' +
  'removeAttributeNode hasAttributes hasChildNodes querySelector querySelectorAll replaceWith remove ' +
  'removeChild insertBefore appendChild append replaceChildren cloneNode ownerDocument textContent ' +
  'innerHTML outerHTML nodeValue contains isConnected shadowRoot content id name className matches ' +
  'closest setHTML attachShadow'
).split(' ');

/** What must never run, after (or inside) each clobbering form. */
export const PAYLOAD =
  '<img src="x" onerror="__hit()"><a href="javascript:__hit()">js</a>' +
  '<iframe srcdoc="<script>parent.__hit()</script>"></iframe><b is="x-xss-gadget">gadget</b>' +
  '<p><a href="https://news.example/ok" onclick="__hit()">ok</a></p>';

export interface ClobberingVector {
  name: string;
  body: string;
}

/** Four shapes per property: controls before the payload, around it, every kind of named control, nested. */
export const CLOBBERING_VECTORS: ClobberingVector[] = CLOBBERED.flatMap((p) => [
  {
    name: `form with controls named ${p}, then the payload`,
    body: `<form><input name="${p}"><button name="${p}">b</button></form>${PAYLOAD}`,
  },
  {
    name: `the payload inside a form with a control named ${p}`,
    body: `<div><form id="${p}"><input name="${p}">${PAYLOAD}</form></div>${PAYLOAD}`,
  },
  {
    name: `every kind of form control and image named ${p}`,
    body:
      `<form name="${p}"><img name="${p}" src="x" onerror="__hit()"><select name="${p}"><option>o</option></select>` +
      `<textarea name="${p}">t</textarea><object name="${p}"></object><fieldset name="${p}"></fieldset>` +
      `<output name="${p}"></output><input type="image" name="${p}" src="x" onerror="__hit()">` +
      `<input name="${p}"></form>${PAYLOAD}`,
  },
  {
    name: `clobbering in a table and a kept element, ${p}`,
    body:
      `<p><b><form><input name="${p}"></form>${PAYLOAD}</b></p>` +
      `<table><tr><td><form><input name="${p}"><input name="${p}"></form>${PAYLOAD}</td></tr></table>`,
  },
]);

/**
 * The issue's reproductions: what ran inside <news-article> through the hand-written walk that read
 * `firstChild`, `nextSibling` and `localName` from the nodes themselves.
 */
export const ISSUE_VECTORS: ClobberingVector[] = [
  {
    name: 'issue: img onerror after a form whose control is named nextSibling',
    body: '<p>a</p><form><input name="nextSibling"></form><img src="x" onerror="__hit()"><p>b</p>',
  },
  {
    name: 'issue: javascript: link after a form whose control is named nextSibling',
    body: '<form><input name="nextSibling"></form><a href="javascript:__hit()">click</a>',
  },
  {
    name: 'issue: iframe srcdoc after a form whose control is named nextSibling',
    body: '<form><input name="nextSibling"></form><iframe srcdoc="<script>parent.__hit()</script>"></iframe>',
  },
  {
    name: 'issue: form whose localName and childNodes are controls, wrapping the payload',
    body: `<form><input name="localName"><input name="childNodes">${PAYLOAD}</form>`,
  },
  {
    name: 'issue: form whose firstChild is a control',
    body: `<div><form><input name="firstChild">${PAYLOAD}</form></div>`,
  },
  {
    name: 'issue: form whose nodeType and attributes are controls',
    body: `<form onmouseover="__hit()"><input name="nodeType"><input name="attributes">${PAYLOAD}</form>`,
  },
];
