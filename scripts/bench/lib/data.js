// The bench's data: the demo's sample endpoint (demo/sample-endpoint.ts, loaded through Vite's module
// runner so its TypeScript needs no build) and feeds of any length made from its headlines.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module: sample } = await runnerImport(
  fileURLToPath(new URL('../../../demo/sample-endpoint.ts', import.meta.url)),
);

export { sample };

/** The article the publisher page shows (the sample endpoint's one article). */
export const ARTICLE_ID = '491283';

/** Minutes between two generated headlines. */
const STEP_MS = 6 * 60_000;
/** The headline published three minutes ago; later numbers (only the memory cycles reach them) are ahead. */
const LATEST = 1_010;
/** One clock for the whole run, so that every feed gives headline n the same time. */
const NOW = Date.now();

/**
 * A feed of `count` headlines, newest first, whose newest is number `newest`. Headline n always has the
 * same id, text and time, so a feed up to 1,010 shares its 1,000 older items with the feed up to 1,000:
 * a refresh that prepends 10. Titles, categories and media come from the sample feed; times run back six
 * minutes a headline from three minutes ago, so about the first 240 show a time and the rest a date, as in a real feed.
 */
export function numberedFeed(origin, newest, count, now = NOW) {
  const templates = sample.buildFeed(origin, { startedAt: 0, now: 7 * sample.SAMPLE_TICK_MS }).items;
  const items = [];
  for (let n = newest; n > newest - count && n > 0; n--) {
    const template = templates[n % templates.length];
    const id = String(700_000 + n);
    const { updatedAt: _updated, ...fields } = template;
    items.push({
      ...fields,
      id,
      url: `${template.url}-${id}`,
      publishedAt: sample.toBakuIso(now - 180_000 - (LATEST - n) * STEP_MS),
    });
  }
  return { title: 'Latest News', url: `${origin}/en/news/`, items };
}
