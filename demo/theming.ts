// The theming page: every part and every theme token of each element, generated at runtime from
// custom-elements.json (the Custom Elements Manifest at the repository root, served by
// demo/embed-sources.ts), so the page lists what the elements declare today and cannot go stale.
//
// For each element: the live element on the demo's sample endpoint, a table of its `--news-*` tokens with
// an input each (set on that element, live), and its parts (hover, focus or press one to outline it in the
// element through `::part()`). The tokens every element reads are also set page-wide, on the stage around
// all the elements, with the colour scheme. The CSS for the tokens changed is written out to copy.
import '../src/define.js';
import { $ } from './controls.js';

// ---------------------------------------------------------------------------------------------------------
// custom-elements.json, read loosely: every field may be missing or of another type.

interface ManifestItem {
  name?: unknown;
  default?: unknown;
  description?: unknown;
}
interface ManifestDeclaration {
  tagName?: unknown;
  cssParts?: unknown;
  cssProperties?: unknown;
}
interface CustomElementsManifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

interface Token {
  name: string;
  /** As the manifest writes it: `#0b57d0`, `transparent`, `2px solid accent`; '' when it gives none. */
  default: string;
  description: string;
}

interface Part {
  name: string;
  description: string;
  /**
   * Parts of an element inside this one that it exports under these names (the article's gallery:
   * `gallery-list`, …, `lightbox`), from the part's description: they are styled as parts of this element.
   */
  exported: string[];
}

interface ElementInfo {
  tag: string;
  tokens: Token[];
  parts: Part[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const items = (list: unknown): ManifestItem[] =>
  Array.isArray(list)
    ? list.filter((item): item is ManifestItem => Boolean(item) && typeof item === 'object')
    : [];

/** The names in backticks after "exported as" in a part's description. */
const exportedNames = (description: string): string[] => {
  const at = description.search(/\bexported as\b/i);
  if (at < 0) return [];
  return [...description.slice(at).matchAll(/`([\w-]+)`/g)].map((match) => match[1]);
};

/** Each custom element of the manifest with its tokens and parts; undefined when it lists none. */
function readManifest(json: unknown): ElementInfo[] | undefined {
  const modules = (json as CustomElementsManifest | undefined)?.modules;
  if (!Array.isArray(modules)) return undefined;
  const found: ElementInfo[] = [];
  for (const module of modules) {
    for (const declaration of Array.isArray(module?.declarations) ? module.declarations : []) {
      if (typeof declaration?.tagName !== 'string' || found.some((e) => e.tag === declaration.tagName)) {
        continue;
      }
      found.push({
        tag: declaration.tagName,
        tokens: items(declaration.cssProperties)
          .filter(({ name }) => typeof name === 'string' && name.startsWith('--news-'))
          .map((item) => ({
            name: text(item.name),
            default: text(item.default),
            description: text(item.description),
          })),
        parts: items(declaration.cssParts)
          .filter(({ name }) => typeof name === 'string' && name !== '')
          .map((item) => ({
            name: text(item.name),
            description: text(item.description),
            exported: exportedNames(text(item.description)),
          })),
      });
    }
  }
  return found.length ? found : undefined;
}

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
// What each element shows: the sample endpoint's routes, and states in which other parts appear. This is
// the demo's own choice; an element in the manifest that is not here is shown as it is, without data.

interface View {
  id: string;
  label: string;
  attributes: Readonly<Record<string, string>>;
  /** Set as the `data` property instead of fetching. */
  data?: unknown;
  /** A fresh URL each time (`&n=…`), so the cache never answers at once: for loading and error states. */
  fresh?: boolean;
}

interface Sample {
  views: readonly View[];
  /** A button that opens the lightbox (`show(0)`), whose parts are only shown then. */
  lightbox?: boolean;
}

const states = (path: string, empty?: unknown): View[] => [
  {
    id: 'loading',
    label: 'Loading (an answer that takes 8 s)',
    attributes: { src: `${path}?slow=8000` },
    fresh: true,
  },
  {
    id: 'error',
    label: 'Error (HTTP 503, after the retries)',
    attributes: { src: `${path}?fail=1` },
    fresh: true,
  },
  ...(empty ? [{ id: 'empty', label: 'Empty', attributes: {}, data: empty }] : []),
];

const SAMPLES: Readonly<Record<string, Sample>> = {
  'latest-news': {
    views: [
      {
        id: 'list',
        label: 'List with thumbnails (a new headline every 20 s)',
        attributes: { src: '/api/latest', limit: '8', thumbnails: '', refresh: '20' },
      },
      { id: 'ticker', label: 'Ticker', attributes: { src: '/api/latest', variant: 'ticker' } },
      ...states('/api/latest', { title: 'Latest news', items: [] }),
    ],
  },
  'news-article': {
    views: [
      { id: 'article', label: 'Article', attributes: { src: '/api/article/491283', 'heading-level': '3' } },
      ...states('/api/article/491283'),
    ],
  },
  'tag-list': {
    views: [
      {
        id: 'trending',
        label: 'Trending, with counts',
        attributes: { src: '/api/tags/trending', counts: '' },
      },
      {
        id: 'bar',
        label: 'Trending bar',
        attributes: { src: '/api/tags/trending', variant: 'bar', counts: '' },
      },
      { id: 'article', label: "An article's tags", attributes: { src: '/api/article/491283' } },
      ...states('/api/tags/trending', { title: 'Trending', tags: [] }),
    ],
  },
  'photo-gallery': {
    lightbox: true,
    views: [
      { id: 'grid', label: 'Grid', attributes: { src: '/api/photos/491283' } },
      { id: 'strip', label: 'Strip', attributes: { src: '/api/photos/491283', layout: 'strip' } },
      ...states('/api/photos/491283', { title: 'Photos', photos: [] }),
    ],
  },
};

const BARE: Sample = { views: [{ id: 'bare', label: 'Without data', attributes: {} }] };

// ---------------------------------------------------------------------------------------------------------
// DOM helpers.

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

/** Text with `code` spans (the manifest's descriptions are Markdown) as nodes: never parsed as HTML. */
function withCode(value: string): Node[] {
  return value.split('`').map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    return create('code', { textContent: part });
  });
}

const code = (value: string): HTMLElement => create('code', { textContent: value });

/** Visually hidden text, for screen readers. */
const hidden = (value: string): HTMLElement => create('span', { className: 'visually-hidden' }, value);

// ---------------------------------------------------------------------------------------------------------
// Colours: which tokens get a colour input, and the colour an input starts from.

/** A default written as a colour value: `#hex`, `rgb(…)`, `hsl(…)`. Anything else gets a text input. */
const isColourDefault = (value: string): boolean =>
  /^#[0-9a-f]{3,8}$/i.test(value) || /^(rgb|hsl)a?\(.*\)$/i.test(value);

/** The dark-scheme default a description mentions: "(dark: #a8adb4)", "(dark scheme: #e8eaed)". */
const darkDefault = (description: string): string | undefined =>
  /\(dark(?: scheme)?: (#[0-9a-f]{3,8})\)/i.exec(description)?.[1];

let probe: HTMLElement | undefined;

/**
 * `value` as `#rrggbb` (alpha dropped), worked out by the browser inside the stage, so `light-dark()`
 * follows the stage's colour scheme; undefined when it is not a colour.
 */
function toHex(value: string): string | undefined {
  if (!probe) return undefined;
  probe.style.color = '';
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  const match = /^rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color);
  return match
    ? `#${match
        .slice(1, 4)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`
    : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Token inputs: one row per token, in the page-wide panel or in an element's section.

interface Scope {
  /** `page` or the tag. */
  id: string;
  /** The selector in the copied CSS. */
  selector: string;
  /** Where the values are set: the stage, or the element shown now. */
  target(): HTMLElement | undefined;
  /** Token name → the value set (the CSS lists them in the order of the rows). */
  values: Map<string, string>;
  rows: Map<string, TokenRow>;
}

interface TokenRow {
  token: Token;
  text: HTMLInputElement;
  picker?: HTMLInputElement;
  reset: HTMLButtonElement;
  error: HTMLElement;
}

/** The tokens every element reads: set page-wide. */
let pageScope: Scope | undefined;
const elementScopes: Scope[] = [];

/** Whether `value` is a value CSS takes for the custom property `name`. */
const isValid = (name: string, value: string): boolean => CSS.supports(name, value);

/** Whether the stage is dark now: its own `color-scheme`, or the reader's with `light dark`. */
const stageIsDark = (): boolean => toHex('light-dark(#000000, #ffffff)') === '#ffffff';

/** What applies to a token that is not set in `scope`: the page-wide value, or the default. */
function inherited(scope: Scope, token: Token): { value: string; from: string } {
  const page = scope === pageScope ? undefined : pageScope?.values.get(token.name);
  if (page !== undefined) return { value: page, from: 'page' };
  const dark = darkDefault(token.description);
  return dark && stageIsDark()
    ? { value: dark, from: 'dark default' }
    : { value: token.default, from: 'default' };
}

/** Brings a row's inputs up to date with the values: placeholder, colour, reset, error. */
function refreshRow(scope: Scope, row: TokenRow): void {
  const set = scope.values.get(row.token.name);
  const from = inherited(scope, row.token);
  row.text.placeholder = from.value ? `${from.value} (${from.from})` : `not set (${from.from})`;
  row.reset.disabled = set === undefined && row.text.value === '';
  if (row.picker) {
    const hex = toHex(set ?? from.value);
    if (hex && row.picker.value !== hex) row.picker.value = hex;
  }
}

function refreshAll(): void {
  for (const scope of [pageScope, ...elementScopes]) {
    if (!scope) continue;
    for (const row of scope.rows.values()) refreshRow(scope, row);
  }
}

/** Sets, or with '' removes, a token in `scope` and on its element. Returns false for a refused value. */
function setToken(scope: Scope, name: string, raw: string): boolean {
  const value = raw.trim();
  const target = scope.target();
  if (value !== '' && !isValid(name, value)) return false;
  if (value === '') {
    scope.values.delete(name);
    target?.style.removeProperty(name);
  } else {
    scope.values.set(name, value);
    target?.style.setProperty(name, value);
  }
  return true;
}

let onTokensChange = (): void => {};

function tokenRow(scope: Scope, token: Token, shared: boolean, uses?: Node): HTMLTableRowElement {
  const id = `${scope.id}${token.name}`;
  const text = create('input', {
    type: 'text',
    id,
    autocomplete: 'off',
    spellcheck: false,
  });
  text.dataset.token = token.name;
  const reset = create(
    'button',
    { type: 'button', className: 'reset', disabled: true },
    'Reset',
    hidden(` ${token.name}`),
  );
  const error = create('p', { className: 'field-error', id: `${id}-error`, hidden: true });
  const picker = isColourDefault(token.default)
    ? create('input', { type: 'color', id: `${id}-picker`, value: '#000000' })
    : undefined;
  if (picker) picker.setAttribute('aria-label', `${token.name}: colour picker`);
  text.setAttribute('aria-describedby', `${id}-default ${id}-desc ${id}-error`);

  const row: TokenRow = { token, text, picker, reset, error };
  scope.rows.set(token.name, row);

  const update = (): void => {
    const ok = setToken(scope, token.name, text.value);
    if (ok) text.removeAttribute('aria-invalid');
    else text.setAttribute('aria-invalid', 'true');
    error.hidden = ok;
    error.textContent = ok ? '' : 'CSS does not take this value: it is not applied.';
    // A page-wide value shows in the elements' rows of the same token.
    if (scope === pageScope) refreshAll();
    else refreshRow(scope, row);
    onTokensChange();
  };
  text.addEventListener('input', update);
  picker?.addEventListener('input', () => {
    text.value = picker.value;
    update();
  });
  reset.addEventListener('click', () => {
    text.value = '';
    update();
    text.focus();
  });

  const nameCell = create(
    'th',
    { scope: 'row' },
    create('label', { htmlFor: id }, code(token.name)),
    ...(shared ? [' ', create('span', { className: 'token-badge' }, 'shared')] : []),
    create(
      'p',
      { className: 'token-default', id: `${id}-default` },
      'Default: ',
      token.default ? code(token.default) : 'none given',
    ),
    create(
      'div',
      { className: 'token-desc', id: `${id}-desc` },
      ...(uses ? [uses] : withCode(token.description)),
    ),
  );
  const valueCell = create(
    'td',
    {},
    create('div', { className: 'token-inputs' }, ...(picker ? [picker] : []), text, reset),
    error,
  );
  const tr = create('tr', {}, nameCell, valueCell);
  tr.dataset.token = token.name;
  if (picker) tr.dataset.colour = '';
  return tr;
}

function tokenTable(
  scope: Scope,
  tokens: readonly Token[],
  caption: string,
  shared: Set<string>,
  uses?: (token: Token) => Node | undefined,
): HTMLElement {
  const table = create(
    'table',
    { className: 'token-table' },
    create('caption', { className: 'visually-hidden' }, caption),
    create(
      'thead',
      {},
      create('tr', {}, create('th', { scope: 'col' }, 'Token'), create('th', { scope: 'col' }, 'Your value')),
    ),
    create(
      'tbody',
      {},
      ...tokens.map((token) => tokenRow(scope, token, shared.has(token.name), uses?.(token))),
    ),
  );
  return table;
}

// ---------------------------------------------------------------------------------------------------------
// Parts: outlined through `::part()` from a stylesheet of the page.

const highlightSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlightSheet];

interface PartsState {
  section: HTMLElement;
  tag: string;
  pinned: Set<string>;
  hovered?: string;
  focused?: string;
}

const partStates: PartsState[] = [];

function writeHighlights(): void {
  const rules: string[] = [];
  for (const state of partStates) {
    const names = new Set([...state.pinned, state.hovered, state.focused].filter((n) => n !== undefined));
    for (const name of names) {
      rules.push(
        `#${CSS.escape(state.section.id)} ${state.tag}::part(${CSS.escape(name)}) { outline: 3px solid magenta; outline-offset: 2px; }`,
      );
    }
  }
  highlightSheet.replaceSync(rules.join('\n'));
}

/**
 * The elements in `root` that `::part(name)` on its host matches: its own `part="name"`, and the parts
 * that elements inside it export under that name (`exportparts="list: gallery-list"`), at any depth.
 */
function findParts(root: ShadowRoot, name: string): Element[] {
  const found = [...root.querySelectorAll(`[part~="${CSS.escape(name)}"]`)];
  for (const inner of root.querySelectorAll('[exportparts]')) {
    if (!inner.shadowRoot) continue;
    for (const entry of (inner.getAttribute('exportparts') ?? '').split(',')) {
      const [from, to = from] = entry.split(':').map((s) => s.trim());
      if (from && to === name) found.push(...findParts(inner.shadowRoot, from));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// The page.

const stage = $<HTMLElement>('#stage');
const content = $<HTMLElement>('#stage > .wrap');
const note = $<HTMLElement>('#manifest-note');

let nonce = 0;

/** The element for `view`, with the section's token values on it. */
function buildElement(tag: string, view: View, scope: Scope): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(view.attributes)) {
    const fresh =
      name === 'src' && view.fresh ? `${value}${value.includes('?') ? '&' : '?'}n=${++nonce}` : value;
    element.setAttribute(name, fresh);
  }
  if (view.data !== undefined)
    (element as HTMLElement & { data?: unknown }).data = structuredClone(view.data);
  for (const [name, value] of scope.values) element.style.setProperty(name, value);
  return element;
}

/** The CSS for the tokens set: page-wide on `:root`, an element's own on its tag. */
function cssText(): string {
  const blocks: string[] = [];
  for (const scope of [pageScope, ...elementScopes]) {
    if (!scope?.values.size) continue;
    const order = [...scope.rows.keys()];
    const lines = [...scope.values]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([name, value]) => `  ${name}: ${value};`);
    const comment = scope === pageScope ? '/* Every widget on the page */\n' : '';
    blocks.push(`${comment}${scope.selector} {\n${lines.join('\n')}\n}`);
  }
  return blocks.length
    ? `${blocks.join('\n\n')}\n`
    : '/* No token changed yet: every widget uses its defaults. */\n';
}

function elementSection(info: ElementInfo, shared: Set<string>): HTMLElement {
  const { tag } = info;
  const sample = SAMPLES[tag] ?? BARE;
  const sectionId = `element-${tag}`;
  const section = create('section', { className: 'panel element-section', id: sectionId });
  section.setAttribute('aria-labelledby', `${sectionId}-heading`);
  section.dataset.tag = tag;

  let element: HTMLElement | undefined;
  const scope: Scope = {
    id: tag,
    selector: tag,
    target: () => element,
    values: new Map(),
    rows: new Map(),
  };
  elementScopes.push(scope);

  // The live element, with the view picker and, for the gallery, the lightbox button.
  const live = create('div', { className: 'live', tabIndex: 0 });
  live.setAttribute('role', 'region');
  live.setAttribute('aria-label', `<${tag}>, live`);
  const show = (view: View): void => {
    element = buildElement(tag, view, scope);
    live.replaceChildren(element);
    element.dataset.view = view.id;
  };
  const liveHead = create('div', { className: 'live-head' });
  if (sample.views.length > 1) {
    const select = create(
      'select',
      { id: `${sectionId}-view` },
      ...sample.views.map((view) => create('option', { value: view.id, textContent: view.label })),
    );
    select.addEventListener('change', () => {
      const view = sample.views.find(({ id }) => id === select.value);
      if (view) show(view);
      describe();
    });
    liveHead.append(
      create('div', { className: 'text-field' }, create('label', { htmlFor: select.id }, 'Show'), select),
    );
  }
  if (sample.lightbox) {
    const open = create(
      'button',
      { type: 'button', className: 'action', id: `${sectionId}-lightbox` },
      'Open the lightbox',
    );
    open.addEventListener('click', () =>
      (element as (HTMLElement & { show?(index?: number): void }) | undefined)?.show?.(0),
    );
    liveHead.append(
      open,
      create(
        'p',
        { className: 'hint' },
        'Its parts (',
        code('lightbox'),
        ', ',
        code('counter'),
        ', ',
        code('close'),
        '…) show only while it is open, and the page behind it is inert then: press those parts below first to keep them outlined. Escape closes it.',
      ),
    );
  }
  show(sample.views[0]);

  // The tokens.
  const tokensHeading = create(
    'h3',
    { id: `${sectionId}-tokens` },
    'Tokens ',
    create('span', { className: 'count' }, `(${info.tokens.length})`),
  );
  const tokens = info.tokens.length
    ? tokenTable(scope, info.tokens, `Theme tokens of <${tag}>`, shared)
    : create('p', { className: 'hint' }, 'The manifest lists no tokens for this element.');
  if (info.tokens.length) tokens.setAttribute('aria-labelledby', tokensHeading.id);

  // The parts.
  const state: PartsState = { section, tag, pinned: new Set() };
  partStates.push(state);
  const status = create('p', { className: 'part-status', id: `${sectionId}-part-status` });
  status.setAttribute('role', 'status');
  let last: string | undefined;

  /** Says how many of the last part pointed at are in the element, and shown. */
  function describe(name = last): void {
    last = name;
    if (!name) {
      status.textContent = '';
      return;
    }
    const root = element?.shadowRoot;
    const all = root ? findParts(root, name) : [];
    const shown = all.filter((node) => node.getClientRects().length > 0);
    const what = `::part(${name})`;
    status.textContent = shown.length
      ? `${what}: ${shown.length} outlined${state.pinned.has(name) ? ' (kept)' : ''}.`
      : all.length
        ? `${what}: in the element, but not shown right now.`
        : `${what}: not in the element in this view; another view may show it.`;
  }

  /** Scrolls the live box (never the page) to the first match of `name`, when it is out of view. */
  function reveal(name: string): void {
    const root = element?.shadowRoot;
    const first = root
      ? findParts(root, name).find((node) => node.getClientRects().length > 0 && !node.closest('dialog'))
      : undefined;
    if (!first || live.scrollHeight <= live.clientHeight) return;
    const box = live.getBoundingClientRect();
    const rect = first.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom) {
      live.scrollTop += rect.top - box.top - 16;
    }
  }

  const partButton = (name: string, describedBy: string): HTMLButtonElement => {
    const button = create('button', { type: 'button', className: 'part-name', tabIndex: -1 }, code(name));
    button.dataset.highlight = name;
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-describedby', describedBy);
    return button;
  };

  const list = create(
    'ul',
    { className: 'part-list' },
    ...info.parts.map((part) => {
      const descId = `${sectionId}-part-${part.name}`;
      const li = create(
        'li',
        {},
        partButton(part.name, descId),
        create('span', { className: 'part-desc', id: descId }, ...withCode(part.description)),
      );
      li.dataset.part = part.name;
      li.dataset.highlight = part.name;
      if (part.exported.length) {
        li.append(
          create(
            'ul',
            { className: 'part-list exported' },
            ...part.exported.map((name) => {
              const inner = create('li', {}, partButton(name, `${descId}-exported`));
              inner.dataset.exportedPart = name;
              inner.dataset.highlight = name;
              return inner;
            }),
          ),
          create(
            'span',
            { className: 'visually-hidden', id: `${descId}-exported` },
            `Exported from its ${part.name}.`,
          ),
        );
      }
      return li;
    }),
  );
  const partsHeading = create(
    'h3',
    { id: `${sectionId}-parts` },
    'Parts ',
    create('span', { className: 'count' }, `(${info.parts.length})`),
  );
  list.setAttribute('aria-labelledby', partsHeading.id);
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.part-name')];
  if (buttons[0]) buttons[0].tabIndex = 0;

  const nameAt = (target: EventTarget | null): string | undefined =>
    target instanceof Element
      ? (target.closest<HTMLElement>('[data-highlight]')?.dataset.highlight ?? undefined)
      : undefined;

  list.addEventListener('pointerover', (event) => {
    const name = nameAt(event.target);
    if (name === state.hovered) return;
    state.hovered = name;
    writeHighlights();
    if (name) describe(name);
  });
  list.addEventListener('pointerleave', () => {
    state.hovered = undefined;
    writeHighlights();
  });
  list.addEventListener('focusin', (event) => {
    const name = nameAt(event.target);
    state.focused = name;
    if (event.target instanceof HTMLButtonElement) {
      for (const button of buttons) button.tabIndex = button === event.target ? 0 : -1;
    }
    writeHighlights();
    if (name) {
      reveal(name);
      describe(name);
    }
  });
  list.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && list.contains(event.relatedTarget)) return;
    state.focused = undefined;
    writeHighlights();
  });
  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const name = button?.dataset.highlight;
    if (!button || !name) return;
    const pinned = !state.pinned.has(name);
    if (pinned) state.pinned.add(name);
    else state.pinned.delete(name);
    button.setAttribute('aria-pressed', String(pinned));
    writeHighlights();
    if (pinned) reveal(name);
    describe(name);
  });
  // Arrow keys, Home and End move between the parts: the list is one stop for Tab.
  list.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? Math.min(at + 1, buttons.length - 1)
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? Math.max(at - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  });

  const clear = create('button', { type: 'button', className: 'action small' }, 'Clear kept outlines');
  clear.addEventListener('click', () => {
    state.pinned.clear();
    for (const button of buttons) button.setAttribute('aria-pressed', 'false');
    writeHighlights();
    describe();
  });

  const head = create(
    'div',
    { className: 'section-head' },
    create('h2', { id: `${sectionId}-heading` }, code(`<${tag}>`)),
    create(
      'p',
      { className: 'hint' },
      `${info.tokens.length} tokens, ${info.parts.length} parts`,
      ...(sample === BARE ? ['; the demo has no sample data for it'] : []),
      '.',
    ),
  );

  section.append(
    head,
    create(
      'div',
      { className: 'element-grid' },
      create('div', { className: 'live-column' }, liveHead, live),
      create(
        'div',
        { className: 'details-column' },
        tokensHeading,
        create(
          'p',
          { className: 'hint' },
          'Set on this element only; an empty field leaves the page-wide value or the default (shown greyed).',
        ),
        tokens,
        partsHeading,
        create(
          'p',
          { className: 'hint' },
          'Point at a part, or focus it (arrow keys move between them), to outline it in magenta in the element; press it to keep the outline.',
        ),
        list,
        create('div', { className: 'part-foot' }, status, clear),
      ),
    ),
  );
  return section;
}

function sharedSection(elements: readonly ElementInfo[], shared: readonly Token[]): HTMLElement {
  const section = create('section', { className: 'panel shared-panel', id: 'shared' });
  section.setAttribute('aria-labelledby', 'shared-heading');
  pageScope = {
    id: 'page',
    selector: ':root',
    target: () => stage,
    values: new Map(),
    rows: new Map(),
  };

  // The colour scheme of the stage: the widgets' dark defaults follow it through light-dark().
  const schemes: [string, string][] = [
    ['light dark', "The reader's (light dark)"],
    ['light', 'Light'],
    ['dark', 'Dark'],
  ];
  const fieldset = create(
    'fieldset',
    { className: 'scheme' },
    create('legend', {}, 'Colour scheme'),
    ...schemes.map(([value, label], i) => {
      const id = `scheme-${value.replace(' ', '-')}`;
      const input = create('input', { type: 'radio', name: 'scheme', id, value, checked: i === 0 });
      input.addEventListener('change', () => {
        stage.style.colorScheme = value;
        refreshAll();
      });
      return create('div', { className: 'choice' }, input, create('label', { htmlFor: id }, label));
    }),
    create(
      'p',
      { className: 'hint' },
      'Sets ',
      code('color-scheme'),
      " on the stage around every widget. The widgets' dark defaults follow the ",
      code('color-scheme'),
      ' of the page around them (',
      code('light-dark()'),
      '): a page declaring ',
      code('color-scheme: light dark'),
      ' gets dark widgets for a reader in dark mode.',
    ),
  );

  // Descriptions: the one every element gives, else each element's.
  const uses = (token: Token): Node | undefined => {
    const described = elements.map((e) => ({
      tag: e.tag,
      description: e.tokens.find(({ name }) => name === token.name)?.description ?? '',
    }));
    if (described.every(({ description }) => description === described[0].description)) return undefined;
    return create(
      'ul',
      { className: 'uses' },
      ...described.map(({ tag, description }) =>
        create('li', {}, code(`<${tag}>`), ': ', ...withCode(description)),
      ),
    );
  };

  stage.style.colorScheme = schemes[0][0];
  section.append(
    create(
      'h2',
      { id: 'shared-heading' },
      'Page-wide tokens ',
      create('span', { className: 'count' }, `(${shared.length})`),
    ),
    create(
      'p',
      { className: 'hint' },
      'The tokens that every element reads (',
      ...elements.flatMap((e, i) => [i ? ', ' : '', code(`<${e.tag}>`)]),
      '), set on the stage around all of them, as ',
      code(':root'),
      ' would on your page. A value set on one element below wins over these.',
    ),
    fieldset,
    shared.length
      ? tokenTable(pageScope, shared, 'Page-wide theme tokens', new Set(), uses)
      : create('p', { className: 'hint' }, 'No token is read by every element.'),
  );
  return section;
}

function cssSection(): { section: HTMLElement; update(): void } {
  const section = create('section', { className: 'panel css-panel', id: 'css-panel' });
  section.setAttribute('aria-labelledby', 'css-heading');
  const output = create('code', { id: 'css' });
  const box = create('pre', { className: 'snippet', id: 'css-box', tabIndex: 0 }, output);
  box.setAttribute('aria-labelledby', 'css-heading');
  const copy = create('button', { type: 'button', id: 'copy-css' }, 'Copy CSS');
  const status = create('p', { className: 'copy-status', id: 'copy-status' });
  status.setAttribute('role', 'status');
  copy.addEventListener('click', async () => {
    const css = output.textContent ?? '';
    try {
      await navigator.clipboard.writeText(css);
      status.textContent = 'Copied.';
    } catch {
      getSelection()?.selectAllChildren(output);
      box.focus();
      status.textContent = 'The CSS is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
  section.append(
    create('div', { className: 'log-head' }, create('h2', { id: 'css-heading' }, 'Your CSS'), copy),
    create(
      'p',
      { className: 'hint' },
      'The tokens you changed, for your stylesheet: page-wide ones on ',
      code(':root'),
      ", an element's own on its tag.",
    ),
    box,
    status,
  );
  return {
    section,
    update() {
      const css = cssText();
      if (output.textContent !== css) {
        output.textContent = css;
        status.textContent = '';
      }
    },
  };
}

function showMissing(): void {
  note.remove();
  content.replaceChildren(
    create(
      'div',
      { className: 'panel missing', id: 'manifest-missing' },
      create('h2', {}, 'No manifest yet'),
      create(
        'p',
        {},
        ...withCode(
          'This page is made from `custom-elements.json`, the Custom Elements Manifest at the repository root, and it was not found (or could not be read). Run `npm run build` (or `npm run analyze`), then reload this page.',
        ),
      ),
    ),
  );
  stage.dataset.ready = 'missing';
}

async function main(): Promise<void> {
  const elements = readManifest(await fetchJson('/custom-elements.json'));
  if (!elements) {
    showMissing();
    return;
  }

  probe = create('span', { hidden: true });
  stage.append(probe);

  // The tokens all elements read, in the first element's order.
  const sharedTokens = elements[0].tokens.filter(({ name }) =>
    elements.every((e) => e.tokens.some((token) => token.name === name)),
  );
  const shared = new Set(sharedTokens.map(({ name }) => name));

  const css = cssSection();
  onTokensChange = css.update;

  const toc = create(
    'nav',
    { className: 'toc' },
    create('h2', { className: 'toc-heading', id: 'toc-heading' }, 'On this page'),
    create(
      'ul',
      {},
      create('li', {}, create('a', { href: '#shared' }, 'Page-wide tokens')),
      create('li', {}, create('a', { href: '#css-panel' }, 'Your CSS')),
      ...elements.map((e) =>
        create('li', {}, create('a', { href: `#element-${e.tag}` }, code(`<${e.tag}>`))),
      ),
    ),
  );
  toc.setAttribute('aria-labelledby', 'toc-heading');

  const partCount = elements.reduce((n, e) => n + e.parts.length, 0);
  const tokenCount = new Set(elements.flatMap((e) => e.tokens.map(({ name }) => name))).size;
  note.replaceChildren(
    ...withCode(
      `From \`custom-elements.json\`: ${elements.length} elements, ${partCount} parts, ${tokenCount} different tokens.`,
    ),
  );

  content.append(
    toc,
    create('div', { className: 'theming-top' }, sharedSection(elements, sharedTokens), css.section),
    ...elements.map((info) => elementSection(info, shared)),
  );
  refreshAll();
  // With `light dark`, the stage follows the reader's setting, and so do the dark defaults shown.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refreshAll);
  css.update();
  stage.dataset.ready = '';
}

main().catch((error: unknown) => {
  note.textContent = `The page could not start: ${String(error)}`;
  throw error;
});
