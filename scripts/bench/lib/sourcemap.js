// Source maps, read without a library: which original file each byte of a minified CDN file came from
// (for the bundle analysis) and where a CPU profile's function is in the sources (for the profiles).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = new Map([...BASE64].map((char, i) => [char, i]));

/** Decodes a v3 `mappings` string: per generated line, segments [column, source, line, column, name?]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments = [];
    let generated = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = DIGITS.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += values[0];
      if (values.length >= 4) {
        source += values[1];
        line += values[2];
        column += values[3];
        if (values.length >= 5) name += values[4];
        segments.push([generated, source, line, column, values.length >= 5 ? name : -1]);
      } else segments.push([generated, -1, -1, -1, -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * A module's group for the tables: the npm package (`lit-html`, `@lit/reactive-element`, `dompurify`) or
 * the file under src/ (`src/components/latest-news/latest-news.ts`).
 */
export function groupOf(source) {
  if (!source) return '(no source: bundler glue)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules) return modules[1];
  const src = /(?:^|\/)(src\/.*)$/.exec(source);
  return src ? src[1] : source.replace(/^(\.\.\/)+/, '');
}

export class SourceMap {
  constructor(mapPath) {
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    this.sources = map.sources;
    this.names = map.names ?? [];
    this.lines = decodeMappings(map.mappings);
  }

  /** The original position of generated (line, column), both from 0, or undefined. */
  lookup(line, column) {
    const segments = this.lines[line];
    if (!segments?.length) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0][0] > column) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid][0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const [, source, originalLine, originalColumn, name] = segments[lo];
    if (source < 0) return undefined;
    return {
      source: this.sources[source],
      line: originalLine + 1,
      column: originalColumn,
      name: name >= 0 ? this.names[name] : undefined,
    };
  }

  /**
   * Every byte of `code` (the generated file) attributed to a group: runs from one mapping to the next.
   * @returns {Map<string, Array<[number, number]>>} group → [start, end) byte ranges
   */
  ranges(code) {
    const byGroup = new Map();
    const lineStarts = [0];
    for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const add = (group, start, end) => {
      if (end <= start) return;
      if (!byGroup.has(group)) byGroup.set(group, []);
      byGroup.get(group).push([start, end]);
    };
    let previous = { group: groupOf(undefined), at: 0 };
    this.lines.forEach((segments, line) => {
      for (const [column, source] of segments) {
        const at = lineStarts[line] + column;
        add(previous.group, previous.at, at);
        previous = { group: groupOf(source >= 0 ? this.sources[source] : undefined), at };
      }
    });
    add(previous.group, previous.at, code.length);
    return byGroup;
  }
}

/** The coarse groups of the bundle analysis: what a reader can act on. */
export function areaOf(group) {
  if (/^(lit-html|lit-element|lit|@lit\/)/.test(group))
    return 'Lit (lit-html, reactive-element, lit-element)';
  if (group === 'dompurify') return 'DOMPurify';
  if (group === 'zod') return 'zod (zod/mini)';
  if (/\.styles\.ts$|internal\/styles\.ts$/.test(group)) return 'CSS (`*.styles.ts`)';
  if (/\.strings\.ts$|internal\/i18n\.ts$/.test(group))
    return 'UI strings and plurals (`*.strings.ts`, i18n)';
  if (/data\/schemas\//.test(group)) return 'JSON validation (data/schemas)';
  if (/data\/(request|config|url|errors)\.ts$/.test(group))
    return 'fetching and config (request, config, url, errors)';
  if (/internal\/news-element|internal\/links|format\/date|events\//.test(group))
    return 'shared element base (news-element, links, dates, events)';
  const component = /components\/([^/]+)\//.exec(group);
  if (component) return `\`<${component[1]}>\` code`;
  if (/sanitize\//.test(group)) return 'sanitiser wrapper (src/sanitize)';
  return 'other (bundler glue, entry)';
}

/**
 * Where the bytes of a minified file come from: per group (and per coarse area), its minified bytes and
 * what gzip would save without it (the file gzipped whole, minus the file gzipped without those bytes).
 * Shares of a compressed file do not add up exactly; this "marginal gzip" is what dropping it would save.
 */
export function bundleComposition(jsPath, mapPath = `${jsPath}.map`) {
  // UTF-8 text: source-map columns count UTF-16 code units, as JavaScript strings do. (Read as latin1,
  // every non-ASCII character shifted the columns after it, to the end of the line.)
  const code = readFileSync(jsPath, 'utf8');
  const ranges = new SourceMap(mapPath).ranges(code);
  const gzip = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
  const whole = gzip(code);
  const measure = (group, list) => {
    const bytes = list.reduce((sum, [start, end]) => sum + Buffer.byteLength(code.slice(start, end)), 0);
    const keep = new Uint8Array(code.length).fill(1);
    for (const [start, end] of list) keep.fill(0, start, end);
    const parts = [];
    let runStart = -1;
    for (let i = 0; i <= code.length; i++) {
      if (i < code.length && keep[i]) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        parts.push(code.slice(runStart, i));
        runStart = -1;
      }
    }
    return { group, bytes, gzip: whole - gzip(parts.join('')) };
  };
  const areas = new Map();
  for (const [group, list] of ranges) {
    const area = areaOf(group);
    areas.set(area, [...(areas.get(area) ?? []), ...list]);
  }
  const sort = (rows) => rows.sort((a, b) => b.bytes - a.bytes);
  return {
    bytes: Buffer.byteLength(code),
    gzip: whole,
    rows: sort([...ranges].map(([group, list]) => measure(group, list))),
    areas: sort([...areas].map(([area, list]) => measure(area, list))),
  };
}
