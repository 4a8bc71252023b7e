// Dev server for the demo pages in demo/ (`npm start`). The pages import the elements straight from
// src/, and the sample endpoint plugin answers the JSON routes they point at, so no network is needed.
// Library builds are not configured here: scripts/build.js makes dist/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embedSources } from './demo/embed-sources.js';
import { sampleEndpoint } from './demo/sample-endpoint.js';
import { serverRenderedPreview } from './demo/server-rendered-preview.js';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  // embedSources: custom-elements.json and dist/cdn/manifest.json for the embed-code page.
  // serverRenderedPreview: the server-rendered page's preview, made with src/server/.
  plugins: [sampleEndpoint(), embedSources(repoRoot), serverRenderedPreview(repoRoot)],
  server: {
    // Loopback by default; `--host` (or `--host 0.0.0.0`) on the command line opens it to the network.
    host: '127.0.0.1',
    port: 5173,
    // The pages import ../src/**, which lies outside the Vite root.
    fs: { allow: [repoRoot] },
  },
  preview: {
    host: '127.0.0.1',
  },
});
