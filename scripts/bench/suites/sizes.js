// Budgets: gzip (level 9, as scripts/build.js measures) and brotli sizes of every CDN file, against the
// issue's goals, next to anchors: Lit alone and DOMPurify measured here, the other libraries as given.
// For each file, where its bytes come from, by source file through its source map.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bundleComposition } from '../lib/sourcemap.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The goals of the trust issue (zod and DOMPurify in the stack), in bytes of gzip. */
export const GOALS = {
  'latest-news.js': 20 * 1024,
  'news-widgets.js': 26 * 1024,
  'news-widgets.iife.js': 38 * 1024,
};

/** Anchors the issue gives (gzip, KB), measured elsewhere or published. */
export const GIVEN_ANCHORS = [
  { name: 'PhotoSwipe 5', gzip: 20.5 * 1024, note: 'given' },
  { name: 'GLightbox', gzip: 15.7 * 1024, note: 'given' },
  { name: "Shoelace's carousel", gzip: 16.5 * 1024, note: 'given' },
  { name: 'AMP runtime with amp-list', gzip: 74 * 1024, note: 'published, before its extensions' },
];

const sizes = (buffer) => ({
  bytes: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer).length,
});

/** Lit alone: `export * from 'lit'` bundled and minified the way scripts/build.js bundles the CDN files. */
async function litAlone() {
  const outDir = mkdtempSync(join(tmpdir(), 'news-widgets-bench-lit-'));
  const entry = {
    name: 'lit-alone-entry',
    resolveId: (id) => (id === 'virtual:lit-alone' ? '\0lit-alone' : null),
    load: (id) => (id === '\0lit-alone' ? "export * from 'lit';\n" : null),
  };
  // Vite's module runner (lib/data.js) leaves NODE_ENV=development, which would pick Lit's development
  // build; the CDN files are production builds.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: 'warn',
      plugins: [entry],
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        modulePreload: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: 'virtual:lit-alone',
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: 'lit.js' },
        },
      },
    });
    const version = JSON.parse(readFileSync(`${root}node_modules/lit/package.json`, 'utf8')).version;
    return { name: `Lit ${version} alone (measured)`, ...sizes(readFileSync(join(outDir, 'lit.js'))) };
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
    rmSync(outDir, { recursive: true, force: true });
  }
}

function dompurify() {
  const dir = `${root}node_modules/dompurify/`;
  const { version } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
  return {
    name: `DOMPurify ${version} (purify.min.js, measured)`,
    ...sizes(readFileSync(`${dir}dist/purify.min.js`)),
  };
}

export async function sizesSuite({ cdnDir }) {
  const chunks = readdirSync(cdnDir).filter((file) => file.endsWith('.js') && !(file in GOALS));
  const files = [...Object.keys(GOALS), ...chunks.sort()];
  const rows = files.map((file) => ({
    file,
    goal: GOALS[file],
    lazy: !(file in GOALS),
    ...sizes(readFileSync(cdnDir + file)),
  }));
  const composition = Object.fromEntries(
    Object.keys(GOALS).map((file) => [file, bundleComposition(cdnDir + file)]),
  );
  const anchors = [await litAlone(), dompurify()];
  return { rows, composition, anchors, given: GIVEN_ANCHORS };
}
