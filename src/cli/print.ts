// The report as text: coloured and laid out for a terminal, plain when piped (or with NO_COLOR).
import type { Report } from './check.js';

export interface Style {
  color: boolean;
}

/** Colours when stdout is a terminal and NO_COLOR is not set; FORCE_COLOR forces them. */
export function styleFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): Style {
  if (env.NO_COLOR) return { color: false };
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return { color: true };
  return { color: !!stream.isTTY };
}

const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;

const kb = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

/** The report as lines of text. */
export function formatReport(report: Report, { color }: Style): string {
  const paint = (code: keyof typeof CODES, text: string) =>
    color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text;
  const ok = paint('green', color ? '✔' : 'ok');
  const bad = paint('red', color ? '✘' : 'error');
  const warn = paint('yellow', color ? '⚠' : 'warning');
  const out: string[] = [];
  const section = (title: string) => out.push('', paint('bold', title));

  out.push(
    `${paint('bold', 'news-widgets check')} ${report.target}`,
    `  element: ${report.element ? `<${report.element}>` : '(unknown)'}   format: ${report.format ?? '(unknown)'}${report.kind ? `   document: ${report.kind}` : ''}`,
  );
  out.push(
    report.ok
      ? `${ok} ${paint('green', `<${report.element}> would render`)}${report.warnings.length ? ` (${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'})` : ''}`
      : `${bad} ${paint('red', `${report.element ? `<${report.element}>` : 'The element'} would not render`)}`,
  );

  if (report.counts) {
    section('What it shows');
    if (report.title) out.push(`  title: ${report.title}`);
    out.push(
      `  ${Object.entries(report.counts)
        .map(([name, count]) => `${name}: ${count}`)
        .join(', ')}`,
    );
    if (report.images)
      out.push(
        `  images: ${report.images.total} (${report.images.sized} with width/height, ${report.images.unsized} without)`,
      );
    for (const { title, publishedAt, url } of report.headlines ?? [])
      out.push(`  ${paint('dim', publishedAt)}  ${title}${url ? paint('dim', `  ${url}`) : ''}`);
    for (const name of report.names ?? []) out.push(`  - ${name}`);
  }

  if (report.errors.length) {
    section(`Errors (${report.errors.length})`);
    for (const error of report.errors) out.push(`  ${bad} ${error}`);
  }
  if (report.warnings.length) {
    section(`Warnings (${report.warnings.length})`);
    for (const warning of report.warnings) out.push(`  ${warn} ${warning}`);
  }

  const server = report.server;
  if (server) {
    section('Server');
    out.push(
      `  ${server.status} ${server.url}`,
      `  content type: ${server.contentType ?? '(none)'}   size: ${kb(server.bytes)}   answered in ${server.ms} ms`,
      `  ${server.cors.ok ? ok : bad} CORS: Access-Control-Allow-Origin: ${server.cors.allowOrigin ?? '(missing)'}${server.cors.exposeHeaders ? `; exposes ${server.cors.exposeHeaders}` : ''}`,
      `  ${server.caching.cacheControl ? ok : warn} Cache-Control: ${server.caching.cacheControl ?? '(missing)'}`,
      `  ${server.caching.etag ? ok : warn} ETag: ${server.caching.etag ?? '(missing)'}`,
      `  ${server.caching.lastModified ? ok : warn} Last-Modified: ${server.caching.lastModified ?? '(missing)'}`,
    );
    if (server.problems.length) {
      section(`For partners (${server.problems.length})`);
      for (const problem of server.problems) out.push(`  ${warn} ${problem}`);
    }
  }
  return out.join('\n') + '\n';
}
