// `news-widgets render <url|file> --element <tag>`: the element's HTML for a page without JavaScript and
// for search engines: its attributes, its data inline, its fallback markup (src/server/). The data is
// fetched as `check` fetches it (the request layer, files from the disk); the HTML goes to stdout, and
// warnings and errors to stderr.
import { parseArgs } from 'node:util';
import { FORMATS } from '../data/formats/detect.js';
import { requestJson } from '../data/request.js';
import { ELEMENTS, checkAttributes, renderElement } from '../server/render.js';
import type { ElementName } from '../server/render.js';
import { targetUrl } from './check.js';
import { withCommandFetch } from './source.js';
import type { Answer } from './source.js';
import type { Style } from './print.js';

export const RENDER_USAGE = `usage: news-widgets render <url|file> --element ${ELEMENTS.join('|')} [--attr name=value ...] [--format ${FORMATS.join('|')}] [--styles inline|none] [--nonce N]`;

export class UsageError extends Error {}

export interface RenderArgs {
  target: string;
  element: ElementName;
  attributes: Record<string, string>;
  styles: 'inline' | 'none';
  nonce?: string;
}

/** The command's arguments (after `render`); throws a UsageError. `null`: `--help`. */
export function parseRenderArgs(argv: string[]): RenderArgs | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        element: { type: 'string' },
        attr: { type: 'string', multiple: true, default: [] },
        format: { type: 'string' },
        styles: { type: 'string', default: 'none' },
        nonce: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('Missing <url|file>');
  if (positionals.length > 1) throw new UsageError(`One <url|file> at a time, got: ${positionals.join(' ')}`);
  const element = values.element as ElementName | undefined;
  if (!element) throw new UsageError(`--element is required: ${ELEMENTS.join(', ')}`);
  if (!ELEMENTS.includes(element))
    throw new UsageError(`--element must be one of ${ELEMENTS.join(', ')}; got "${element}"`);
  if (values.styles !== 'inline' && values.styles !== 'none')
    throw new UsageError(`--styles must be inline or none; got "${values.styles}"`);
  if (values.nonce !== undefined && !/^[A-Za-z0-9+/_=-]+$/.test(values.nonce))
    throw new UsageError('--nonce must be a base64 value');
  const attributes: Record<string, string> = {};
  for (const pair of values.attr) {
    const at = pair.indexOf('=');
    const name = (at === -1 ? pair : pair.slice(0, at)).trim();
    if (!name) throw new UsageError(`--attr needs name=value (or a name alone); got "${pair}"`);
    attributes[name] = at === -1 ? '' : pair.slice(at + 1);
  }
  if (values.format !== undefined) {
    if (!FORMATS.includes(values.format as never))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
    attributes.format = values.format;
  }
  try {
    checkAttributes(element, attributes);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { target: positionals[0]!, element, attributes, styles: values.styles, nonce: values.nonce };
}

export interface RenderResult {
  /** 0: rendered; 1: the data would not render. */
  code: 0 | 1;
  html?: string;
  warnings: string[];
  errors: string[];
}

/** Fetches the target and renders the element. Never throws for bad data: `errors` says what went wrong. */
export async function render(args: RenderArgs): Promise<RenderResult> {
  const answers: Answer[] = [];
  try {
    const { url, source } = targetUrl(args.target);
    // A file saved from an endpoint: its relative URLs resolve against the endpoint, when `src` names it.
    const src = args.attributes.src;
    const base = source === 'file' && src && /^https?:\/\//i.test(src) ? src : undefined;
    const response = await withCommandFetch(answers, () => requestJson(url, { maxAge: 0 }));
    const { html, warnings } = renderElement(args.element, response.data, {
      url: base ?? response.url,
      contentType: response.headers.get('content-type'),
      attributes: args.attributes,
      styles: args.styles,
      nonce: args.nonce,
    });
    return { code: 0, html, warnings, errors: [] };
  } catch (error) {
    return { code: 1, warnings: [], errors: [error instanceof Error ? error.message : String(error)] };
  }
}

/** The warnings and errors, for stderr (as `check` words and colours them). */
export function formatProblems(args: RenderArgs, result: RenderResult, { color }: Style): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  if (result.code === 1)
    out.push(
      `${paint(31, color ? '✘' : 'error')} ${paint(31, `<${args.element}> would not render`)}: ${args.target}`,
    );
  for (const error of result.errors) out.push(`  ${paint(31, color ? '✘' : 'error')} ${error}`);
  for (const warning of result.warnings) out.push(`  ${paint(33, color ? '⚠' : 'warning')} ${warning}`);
  return out.length ? `${out.join('\n')}\n` : '';
}
