// The XSS harness shared by test/sanitize/sanitize-html.test.ts and test/components/news-article/xss.test.ts:
// an execution probe (window.__xss counts __hit() and the dialog functions), interaction with every
// element (events, clicks, navigation cancelled except for javascript: URLs), and the allowlist and URL
// checks that sanitised markup must pass.
import { sleep } from '../helpers.js';
// ---------------------------------------------------------------------------------------------------
// The execution probe: window.__xss counts every call of __hit() and of the dialog functions.

export interface Probe {
  __xss: number;
  __hit: () => void;
  /** A stack per hit, to say where it came from when a test fails. */
  __hits: string[];
}
export const probe = window as unknown as Probe & Record<string, unknown>;
export const TRAPPED = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
export const originals = new Map<string, unknown>();

export function arm(): void {
  probe.__xss = 0;
  probe.__hits = [];
  // Returns undefined on purpose: a javascript: URL that evaluates to a string would replace the page.
  const hit = (): void => {
    probe.__xss++;
    probe.__hits.push(new Error('hit').stack ?? 'hit');
  };
  probe.__hit = hit;
  for (const name of TRAPPED) {
    if (!originals.has(name)) originals.set(name, probe[name]);
    probe[name] = hit;
  }
}

export function disarm(): void {
  for (const [name, original] of originals) probe[name] = original;
  originals.clear();
}

// ---------------------------------------------------------------------------------------------------
// Interaction: every element gets the events inline handlers listen for, and a click. Navigation is
// cancelled for every link and form except javascript: ones, so a javascript: URL that survived would
// still run (and count), while an http(s) link never takes the test page away.

export const EVENTS = [
  'mouseover',
  'mouseenter',
  'mousemove',
  'mousedown',
  'mouseup',
  'mouseout',
  'mouseleave',
  'pointerover',
  'pointerenter',
  'pointerdown',
  'pointerup',
  'auxclick',
  'dblclick',
  'contextmenu',
  'focus',
  'focusin',
  'blur',
  'focusout',
  'keydown',
  'keypress',
  'keyup',
  'input',
  'beforeinput',
  'change',
  'select',
  'invalid',
  'search',
  'toggle',
  'beforetoggle',
  'load',
  'error',
  'abort',
  'scroll',
  'scrollend',
  'wheel',
  'copy',
  'cut',
  'paste',
  'drag',
  'dragstart',
  'dragend',
  'dragenter',
  'dragover',
  'drop',
  'animationstart',
  'animationiteration',
  'animationend',
  'transitionstart',
  'transitionend',
  'touchstart',
  'touchend',
  'play',
  'playing',
  'canplay',
  'loadstart',
  'loadeddata',
  'begin',
  'end',
  'repeat',
  'submit',
  'reset',
  'formdata',
  'show',
  'close',
  'cancel',
  'message',
  'readystatechange',
];

/** Every element under `root`, into open shadow roots and template contents. */
export function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) yield* deep(el.content);
  }
}

export const scheme = (value: string | null, base: string): string | undefined => {
  if (value === null) return undefined;
  try {
    return new URL(value, base).protocol;
  } catch {
    return undefined;
  }
};

/** Cancels navigation from `root` unless it goes to a javascript: URL (which must run, to count). */
export function guardNavigation(root: Node): () => void {
  const onClick = (event: Event) => {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
      if ((node.localName === 'a' || node.localName === 'area') && href !== null) {
        if (scheme(href, node.baseURI) !== 'javascript:') event.preventDefault();
        return;
      }
    }
  };
  const onSubmit = (event: Event) => {
    const form = event.target as HTMLFormElement;
    const submitter = (event as SubmitEvent).submitter;
    const action = submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '';
    if (scheme(action, form.baseURI) !== 'javascript:') event.preventDefault();
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('submit', onSubmit, true);
  return () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('submit', onSubmit, true);
  };
}

/** An event of `type` of the class the browser would use, so that handlers get the fields they expect. */
export function makeEvent(type: string): Event {
  const init = { cancelable: true };
  if (type.startsWith('pointer'))
    return new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse' });
  if (type.startsWith('mouse') || type === 'dblclick' || type === 'contextmenu' || type === 'auxclick')
    return new MouseEvent(type, init);
  if (type.startsWith('focus') || type === 'blur') return new FocusEvent(type, init);
  if (type.startsWith('key')) return new KeyboardEvent(type, { ...init, key: 'Enter' });
  if (type === 'input' || type === 'beforeinput') return new InputEvent(type, init);
  if (type === 'wheel') return new WheelEvent(type, init);
  if (type.startsWith('drag') || type === 'drop') return new DragEvent(type, init);
  if (type.startsWith('animation')) return new AnimationEvent(type, init);
  if (type.startsWith('transition')) return new TransitionEvent(type, init);
  if (type === 'toggle' || type === 'beforetoggle') return new ToggleEvent(type, init);
  if (type === 'submit') return new SubmitEvent(type, init);
  return new Event(type, init);
}

/**
 * Sends every element under `root` the events of EVENTS and a click, then waits for what that starts.
 * A modal dialog a click opened is closed again, so that it never makes the rest of the page inert.
 */
export async function interact(root: ParentNode, settle = 200): Promise<void> {
  const elements = [...deep(root)];
  const dialogs = elements.filter((el): el is HTMLDialogElement => el instanceof HTMLDialogElement);
  for (const el of elements) {
    for (const type of EVENTS) el.dispatchEvent(makeEvent(type));
    if (el instanceof HTMLElement) el.click();
    else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    for (const dialog of dialogs) if (dialog.open) dialog.close();
  }
  await sleep(settle);
}

// ---------------------------------------------------------------------------------------------------
// What sanitised HTML may hold. These lists are the test's own, written from the sanitiser's contract
// (the news allowlist), not imported from it.

export const XHTML = 'http://www.w3.org/1999/xhtml';
export const ALLOWED_TAGS = new Set(
  (
    'p br hr h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s sub sup small mark abbr ' +
    'time code pre span div a figure figcaption img table caption thead tbody tfoot tr th td colgroup col'
  ).split(' '),
);
export const ALLOWED_ATTRS = new Set(
  (
    'href src srcset sizes alt title width height lang dir cite datetime colspan rowspan scope headers ' +
    'span start reversed type loading decoding target rel'
  ).split(' '),
);
export const FORBIDDEN_TAGS = new Set(
  (
    'script style iframe frame frameset object embed applet param form input button textarea select option ' +
    'optgroup datalist output meta base link svg math template noscript xmp noembed noframes plaintext listing ' +
    'video audio source track picture canvas map area slot title head body html dialog details summary ' +
    'marquee isindex keygen image portal fencedframe search'
  ).split(' '),
);
/** Attributes no rendered widget may carry anywhere in its shadow DOM. */
export const FORBIDDEN_ATTR =
  /^(on.*|style|id|name|class|srcdoc|formaction|action|xlink:href|is|data|poster|background|ping|form|autofocus|contenteditable|popover.*|command.*|xmlns(:.*)?)$/i;
/** The same, plus what sanitised article HTML may not carry either (the widget's own markup may). */
export const FORBIDDEN_SANITISED_ATTR =
  /^(on.*|style|id|name|class|srcdoc|formaction|action|xlink:href|is|data|poster|background|ping|form|autofocus|contenteditable|popover.*|command.*|slot|part|exportparts|nonce|tabindex|xmlns(:.*)?)$/i;
export const URL_ATTRS = new Set(
  'href src cite action formaction data poster background ping longdesc codebase manifest icon lowsrc dynsrc xlink:href'.split(
    ' ',
  ),
);

/** The URLs of a srcset, split the way the HTML spec's srcset parser does (not the way ours does). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (space(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !space(value[i])) i++;
    const url = value.slice(start, i);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    let depth = 0;
    for (; i < value.length; i++) {
      const c = value[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) {
        i++;
        break;
      }
    }
  }
  return urls;
}

/** Whether `value` is an absolute http(s) URL on its own (no base needed). */
export const isHttp = (value: string): boolean => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

// ---------------------------------------------------------------------------------------------------
// What sanitised HTML may hold, checked.

const snippet = (el: Element) => el.outerHTML.slice(0, 160);

/** Everything in `root` that sanitised news HTML must not hold, in words; `[]` when it is clean. */
export function sanitisedProblems(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deep(root)) {
    const tag = el.localName;
    if (el.namespaceURI !== XHTML) found.push(`<${tag}> in namespace ${el.namespaceURI}: ${snippet(el)}`);
    if (FORBIDDEN_TAGS.has(tag)) found.push(`forbidden element <${tag}>: ${snippet(el)}`);
    else if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}> is outside the allowlist: ${snippet(el)}`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (FORBIDDEN_SANITISED_ATTR.test(name))
        found.push(`forbidden attribute ${attr.name} on <${tag}>: ${snippet(el)}`);
      else if (!ALLOWED_ATTRS.has(name))
        found.push(`attribute ${attr.name} is outside the allowlist: ${snippet(el)}`);
      if (attr.namespaceURI) found.push(`namespaced attribute ${attr.name}: ${snippet(el)}`);
      if (URL_ATTRS.has(name) && !isHttp(attr.value))
        found.push(`${attr.name} is not an absolute http(s) URL: ${snippet(el)}`);
      if (name === 'srcset')
        for (const url of srcsetUrls(attr.value))
          if (!isHttp(url))
            found.push(`srcset candidate ${JSON.stringify(url)} is not http(s): ${snippet(el)}`);
    }
    if (tag === 'a' && el.hasAttribute('target') && !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))
      found.push(`a link with a target but without rel=noopener: ${snippet(el)}`);
  }
  // Comments and processing instructions (which some browsers now parse in HTML) have no place either.
  const walker = document.createTreeWalker(
    root as Node,
    NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION,
  );
  for (let node; (node = walker.nextNode());) found.push(`a ${node.nodeName} node: ${node.nodeValue}`);
  return found;
}

/** A shadow root in the document, with one box per piece of content, all at the top of the viewport. */
export function stage(host: HTMLElement) {
  const root = host.attachShadow({ mode: 'open' });
  const boxes: HTMLDivElement[] = [];
  return {
    root,
    add(content: Node, label: string) {
      const box = document.createElement('div');
      box.dataset.case = label;
      // Every box starts at the top of the viewport, so lazy images would load too.
      box.style.cssText = 'position:absolute;top:0;left:0;width:40rem;opacity:0.01';
      box.append(content);
      root.append(box);
      boxes.push(box);
      return box;
    },
    boxes,
  };
}

/** The two sanitisers every corpus goes through: the browser's HTML Sanitizer API, and DOMPurify. */
export const ENGINES = ['sanitizer-api', 'dompurify'] as const;
