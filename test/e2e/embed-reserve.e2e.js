// The embed-code page's snippets reserve their element's space before the script runs (issue 14): each
// snippet carries the README's page CSS for its element, so pasting it into a bare page with text after it
// moves nothing while the script loads and the data arrives. Measured with the page's own layout-shift
// entries, with the snippet as written and with its <style> taken out (which shows what it saves).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, startDemoServer } from './helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The most a pasted snippet may shift the page: a fifth of Google's "good" limit (0.1). */
const LIMIT = 0.02;
/**
 * The gallery's height depends on what only its data says: whether it has a title (a heading line above
 * the photos, since 0.2), how many photos, how long their captions are. Its page CSS reserves one row of
 * photos; the heading of a titled gallery then moves what follows by one line (0.035 here). Half of
 * Google's "good" limit, until the gallery's placeholder can know more.
 */
const LIMITS = { 'photo-gallery': 0.05 };

const PRESETS = [
  'latest-news',
  'latest-news-ticker',
  'news-article',
  'tag-list',
  'tag-list-bar',
  'photo-gallery',
];

let vite;
let origin;
let browser;

before(async () => {
  ({ vite, origin } = await startDemoServer());
  browser = await launchBrowser();
  const warm = await openPage(browser);
  await warm.page.goto(`${origin}/embed.html`);
  await warm.page.waitForLoadState('networkidle');
  await warm.close();
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

/** The code the embed page writes for `preset`, loading the script from /news-widgets/ on the same site. */
async function snippetFor(preset) {
  const opened = await openPage(browser);
  const { page } = opened;
  try {
    await page.route(`${origin}/dist/cdn/manifest.json`, (route) => route.fulfill({ status: 204 }));
    await page.goto(`${origin}/embed.html`);
    await page.waitForSelector('#embed-form[data-ready]');
    await page.fill('#cdn-base', '/news-widgets/');
    await page.locator('#cdn-base').press('Enter');
    await page.check(`#element-${preset}`);
    await page.waitForFunction(
      (tag) => {
        const code = document.querySelector('#snippet').textContent;
        return code.includes('src="/news-widgets/news-widgets.js"') && code.includes(`<${tag}`);
      },
      preset.replace(/-(ticker|bar)$/, ''),
    );
    return await page.textContent('#snippet');
  } finally {
    await opened.close();
  }
}

/**
 * Pastes `code` into a bare page between a heading and a paragraph, its script served from src/ by the dev
 * server with a delay (a slow network), and returns the page's layout shift once the element has shown
 * its content and a quiet second has passed.
 */
async function shiftOf(code) {
  const opened = await openPage(browser);
  const { page } = opened;
  try {
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.route(`${origin}/bare.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>
<script>
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
</script></head><body>
<h1>A partner's page</h1>
${code}
<p id="after">Text after the widget. Anything here moves if the widget above changes height as it loads.</p>
${"<p>More of the partner's own text, filling the rest of the screen.</p>".repeat(20)}
</body></html>`,
      }),
    );
    await page.route(`${origin}/news-widgets/news-widgets.js`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.fulfill({
        contentType: 'text/javascript; charset=utf-8',
        body: `import '/@fs${REPO}src/define.ts';\n`,
      });
    });
    await page.goto(`${origin}/bare.html`);
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#after').previousElementSibling?.shadowRoot;
        return root?.querySelector('[part~="title"], [part~="tag"], [part~="image"], [part~="error"]');
      },
      null,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(1000);
    const error = await page.evaluate(() =>
      document.querySelector('#after').previousElementSibling.shadowRoot.querySelector('[part~="error"]'),
    );
    assert.equal(error, null, 'the element shows its content');
    assert.deepEqual(opened.pageErrors, []);
    return await page.evaluate(() => window.__shift);
  } finally {
    await opened.close();
  }
}

describe("embed-code page: the snippets reserve their element's space", () => {
  for (const preset of PRESETS) {
    it(`${preset}: pasted into a bare page, it moves nothing (layout shift ≤ ${LIMITS[preset] ?? LIMIT})`, async () => {
      const code = await snippetFor(preset);
      assert.match(
        code,
        /^<style>\n[^]*:not\(:defined\)[^]*<\/style>\n<script /,
        'the code starts with its page CSS',
      );
      const shift = await shiftOf(code);
      const without = await shiftOf(code.replace(/^<style>[^]*?<\/style>\n/, ''));
      console.log(
        `${preset}: layout shift ${shift.toFixed(4)} with the snippet's <style>, ${without.toFixed(4)} without`,
      );
      const limit = LIMITS[preset] ?? LIMIT;
      assert.ok(shift <= limit, `${preset}: layout shift ${shift.toFixed(4)} > ${limit}`);
      // The page and its measure can tell: without the <style>, the same page does move.
      assert.ok(without > limit, `${preset}: without its <style>, ${without.toFixed(4)}`);
    });
  }
});
