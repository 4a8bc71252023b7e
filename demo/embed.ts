// The embed-code page: pick an element, its endpoint, options and script; the page shows the element and
// the code to paste. Both come from one element: built from the form's state in an inert document, written
// out as the code, then moved into the preview, where it upgrades and renders. The code is never put
// together on its own, so it cannot say anything the preview does not show.
//
// The attributes on offer come from custom-elements.json (the Custom Elements Manifest at the repository
// root, served by demo/embed-sources.ts), with their types, defaults and descriptions; when it is missing,
// from the registered classes (names and types only). SRI hashes come from dist/cdn/manifest.json.
/// <reference types="vite/client" />
import '../src/define.js';
import readme from '../README.md?raw';
import { $ } from './controls.js';
import { SOURCES, sourceById, type Source } from './sources.js';

// ---------------------------------------------------------------------------------------------------------
// What the page offers.

/** One choice of element. Its attributes are the element's own, from the manifest, less `hidden`. */
interface Preset {
  id: string;
  label: string;
  tag: string;
  /** What it reads from the demo's sample endpoint, in whichever format (see ./sources.ts). */
  reads: 'feed' | 'article' | 'photos' | 'trending';
  /** Attributes the choice sets itself, written before the form's. */
  fixed: Readonly<Record<string, string>>;
  /** Attributes left out of the form: set by the choice, or without effect in it. */
  hidden: readonly string[];
}

const PRESETS: readonly Preset[] = [
  {
    id: 'latest-news',
    label: 'Latest news: list',
    tag: 'latest-news',
    reads: 'feed',
    fixed: {},
    hidden: ['variant', 'speed'],
  },
  {
    id: 'latest-news-ticker',
    label: 'Latest news: ticker',
    tag: 'latest-news',
    reads: 'feed',
    fixed: { variant: 'ticker' },
    // The ticker shows no thumbnails.
    hidden: ['variant', 'thumbnails'],
  },
  {
    id: 'news-article',
    label: 'Article',
    tag: 'news-article',
    reads: 'article',
    fixed: {},
    hidden: [],
  },
  {
    id: 'tag-list',
    label: "Tags: an article's",
    tag: 'tag-list',
    reads: 'article',
    fixed: {},
    hidden: ['variant'],
  },
  {
    id: 'tag-list-bar',
    label: 'Tags: trending bar',
    tag: 'tag-list',
    reads: 'trending',
    fixed: { variant: 'bar' },
    hidden: ['variant'],
  },
  {
    id: 'photo-gallery',
    label: 'Photo gallery',
    tag: 'photo-gallery',
    reads: 'photos',
    fixed: {},
    hidden: [],
  },
];

/** The CDN files (dist/cdn/) a snippet can load. */
interface Bundle {
  file: string;
  label: string;
  module: boolean;
  /** The only tag the file defines; every tag when absent. */
  only?: string;
}

const BUNDLES: readonly Bundle[] = [
  { file: 'news-widgets.js', label: 'Module, every element', module: true },
  { file: 'news-widgets.iife.js', label: 'Classic script, every element', module: false },
  { file: 'latest-news.js', label: 'Partner file, <latest-news> only', module: true, only: 'latest-news' },
];

/** Form details per attribute name: limits and suggestions. Which attributes exist is not said here. */
const FIELD_DETAILS: Readonly<
  Record<string, { min?: number; max?: number; suggestions?: readonly string[]; placeholder?: string }>
> = {
  limit: { min: 1 },
  refresh: { min: 0 },
  speed: { min: 1 },
  'heading-level': { min: 1, max: 6 },
  lang: { suggestions: ['en', 'az', 'ru'] },
  'time-zone': { suggestions: ['Asia/Baku', 'Europe/Moscow', 'Europe/Istanbul', 'UTC', 'America/New_York'] },
  'link-target': { suggestions: ['_blank', '_self', '_top'] },
  'link-params': { placeholder: 'utm_source=partner&utm_medium=widget' },
};

// ---------------------------------------------------------------------------------------------------------
// The attributes, from custom-elements.json or the classes.

type Kind = 'boolean' | 'number' | 'choice' | 'text';

interface AttributeInfo {
  name: string;
  kind: Kind;
  /** The values of a `choice`. */
  choices: readonly string[];
  default?: string;
  description?: string;
}

/** The parts of custom-elements.json read here, all optional: the file is read loosely. */
interface ManifestAttribute {
  name?: unknown;
  type?: { text?: unknown };
  default?: unknown;
  description?: unknown;
}
interface ManifestDeclaration {
  tagName?: unknown;
  attributes?: ManifestAttribute[];
}
interface CustomElementsManifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** `'list' | 'ticker'` → ['list', 'ticker']; anything but string literals (and undefined) → undefined. */
const literals = (type: string): string[] | undefined => {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : undefined;
};

function attributeFromManifest(attribute: ManifestAttribute): AttributeInfo | undefined {
  if (typeof attribute.name !== 'string') return undefined;
  const type = typeof attribute.type?.text === 'string' ? attribute.type.text : '';
  const choices = literals(type);
  const kind: Kind =
    type === 'boolean' ? 'boolean' : /^number\b/.test(type) ? 'number' : choices ? 'choice' : 'text';
  const written = typeof attribute.default === 'string' ? attribute.default : undefined;
  // Defaults are source text: `10`, `'list'`, `false`. A boolean attribute is off unless present.
  const fallback =
    kind === 'boolean' || written === undefined ? undefined : written.replace(/^'(.*)'$/, '$1');
  return {
    name: attribute.name,
    kind,
    choices: choices ?? [],
    default: fallback,
    description: typeof attribute.description === 'string' ? attribute.description : undefined,
  };
}

/** tag → its attributes, as custom-elements.json lists them; undefined when the file says nothing usable. */
function readManifest(json: unknown): Map<string, AttributeInfo[]> | undefined {
  const found = new Map<string, AttributeInfo[]>();
  for (const module of (json as CustomElementsManifest | undefined)?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (typeof declaration.tagName !== 'string' || !Array.isArray(declaration.attributes)) continue;
      const attributes = declaration.attributes.flatMap((a) => attributeFromManifest(a) ?? []);
      found.set(declaration.tagName, attributes);
    }
  }
  return PRESETS.every(({ tag }) => found.has(tag)) ? found : undefined;
}

/** Lit's view of a class: the attributes it observes and the types of its reactive properties. */
interface LitClass {
  observedAttributes: string[];
  elementProperties?: Map<PropertyKey, { attribute?: boolean | string; type?: unknown }>;
}

/** Without the manifest: the registered class's observed attributes, with their Lit types. */
function attributesFromClass(tag: string): AttributeInfo[] {
  const element = customElements.get(tag) as unknown as LitClass | undefined;
  if (!element) return [];
  const types = new Map<string, unknown>();
  for (const [key, options] of element.elementProperties ?? []) {
    if (typeof key !== 'string' || options.attribute === false) continue;
    types.set(typeof options.attribute === 'string' ? options.attribute : key.toLowerCase(), options.type);
  }
  return element.observedAttributes.map((name) => {
    const type = types.get(name);
    return { name, kind: type === Boolean ? 'boolean' : type === Number ? 'number' : 'text', choices: [] };
  });
}

// ---------------------------------------------------------------------------------------------------------
// SRI: dist/cdn/manifest.json.

interface CdnFile {
  integrity?: string;
  gzip?: number;
}
type CdnManifest = Readonly<Record<string, CdnFile | undefined>>;

const readCdnManifest = (json: unknown): CdnManifest | undefined =>
  json && typeof json === 'object' && !Array.isArray(json) ? (json as CdnManifest) : undefined;

/** The file's `integrity` when the manifest has a well-formed one. */
const integrityOf = (manifest: CdnManifest | undefined, file: string): string | undefined => {
  const integrity = manifest && Object.hasOwn(manifest, file) ? manifest[file]?.integrity : undefined;
  return typeof integrity === 'string' && /^sha(256|384|512)-[\w+/=]+$/.test(integrity)
    ? integrity
    : undefined;
};

/** The JSON at `path` on this server; undefined when it is missing (204) or unreadable. */
async function fetchJson(path: string): Promise<unknown> {
  try {
    const response = await fetch(path, { cache: 'no-store' });
    return response.status === 200 ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// From the state to the element, and from the element to the code.

interface State {
  preset: Preset;
  /** The format of the sample endpoint the endpoints start from. */
  source: Source;
  /** Preset id → its endpoint, an absolute URL. */
  endpoints: Map<string, string>;
  /** Attribute name → value, kept across element choices: `''` and `false` leave the attribute out. */
  values: Map<string, string | boolean>;
  bundle: Bundle;
  /** Ends with `/`: an absolute URL or a path on the site. */
  cdnBase: string;
}

/** Where the built elements wait before the preview: a document without a browsing context upgrades none. */
const inert = document.implementation.createHTMLDocument('');

/** The element exactly as the state describes it: the preset's attributes, then the form's, in its order. */
function buildElement(state: State, attributes: readonly AttributeInfo[]): HTMLElement {
  const { preset } = state;
  const element = inert.createElement(preset.tag);
  element.setAttribute('src', state.endpoints.get(preset.id) ?? '');
  for (const [name, value] of Object.entries(preset.fixed)) element.setAttribute(name, value);
  for (const { name } of attributes) {
    const value = state.values.get(name);
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string' && value !== '') element.setAttribute(name, value);
  }
  return element;
}

/** The script tag for the chosen CDN file, with its SRI hash when there is one. */
function buildScript(state: State, cdn: CdnManifest | undefined): HTMLScriptElement {
  const script = inert.createElement('script');
  if (state.bundle.module) script.setAttribute('type', 'module');
  script.setAttribute('src', `${state.cdnBase}${state.bundle.file}`);
  const integrity = integrityOf(cdn, state.bundle.file);
  if (integrity) {
    script.setAttribute('integrity', integrity);
    script.setAttribute('crossorigin', 'anonymous');
  }
  return script;
}

/**
 * The README's page CSS (between its `page-css` markers): the rules that reserve each element's space
 * before its script has run. A snippet carries the rules for its own element, so that pasting it into any
 * page moves nothing while the script loads.
 */
const PAGE_CSS = /<!-- page-css:start -->\s*```css\n([^]*?)```/.exec(readme)?.[1] ?? '';
/** The README's height of a list of `n` headlines, from the comment beside its rule. */
const LIST_HEIGHT = /for n: (calc\(.*\))\s*\*\//.exec(PAGE_CSS)?.[1];

/**
 * The page CSS for the element of `state`: each rule of the README's whose selectors name its tag (and
 * no other variant than its own), with a list's height for its `limit` when one is set.
 */
function reserveCss(state: State): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  const { tag, fixed } = state.preset;
  const limit = Number(state.values.get('limit'));
  const chosen = fixed.variant ?? (state.values.get('variant') || state.values.get('layout') || undefined);
  const rules: string[] = [];
  for (const rule of sheet.cssRules) {
    if (!(rule instanceof CSSStyleRule)) continue;
    const selectors = rule.selectorText.split(/\s*,\s*/).filter((selector) => {
      if (!selector.startsWith(`${tag}:`) && !selector.startsWith(`${tag}[`)) return false;
      const variant = /\[(?:variant|layout)=["']?([\w-]+)/.exec(selector)?.[1];
      return variant === undefined || variant === chosen;
    });
    if (!selectors.length) continue;
    const declarations = [...rule.style].map((name) => {
      let value = rule.style.getPropertyValue(name);
      if (name === 'min-height' && tag === 'latest-news' && !chosen && LIST_HEIGHT && limit > 0) {
        value = LIST_HEIGHT.replace(/\bn\b/, String(Math.floor(limit)));
      }
      return `  ${name}: ${value};`;
    });
    rules.push(`${selectors.join(',\n')} {\n${declarations.join('\n')}\n}`);
  }
  return rules.length ? `<style>\n${rules.join('\n')}\n</style>` : '';
}

/** An attribute value between double quotes: `&` and `"` must be escaped; `<` and `>` are, for the eye. */
const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An element's HTML, read from the element itself: its attributes in their order (empty ones bare, as
 * boolean attributes are written) and its content. On one line when short, else one attribute per line.
 */
function markupOf(element: Element): string {
  const tag = element.localName;
  const attributes = [...element.attributes].map(({ name, value }) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const inline = `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>`;
  const open =
    inline.length <= 80 || attributes.length < 2
      ? inline
      : `<${tag}\n${attributes.map((attribute) => `  ${attribute}\n`).join('')}>`;
  return `${open}${element.innerHTML}</${tag}>`;
}

// ---------------------------------------------------------------------------------------------------------
// The page.

const form = $<HTMLFormElement>('#embed-form');
const elementChoices = $<HTMLFieldSetElement>('#element-choices');
const ownOptions = $<HTMLFieldSetElement>('#own-options');
const commonOptions = $<HTMLFieldSetElement>('#common-options');
const attributesSource = $<HTMLParagraphElement>('#attributes-source');
const bundleChoices = $<HTMLFieldSetElement>('#bundle-choices');
const sourceChoices = $<HTMLFieldSetElement>('#source-choices');
const formatField = $<HTMLElement>('#format-field');
const endpointInput = $<HTMLInputElement>('#endpoint');
const cdnBaseInput = $<HTMLInputElement>('#cdn-base');
const snippet = $<HTMLElement>('#snippet');
const snippetBox = $<HTMLPreElement>('#snippet-box');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLElement>('#copy-status');
const notes = $<HTMLUListElement>('#notes');
const preview = $<HTMLElement>('#preview');

/** Text with `code` spans (the manifest's descriptions are Markdown) as nodes: never parsed as HTML. */
function withCode(text: string): Node[] {
  return text.split('`').map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

/** A radio button with its label, in a `.choice` row. */
function radio(name: string, value: string, label: (Node | string)[], checked: boolean): HTMLElement {
  const id = `${name}-${value.replace(/\W/g, '-')}`;
  const input = create('input', { type: 'radio', name, value, id, checked });
  return create('div', { className: 'choice' }, input, create('label', { htmlFor: id }, ...label));
}

/** An absolute http(s) URL for `value` (relative to this page), or an error message. */
function endpointUrl(value: string): { url?: string; error?: string } {
  try {
    const url = new URL(value.trim(), location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { url: url.href };
  } catch {
    // Falls through to the message.
  }
  return { error: 'An http: or https: URL, or a path on this server such as /api/latest.' };
}

/** The CDN folder: an absolute http(s) URL or a path from the site's root, ending with `/`. */
function cdnBaseOf(value: string): { url?: string; error?: string } {
  const trimmed = value.trim();
  const folder = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  if (/^\/(?!\/)/.test(trimmed)) return { url: folder };
  try {
    const url = new URL(folder);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash) {
      return { url: url.href };
    }
  } catch {
    // Falls through to the message.
  }
  return { error: 'An https: URL of the folder, or a path on your site such as /news-widgets/.' };
}

/** Shows or clears a field's error message and its invalid state. */
function showError(input: HTMLInputElement, message: string | undefined): void {
  const box = document.getElementById(`${input.id}-error`);
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (box) {
    box.textContent = message ?? '';
    box.hidden = !message;
  }
}

async function main(): Promise<void> {
  const [elementsJson, cdnJson] = await Promise.all([
    fetchJson('/custom-elements.json'),
    fetchJson('/dist/cdn/manifest.json'),
  ]);
  const fromManifest = readManifest(elementsJson);
  const attributesOf = (tag: string): AttributeInfo[] => fromManifest?.get(tag) ?? attributesFromClass(tag);
  const cdn = readCdnManifest(cdnJson);

  // Attributes every element has go in their own group, the rest under the element.
  const common = new Set(
    PRESETS.map(({ tag }) => attributesOf(tag).map(({ name }) => name)).reduce((a, b) =>
      a.filter((name) => b.includes(name)),
    ),
  );

  attributesSource.replaceChildren(
    ...(fromManifest
      ? withCode('Attributes and descriptions from `custom-elements.json`, the Custom Elements Manifest.')
      : withCode(
          '`custom-elements.json` was not found at the repository root (`npm run build` writes it): the attributes are read from the elements themselves, without descriptions.',
        )),
  );

  /** Every preset's endpoint in `source`, as absolute URLs. */
  const endpointsIn = (source: Source): Map<string, string> =>
    new Map(PRESETS.map(({ id, reads }) => [id, new URL(source[reads].src, location.href).href]));

  const state: State = {
    preset: PRESETS[0],
    source: SOURCES[0],
    endpoints: endpointsIn(SOURCES[0]),
    values: new Map(),
    bundle: BUNDLES[0],
    cdnBase: cdnBaseOf(cdnBaseInput.value).url ?? '/',
  };

  /** The attributes in the form for the current element, in the form's order. */
  const formAttributes = (): AttributeInfo[] => {
    const all = attributesOf(state.preset.tag).filter(
      ({ name }) => name !== 'src' && !state.preset.hidden.includes(name),
    );
    return [...all.filter(({ name }) => !common.has(name)), ...all.filter(({ name }) => common.has(name))];
  };

  // The element choice and the bundles: radios, built once.
  elementChoices.append(
    ...PRESETS.map((preset) =>
      radio(
        'element',
        preset.id,
        [
          preset.label,
          ' ',
          create('code', {
            className: 'tag',
            textContent: `<${preset.tag}${Object.entries(preset.fixed)
              .map(([name, value]) => ` ${name}="${value}"`)
              .join('')}>`,
          }),
        ],
        preset === state.preset,
      ),
    ),
  );
  // The source formats, after the legend, before the hint and the format field.
  sourceChoices
    .querySelector('legend')
    ?.after(...SOURCES.map((source) => radio('source', source.id, [source.label], source === state.source)));
  bundleChoices.append(
    ...BUNDLES.map((bundle) => {
      const gzip = cdn?.[bundle.file]?.gzip;
      const size = typeof gzip === 'number' ? ` (${(gzip / 1024).toFixed(1)} KB gzip)` : '';
      return radio(
        'bundle',
        bundle.file,
        [create('code', { textContent: bundle.file }), `: ${bundle.label}${size}`],
        bundle === state.bundle,
      );
    }),
  );

  /** One attribute's field, filled from the state. */
  function field(attribute: AttributeInfo): HTMLElement {
    const { name, kind } = attribute;
    const id = `option-${name}`;
    const details = FIELD_DETAILS[name] ?? {};
    const value = state.values.get(name);
    const hintText = [
      attribute.description ?? '',
      // The default, unless the description or the select's first option says it already.
      attribute.default !== undefined &&
      kind !== 'choice' &&
      !/\bdefault\b/i.test(attribute.description ?? '')
        ? ` Default: \`${attribute.default}\`.`
        : '',
    ]
      .join('')
      .trim();
    const hint = hintText
      ? create('p', { className: 'hint', id: `${id}-hint` }, ...withCode(hintText))
      : null;
    const label = create('label', { htmlFor: id }, create('code', { textContent: name }));

    let input: HTMLInputElement | HTMLSelectElement;
    if (kind === 'boolean') {
      input = create('input', { type: 'checkbox', id, name, checked: value === true });
    } else if (kind === 'choice') {
      input = create(
        'select',
        { id, name },
        create('option', {
          value: '',
          textContent: attribute.default ? `not set (${attribute.default})` : 'not set',
        }),
        ...attribute.choices.map((choice) => create('option', { value: choice, textContent: choice })),
      );
      input.value = typeof value === 'string' ? value : '';
    } else {
      input = create('input', {
        id,
        name,
        type: kind === 'number' ? 'number' : 'text',
        value: typeof value === 'string' ? value : '',
        placeholder:
          details.placeholder ?? (attribute.default !== undefined ? `${attribute.default} (default)` : ''),
        autocomplete: 'off',
        spellcheck: false,
      });
      if (details.min !== undefined) input.min = String(details.min);
      if (details.max !== undefined) input.max = String(details.max);
      if (kind === 'number') input.step = '1';
    }
    const describedBy = [hint?.id, kind === 'boolean' ? '' : `${id}-error`].filter(Boolean).join(' ');
    input.setAttribute('aria-describedby', describedBy);
    input.dataset.attribute = name;

    const error = create('p', { className: 'field-error', id: `${id}-error`, hidden: true });
    if (kind === 'boolean') {
      return create(
        'div',
        { className: 'option switch' },
        create('div', { className: 'switch-row' }, input, label),
        ...(hint ? [hint] : []),
      );
    }
    const row = create('div', { className: 'option' }, label, input, ...(hint ? [hint] : []), error);
    if (details.suggestions && input instanceof HTMLInputElement) {
      const list = create(
        'datalist',
        { id: `${id}-suggestions` },
        ...details.suggestions.map((suggestion) => create('option', { value: suggestion })),
      );
      input.setAttribute('list', list.id);
      row.append(list);
    }
    return row;
  }

  /** The option fields of the current element: rebuilt when the element changes, from the kept values. */
  function renderFields(): void {
    const attributes = formAttributes();
    const legend = ownOptions.querySelector('legend');
    legend?.replaceChildren('Options of ', create('code', { textContent: `<${state.preset.tag}>` }));
    // `format` goes with the source formats; the rest under the element or in the common group.
    const grouped = attributes.filter(({ name }) => name !== 'format');
    ownOptions.replaceChildren(
      ...(legend ? [legend] : []),
      ...grouped.filter(({ name }) => !common.has(name)).map(field),
    );
    const commonLegend = commonOptions.querySelector('legend');
    commonOptions.replaceChildren(
      ...(commonLegend ? [commonLegend] : []),
      ...grouped.filter(({ name }) => common.has(name)).map(field),
    );
    formatField.replaceChildren(...attributes.filter(({ name }) => name === 'format').map(field));
    endpointInput.value = state.endpoints.get(state.preset.id) ?? '';
    showError(endpointInput, undefined);
    // latest-news.js defines <latest-news> only.
    for (const input of bundleChoices.querySelectorAll<HTMLInputElement>('input[name="bundle"]')) {
      const bundle = BUNDLES.find(({ file }) => file === input.value);
      input.disabled = Boolean(bundle?.only && bundle.only !== state.preset.tag);
      if (input.disabled && input.checked) {
        state.bundle = BUNDLES[0];
        bundleChoices.querySelector<HTMLInputElement>(`input[value="${BUNDLES[0].file}"]`)!.checked = true;
      }
    }
  }

  /**
   * Another source format: every element's endpoint becomes its route in that format, `item` the seed
   * article's address where a feed needs it (else none), and a forced `format` follows the source. Other
   * values stay.
   */
  function useSource(source: Source): void {
    state.source = source;
    state.endpoints = endpointsIn(source);
    state.values.set('item', source.article.item ?? '');
    const forced = state.values.get('format');
    if (typeof forced === 'string' && forced !== '' && forced !== 'auto') {
      state.values.set('format', source.format);
    }
  }

  /** Reads the form into the state. Invalid entries keep the last valid value and say why. */
  function readForm(): void {
    const presetId = form.querySelector<HTMLInputElement>('input[name="element"]:checked')?.value;
    const preset = PRESETS.find(({ id }) => id === presetId) ?? state.preset;
    if (preset !== state.preset) {
      state.preset = preset;
      renderFields();
      return;
    }
    const source = sourceById(
      form.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value ?? state.source.id,
    );
    if (source !== state.source) {
      useSource(source);
      renderFields();
      return;
    }
    const endpoint = endpointUrl(endpointInput.value);
    showError(endpointInput, endpoint.error);
    if (endpoint.url) state.endpoints.set(preset.id, endpoint.url);

    const base = cdnBaseOf(cdnBaseInput.value);
    showError(cdnBaseInput, base.error);
    if (base.url) state.cdnBase = base.url;

    const file = form.querySelector<HTMLInputElement>('input[name="bundle"]:checked')?.value;
    state.bundle = BUNDLES.find((bundle) => bundle.file === file) ?? state.bundle;

    for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
      const name = input.dataset.attribute!;
      if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        state.values.set(name, input.checked);
        continue;
      }
      const valid = input.checkValidity();
      if (input instanceof HTMLInputElement) showError(input, valid ? undefined : input.validationMessage);
      if (valid) state.values.set(name, input.value.trim());
    }
  }

  /** What the preview shows now: the element and the HTML written from it before it was moved there. */
  let shown: { element: HTMLElement; markup: string } | undefined;

  /** Builds the element from the state, writes the code from it, and shows that same element. */
  function render(): void {
    const element = buildElement(state, formAttributes());
    const markup = markupOf(element);
    // An element equal to the one shown (only the script changed) leaves the preview as it is.
    if (markup !== shown?.markup) {
      preview.replaceChildren(element);
      shown = { element, markup };
    }
    const reserve = reserveCss(state);
    const code = `${reserve ? `${reserve}\n` : ''}${markupOf(buildScript(state, cdn))}\n${shown.markup}`;
    if (snippet.textContent !== code) {
      snippet.textContent = code;
      copyStatus.textContent = '';
    }
    renderNotes();
  }

  function renderNotes(): void {
    const items: string[] = [];
    const integrity = integrityOf(cdn, state.bundle.file);
    if (integrity) {
      items.push(
        '`integrity` is the SHA-384 of the file from the last `npm run build` (`dist/cdn/manifest.json`): after a new build, copy the code again.',
      );
    } else {
      items.push(
        '`dist/cdn/manifest.json` was not found, so the code has no `integrity`: run `npm run build` for SRI hashes.',
      );
    }
    if (state.bundle.file === 'news-widgets.js' && state.preset.tag === 'news-article') {
      items.push(
        "For the article's body, `news-widgets.js` loads the sanitiser (`sanitize-html-….js`) from beside itself; the script's `integrity` does not cover that file. `news-widgets.iife.js` includes it.",
      );
    }
    items.push(
      "The `<style>` reserves the element's space until its script has run, so that nothing on your page moves when it loads (the README's page CSS for this element). Put it in `<head>` or keep it beside the element.",
    );
    if (state.preset.tag === 'latest-news' || state.preset.tag === 'news-article') {
      items.push(
        'Clicks and impressions: the element fires `news-click` (cancelable) and `news-impression` with `{ id, url, position }` for your own analytics or router; it sends nothing anywhere itself (README, "Events for partners and apps").',
      );
    }
    items.push(
      'On a right-to-left page (`dir="rtl"` on the element or any ancestor) the element mirrors: reading order, arrows, the ticker\'s direction.',
    );
    if (!state.bundle.module) {
      items.push('The classic script can go anywhere in the page, before or after the element.');
    }
    notes.replaceChildren(...items.map((text) => create('li', {}, ...withCode(text))));
  }

  // Every change renders: text fields a moment after the typing stops (or at once on Enter or leaving
  // them), everything else at once. The preview and the code change together, from the one element.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (delay: number): void => {
    clearTimeout(timer);
    if (delay === 0) {
      readForm();
      render();
    } else {
      timer = setTimeout(() => update(0), delay);
    }
  };
  const typed = (target: EventTarget | null): boolean =>
    target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'number');
  form.addEventListener('input', (event) => update(typed(event.target) ? 300 : 0));
  form.addEventListener('change', () => update(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(0);
  });

  // Copy: the clipboard when the browser allows it, else the code selected for Ctrl+C.
  copyButton.addEventListener('click', async () => {
    update(0);
    const code = snippet.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      copyStatus.textContent = 'Copied.';
    } catch {
      getSelection()?.selectAllChildren(snippet);
      snippetBox.focus();
      copyStatus.textContent = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });

  renderFields();
  readForm();
  render();
  form.dataset.ready = '';
}

main().catch((error: unknown) => {
  ownOptions.replaceChildren(
    create('p', { className: 'field-error' }, `The page could not start: ${String(error)}`),
  );
  throw error;
});
