// `npm run docs` (and `npm run build`, after the manifest): rewrites the README's API blocks from
// custom-elements.json, so that the tables and lists say what the classes' JSDoc says. Each element's
// section has two blocks, and the prose around them is the README's own:
//
//   <!-- api:latest-news:attributes:start -->   the attribute / property table
//   <!-- api:latest-news:reference:start -->    events, methods, states, slots, parts and theme tokens
//
// each closed by the same comment with `end`. To change what a block says, change the JSDoc in
// src/components/ and run `npm run docs`. `--check` writes nothing and fails when the README differs
// from what it would write (the build passes it under CI, where a stale README is an error, not
// something to fix on the fly); test/e2e/manifest.e2e.js checks the same.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
export const README = `${root}README.md`;
export const MANIFEST = `${root}custom-elements.json`;

/** The elements, in the README's order. The first one's section lists the theme tokens they all share. */
export const ELEMENTS = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'];
export const BLOCKS = ['attributes', 'reference'];

const marker = (tag, block, end) => `<!-- api:${tag}:${block}:${end} -->`;

/** Every class in the manifest that has a tag, by tag. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) elements.set(declaration.tagName, declaration);
    }
  }
  return elements;
}

const code = (text) => `\`${text}\``;
/** One table cell: a pipe would end it. */
const cell = (text) => text.replace(/\|/g, '\\|');
const isPublic = (member) => !member.privacy || member.privacy === 'public';
/** A default as the README shows it: `'list'` is the string `list`. */
const shownDefault = (value) => (value === undefined ? '' : code(value.replace(/^(['"`])(.*)\1$/, '$2')));

/**
 * The rows of the attribute table: every attribute (with its property), then every public property
 * without one, such as `data`. The data source first (`src`, `data`), then the element's own, then the
 * rest it inherits (`lang`, `time-zone`, `with-credentials`).
 */
export function tableRows(element) {
  const members = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && isPublic(m));
  const rows = (element.attributes ?? []).map((attribute) => {
    const member = members.find((m) => m.name === attribute.fieldName);
    return {
      attribute: attribute.name,
      property: attribute.fieldName,
      default: member?.default ?? attribute.default,
      description: attribute.description ?? member?.description,
      inherited: Boolean(attribute.inheritedFrom),
    };
  });
  for (const member of members) {
    // Getters such as `locale` are read-only: not something to set.
    if (member.readonly || rows.some((row) => row.property === member.name)) continue;
    rows.push({
      property: member.name,
      default: member.default,
      description: member.description,
      inherited: Boolean(member.inheritedFrom),
    });
  }
  const rank = (row) => (['src', 'data'].includes(row.property) ? 0 : row.inherited ? 2 : 1);
  return rows.sort((a, b) => rank(a) - rank(b));
}

function attributesBlock(element) {
  const lines = ['| attribute | property | default | what it does |', '| --- | --- | --- | --- |'];
  for (const row of tableRows(element)) {
    const cells = [
      row.attribute ? code(row.attribute) : '',
      row.property ? code(row.property) : '',
      shownDefault(row.default),
      cell(row.description ?? ''),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const signature = (method) =>
  `${method.name}(${(method.parameters ?? [])
    .map((p) => (p.default !== undefined ? `${p.name} = ${p.default}` : `${p.name}${p.optional ? '?' : ''}`))
    .join(', ')})`;

function referenceBlock(element, shared) {
  const paragraphs = [];
  const list = (items) => `${items.join(', ')}.`;
  if (element.events?.length) {
    paragraphs.push(
      '**Events** (bubbling, composed):',
      element.events
        .map((e) => `- ${code(e.name)}${e.type ? ` (${code(e.type.text)})` : ''}: ${e.description}`)
        .join('\n'),
    );
  }
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.static && isPublic(m));
  if (methods.length) {
    paragraphs.push(
      '**Methods**:',
      methods.map((m) => `- ${code(signature(m))}: ${m.description}`).join('\n'),
    );
  }
  if (element.cssStates?.length) {
    paragraphs.push(`**States**: ${list(element.cssStates.map((s) => code(`:state(${s.name})`)))}`);
  }
  if (element.slots?.length) {
    paragraphs.push(`**Slots**: ${list(element.slots.map((s) => code(s.name || '(default)')))}`);
  }
  if (element.cssParts?.length) {
    paragraphs.push(`**Parts**: ${list(element.cssParts.map((p) => code(p.name)))}`);
  }
  const token = (p) => `${code(p.name)}${p.default ? ` [${p.default}]` : ''}`;
  if (element.tagName === ELEMENTS[0]) {
    paragraphs.push(
      '**Theme tokens** (defaults in brackets; dark defaults apply when the page’s `color-scheme` is dark, as on a page declaring `color-scheme: light dark` for a reader in dark mode): ' +
        list((element.cssProperties ?? []).map(token)),
    );
  } else {
    const own = (element.cssProperties ?? []).filter((p) => !shared.has(p.name));
    paragraphs.push(
      `**Theme tokens**: the shared ones (see ${code(`<${ELEMENTS[0]}>`)})` +
        (own.length ? `, and ${list(own.map(token))}` : '.'),
    );
  }
  return paragraphs.join('\n\n');
}

/**
 * The README with every API block rewritten from the manifest, formatted as Prettier formats it (the
 * project's settings; inside the blocks, prose wrapped at the print width like the hand-written text).
 */
export async function renderReadme(readme, manifest) {
  const elements = elementsOf(manifest);
  const options = { ...(await prettier.resolveConfig(README)), parser: 'markdown' };
  // The theme tokens every element reads: listed in full in the first element's section only.
  const shared = new Set(
    ELEMENTS.map((tag) => (elements.get(tag)?.cssProperties ?? []).map((p) => p.name)).reduce((a, b) =>
      a.filter((name) => b.includes(name)),
    ),
  );
  let text = readme;
  for (const tag of ELEMENTS) {
    const element = elements.get(tag);
    if (!element) throw new Error(`custom-elements.json has no <${tag}>: run \`npm run analyze\`.`);
    for (const block of BLOCKS) {
      const start = marker(tag, block, 'start');
      const end = marker(tag, block, 'end');
      const from = text.indexOf(start);
      const to = text.indexOf(end);
      if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0) {
        throw new Error(`README.md needs one "${start}" … "${end}" pair, in that order.`);
      }
      const body = block === 'attributes' ? attributesBlock(element) : referenceBlock(element, shared);
      const formatted = await prettier.format(body, { ...options, proseWrap: 'always' });
      text = `${text.slice(0, from + start.length)}\n\n${formatted.trim()}\n\n${text.slice(to)}`;
    }
  }
  return prettier.format(text, options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(MANIFEST)) {
    console.error('custom-elements.json is missing: run `npm run analyze` (or `npm run build`) first.');
    process.exit(1);
  }
  const check = process.argv.includes('--check');
  const readme = readFileSync(README, 'utf8');
  const next = await renderReadme(readme, JSON.parse(readFileSync(MANIFEST, 'utf8')));
  if (next === readme) {
    console.log('README.md: the API blocks match custom-elements.json.');
  } else if (check) {
    console.error(
      "README.md's API blocks differ from custom-elements.json: run `npm run docs` and commit README.md.",
    );
    process.exit(1);
  } else {
    writeFileSync(README, next);
    console.log('README.md: rewrote the API blocks from custom-elements.json.');
  }
}
