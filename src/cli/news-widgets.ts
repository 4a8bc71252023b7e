#!/usr/bin/env node
// The package's `news-widgets` command (package.json `bin`): `news-widgets check <url|file> ...` and
// `news-widgets render <url|file> --element <tag> ...`.
// Exit 0: the element would render (warnings allowed) / was rendered; 1: it would not; 2: wrong usage.
import process from 'node:process';
import { parseArgs } from 'node:util';
import { FORMATS } from '../data/formats/detect.js';
import type { Format } from '../data/formats/detect.js';
import { ELEMENTS, check } from './check.js';
import type { ElementName } from './check.js';
import { formatReport, styleFor } from './print.js';
import {
  RENDER_USAGE,
  UsageError as RenderUsageError,
  formatProblems,
  parseRenderArgs,
  render,
} from './render.js';

export const CHECK_USAGE = `usage: news-widgets check <url|file> [--element ${ELEMENTS.join('|')}] [--format ${FORMATS.join('|')}] [--item ID] [--json]`;
export const USAGE = `${CHECK_USAGE}\n${RENDER_USAGE}`;

class UsageError extends Error {}

function parse(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return { help: true } as const;
  if (command === 'render') return { render: parseRenderArgs(rest) } as const;
  if (command !== 'check') throw new UsageError(command ? `Unknown command: ${command}` : 'Missing command');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        element: { type: 'string' },
        format: { type: 'string', default: 'auto' },
        item: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true } as const;
  if (positionals.length === 0) throw new UsageError('Missing <url|file>');
  if (positionals.length > 1) throw new UsageError(`One <url|file> at a time, got: ${positionals.join(' ')}`);
  const element = values.element;
  if (element !== undefined && !ELEMENTS.includes(element as ElementName))
    throw new UsageError(`--element must be one of ${ELEMENTS.join(', ')}; got "${element}"`);
  if (!FORMATS.includes(values.format as Format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
  if (values.item !== undefined && !values.item) throw new UsageError('--item needs an id or url');
  return {
    help: false,
    json: values.json,
    options: {
      target: positionals[0]!,
      element: element as ElementName | undefined,
      format: values.format as Format | 'auto',
      item: values.item,
    },
  } as const;
}

/** Runs the command with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof RenderUsageError)) throw error;
    process.stderr.write(`news-widgets: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if ('render' in args) {
    if (!args.render) {
      process.stdout.write(`${RENDER_USAGE}\n`);
      return 0;
    }
    let result;
    try {
      result = await render(args.render);
    } catch (error) {
      if (!(error instanceof RenderUsageError)) throw error;
      process.stderr.write(`news-widgets: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(formatProblems(args.render, result, styleFor(process.stderr, process.env)));
    if (result.html) process.stdout.write(`${result.html}\n`);
    return result.code;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const report = await check(args.options);
  process.stdout.write(
    args.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(report, styleFor(process.stdout, process.env)),
  );
  return report.ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
