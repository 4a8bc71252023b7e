// What a page we do not control did before the widgets' bundle loaded: a classic script, configured by
// its own tag's data attributes, every one optional:
//
//   data-proto="fields"   Object.prototype gets the names of the widgets' data and settings (url, title,
//                         items, baseUrl, linkTarget, src, href, innerHTML, …) with javascript: URLs,
//                         HTML with handlers and links to evil.example as values.
//   data-proto="body"     Object.prototype.body alone (a name pages use, and a member of fetch()'s init).
//   data-arrays           Array.prototype gets enumerable methods, the way Prototype.js and MooTools did.
//   data-map="wrap"       Array.prototype.map wrapped by a logger that calls the original.
//   data-map="polyfill"   Array.prototype.map replaced by the old ES3 polyfill (MDN's), no species.
//   data-fetch="log"      window.fetch wrapped by a logger that returns the original promise.
//   data-fetch="json"     the same, and every Response's json() (its own and the prototype's) answers
//                         with a feed of the page's choosing.
//   data-json="reviver"   JSON.parse wrapped with a reviver that adds a `polluted` key to every object.
//
// Every string the page plants contains POLLUTED, every URL points at evil.example, and every script it
// plants bumps window.__xss, so the test can tell if any of it was shown, linked or run.
(function () {
  'use strict';
  var options = document.currentScript.dataset;
  var proto = options.proto;
  var arrays = options.arrays !== undefined;
  var mapMode = options.map;
  var fetchMode = options.fetch;
  var jsonMode = options.json;
  var XSS = 'window.__xss=(window.__xss||0)+1';
  var log = (window.__hostile = { mapCalls: 0, fetchCalls: 0, fetched: [], jsonPatched: 0, parseCalls: 0 });

  var evilFeed = {
    title: 'POLLUTED feed',
    items: [
      {
        id: 'POLLUTED',
        title: 'POLLUTED item <img src=x onerror="' + XSS + '">',
        publishedAt: '2026-03-03T15:00:00+04:00',
        url: 'https://evil.example/POLLUTED-json',
      },
    ],
  };

  if (proto === 'fields') {
    var values = {
      url: 'javascript:' + XSS + '//POLLUTED',
      href: 'https://evil.example/POLLUTED-href',
      src: 'https://evil.example/POLLUTED-src.png',
      srcset: 'https://evil.example/POLLUTED-srcset.png 2x',
      title: 'POLLUTED title <img src=x onerror="' + XSS + '">',
      name: 'POLLUTED name',
      summary: 'POLLUTED summary',
      source: 'POLLUTED source',
      caption: 'POLLUTED caption',
      credit: 'POLLUTED credit',
      alt: 'POLLUTED alt',
      id: 'POLLUTED-id',
      count: 666,
      innerHTML: '<img src=x onerror="' + XSS + '">POLLUTED innerHTML',
      items: evilFeed.items,
      tags: [{ name: 'POLLUTED tag', url: 'https://evil.example/POLLUTED-tag' }],
      photos: [{ src: 'https://evil.example/POLLUTED-photo.png', alt: 'POLLUTED photo' }],
      translations: [{ lang: 'xx', title: 'POLLUTED translation', url: 'https://evil.example/POLLUTED-tr' }],
      image: { src: 'https://evil.example/POLLUTED-image.png', alt: 'POLLUTED image' },
      category: { name: 'POLLUTED category', url: 'https://evil.example/POLLUTED-category' },
      baseUrl: 'https://evil.example/POLLUTED/',
      linkTarget: 'POLLUTED_target',
      linkParams: 'POLLUTED=1',
      locale: 'POLLUTED',
      timeZone: 'POLLUTED/Zone',
      polluted: 'POLLUTED',
    };
    Object.keys(values).forEach(function (key) {
      Object.prototype[key] = values[key];
    });
  } else if (proto === 'body') {
    Object.prototype.body = '<img src=x onerror="' + XSS + '">POLLUTED body';
  }

  if (arrays) {
    Array.prototype.each = function (fn) {
      for (var i = 0; i < this.length; i++) fn(this[i], i);
    };
    Array.prototype.first = function () {
      return this[0];
    };
    Array.prototype.polluted = 'POLLUTED array';
  }

  var originalMap = Array.prototype.map;
  if (mapMode === 'wrap') {
    Array.prototype.map = function map(callback, thisArg) {
      log.mapCalls++;
      return originalMap.call(this, callback, thisArg);
    };
  } else if (mapMode === 'polyfill') {
    Array.prototype.map = function (callback, thisArg) {
      log.mapCalls++;
      if (this == null) throw new TypeError('this is null or not defined');
      var O = Object(this);
      var len = O.length >>> 0;
      if (typeof callback !== 'function') throw new TypeError(callback + ' is not a function');
      var A = new Array(len);
      for (var k = 0; k < len; k++) {
        if (k in O) A[k] = callback.call(thisArg, O[k], k, O);
      }
      return A;
    };
  }

  if (fetchMode === 'log' || fetchMode === 'json') {
    var originalFetch = window.fetch;
    var patchJson = function () {
      log.jsonPatched++;
      return Promise.resolve(JSON.parse(JSON.stringify(evilFeed)));
    };
    window.fetch = function fetch(input) {
      log.fetchCalls++;
      log.fetched.push(String(input && input.url ? input.url : input));
      var promise = originalFetch.apply(this, arguments);
      if (fetchMode !== 'json') return promise;
      return promise.then(function (response) {
        response.json = patchJson;
        return response;
      });
    };
    if (fetchMode === 'json') Response.prototype.json = patchJson;
  }

  if (jsonMode === 'reviver') {
    var originalParse = JSON.parse;
    JSON.parse = function parse(text, reviver) {
      log.parseCalls++;
      return originalParse.call(JSON, text, function (key, value) {
        if (value && typeof value === 'object' && !Array.isArray(value)) value.polluted = 'POLLUTED reviver';
        return typeof reviver === 'function' ? reviver.call(this, key, value) : value;
      });
    };
  }
})();
