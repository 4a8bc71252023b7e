// The CDN build's minifier of Lit `html` templates (minifyHtml in scripts/build.js): exact output on
// small samples, and on every template in src/ the same template to Lit as before, parsed by Chromium:
// the same bound attributes and the same DOM, but for white space with a line break in text, which CSS
// renders as one space anyway. Needs no build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _$LH } from 'lit-html/private-ssr-support.js';
import ts from 'typescript';
import { minifyHtml, minifyTemplateStrings } from '../../scripts/build.js';
import { launchBrowser } from './helpers.js';

const min = (code) => minifyHtml(code)?.code ?? code;

describe('minifyHtml', () => {
  it('collapses white space with a line break between attributes, and drops it before >', () => {
    assert.equal(
      min(
        'html`<a\n  part="x"\n  href=${url}\n  .data=${data}\n  ?hidden=${hide}\n  @click=${go}\n>go</a\n>`',
      ),
      'html`<a part="x" href=${url} .data=${data} ?hidden=${hide} @click=${go}>go</a>`',
    );
  });

  it('keeps one space before /> and after a lone /', () => {
    assert.equal(min('html`<img\n  src=${src}\n  alt=""\n/>`'), 'html`<img src=${src} alt="" />`');
    assert.equal(min('html`<br /\n>`'), 'html`<br / >`');
  });

  it('turns white space with a line break in text into one space, at the ends too', () => {
    assert.equal(
      min('html`\n  <ul>\n    ${items}\n  </ul>\n  <p>a\n  b ${c}</p>\n`'),
      'html` <ul> ${items} </ul> <p>a b ${c}</p> `',
    );
  });

  it('leaves white space without a line break alone', () => {
    const code = 'html`<p>a  b\t${c}  </p> <i a="1"  b=${x}\t>x</i>`';
    assert.equal(min(code), code);
  });

  it('leaves quoted attribute values, comments and raw text alone', () => {
    assert.equal(
      min('html`<p\n  title="a\n  b ${x}\n  c"\n  alt=\'d\n  e\'\n>\n  <!-- f\n  g -->\n</p>`'),
      'html`<p title="a\n  b ${x}\n  c" alt=\'d\n  e\'> <!-- f\n  g --> </p>`',
    );
    assert.equal(
      min('html`<style>\n  p {\n    color: red;\n  }\n</style>\n<p>\n</p>`'),
      'html`<style>\n  p {\n    color: red;\n  }\n</style> <p> </p>`',
    );
    assert.equal(
      min('html`<STYLE>\n  a </styles>\n</Style\n><title>\n</title\n>\n<p title="a > b\n"\n>\n</p>`'),
      'html`<STYLE>\n  a </styles>\n</Style><title>\n</title> <p title="a > b\n"> </p>`',
    );
    assert.equal(min('html`<!doctype\n html>\n<?x\n?>\n<p>`'), 'html`<!doctype\n html> <?x\n?> <p>`');
  });

  it('knows a tag with a bound name', () => {
    assert.equal(
      min('html`<${tag}\n  class="a\n b"\n>\n</${tag}\n>`'),
      'html`<${tag} class="a\n b"> </${tag}>`',
    );
  });

  it('minifies nested templates, and never the expressions around them', () => {
    const code = [
      'html`<ul>',
      '  ${items.map((item) => html`<li',
      '      class=${item.kind}',
      '    >',
      '      ${item.title} ${`a',
      '  b`} ${css`p {\n  x: y;\n}`}',
      '    </li>`)}',
      '</ul>`',
    ].join('\n');
    assert.equal(
      min(code),
      [
        'html`<ul> ${items.map((item) => html`<li class=${item.kind}> ${item.title} ${`a',
        '  b`} ${css`p {\n  x: y;\n}`} </li>`)} </ul>`',
      ].join('\n'),
    );
  });

  it('leaves templates with <pre>, <textarea> or white-space alone, with the templates inside them', () => {
    for (const code of [
      'html`<pre>\n  a\n  ${html`<b>\n  c</b>`}</pre>`',
      'html`<textarea>\n  a\n</textarea>`',
      'html`<p style="white-space: pre-line">\n  a\n</p>`',
    ]) {
      assert.equal(minifyHtml(code), null, code);
    }
    assert.equal(min('html`<p>\n</p>` + html`<pre>\n</pre>`'), 'html`<p> </p>` + html`<pre>\n</pre>`');
  });

  it('leaves other tags, untagged templates and templates with escapes alone', () => {
    for (const code of [
      'css`p {\n  x: y;\n}`',
      'svg`<g>\n</g>`',
      'String.raw`<p>\n</p>`',
      '`<p>\n</p>`',
      'html`<p>\\n\n</p>`',
      "import { html } from 'lit/static-html.js';\nhtml`<p>\n</p>`",
    ]) {
      assert.equal(minifyHtml(code), null, code);
    }
  });

  it('leaves a line break next to a non-ASCII character', () => {
    assert.equal(min('html`<p>日本\n語 a\n b</p>`'), 'html`<p>日本\n語 a b</p>`');
  });

  it('returns a source map that still finds the code after a template', () => {
    const code = 'const a = html`<p\n  x="1"\n>\n  ${b}\n</p>`;\nconst c = d;\n';
    const { code: out, map } = minifyHtml(code, 'sample.ts');
    assert.equal(out, 'const a = html`<p x="1"> ${b} </p>`;\nconst c = d;\n');
    assert.deepEqual(map.sources, ['sample.ts']);
    assert.equal(map.sourcesContent[0], code);
    const original = (line, column) => {
      const segment = decode(map.mappings)[line].findLast(([generated]) => generated <= column);
      return [segment[2], segment[3]];
    };
    assert.deepEqual(original(0, out.indexOf('${b}')), [3, 2], '${b} is on line 4, column 3');
    assert.deepEqual(original(0, out.indexOf('</p>')), [4, 0], '</p> is on line 5');
    assert.deepEqual(original(1, 6), [5, 6], '`c` is on line 6, column 7');
  });
});

/** A source map's mappings: per generated line, [column, source, line, column] from 0, absolute. */
function decode(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let [value, shift] = [0, 0];
        for (const char of segment) {
          const digit = digits.indexOf(char);
          value += (digit & 31) << shift;
          shift += 5;
          if (!(digit & 32)) {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            [value, shift] = [0, 0];
          }
        }
        values.forEach((delta, i) => (state[i] += delta));
        return [...state];
      });
  });
}

/** Every `html` template in src/: its file and its strings, as Lit gets them. */
function sourceTemplates() {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = readdirSync(src, { recursive: true }).filter((file) => file.endsWith('.ts'));
  const templates = [];
  for (const file of files) {
    const code = readFileSync(join(src, file), 'utf8');
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
        const { template } = node;
        const literals = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        // The source text, as the build gets it: a template with a backslash is left as it is.
        templates.push({ file, strings: literals.map((literal) => literal.rawText) });
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  }
  return templates;
}

/** Lit's template HTML and bound attribute names for these strings (lit-html's getTemplateHtml). */
function litTemplate(strings) {
  const array = Object.assign([...strings], { raw: [...strings] });
  const [html, attributes] = _$LH.getTemplateHtml(array, _$LH.HTML_RESULT);
  return { html: String(html), attributes };
}

describe('minified templates in src/ are the same templates to Lit', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(() => browser?.close());

  it('has the same bound attributes and, parsed, the same DOM', async () => {
    const templates = sourceTemplates();
    assert.ok(templates.length > 20, `found ${templates.length} html templates in src/`);
    let changed = 0;
    const pairs = [];
    for (const { file, strings } of templates) {
      const minified = minifyTemplateStrings(strings);
      if (minified === null || minified.every((text, i) => text === strings[i])) continue;
      changed++;
      const before = litTemplate(strings);
      const after = litTemplate(minified);
      assert.deepEqual(after.attributes, before.attributes, `${file}: ${strings.join('${…}')}`);
      pairs.push({ file, before: before.html, after: after.html });
    }
    assert.ok(changed > 10, `${changed} templates changed`);
    const differences = await page.evaluate((list) => {
      // The DOM a template element makes of the HTML, with each white space run that holds a line break
      // in text as one space: elements with their attributes in order, text and comments.
      const canonical = (html) => {
        const template = document.createElement('template');
        template.innerHTML = html;
        const walk = (node) => {
          if (node.nodeType === Node.TEXT_NODE)
            return node.data.replace(/[ \t\f\r]*[\n\r][ \t\n\f\r]*/g, ' ');
          if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
          const children = [...(node.content ?? node).childNodes].map(walk).join('');
          if (node.nodeType !== Node.ELEMENT_NODE) return children;
          const attributes = [...node.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`);
          return `<${node.localName}${attributes.join('')}>${children}</${node.localName}>`;
        };
        return walk(template.content);
      };
      return list
        .map(({ file, before, after }) => ({ file, before: canonical(before), after: canonical(after) }))
        .filter(({ before, after }) => before !== after);
    }, pairs);
    assert.deepEqual(differences, []);
  });
});
