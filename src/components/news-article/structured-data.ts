// schema.org NewsArticle JSON-LD for <news-article structured-data>. Loaded only when an article asks for
// it (the attribute is off by default: a partner's page must not claim the publisher's article), so
// other pages never download it.
import type { Article } from '../../data/schemas/article.js';

/** The Trusted Types policy for the JSON-LD block; pages that enforce Trusted Types must allow it. */
export const JSON_POLICY_NAME = 'news-widgets-json';

let jsonPolicy: { createScript(input: string): unknown } | null | undefined;

/**
 * A script text that Trusted Types accepts. The policy only passes JSON, which does nothing when run as
 * script, so it stays harmless even in other hands. `null` when the page does not allow the policy.
 */
function jsonScriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!tt) return json;
  if (jsonPolicy === undefined) {
    try {
      jsonPolicy = tt.createPolicy(JSON_POLICY_NAME, {
        createScript: (input: string) => (JSON.parse(input), input),
      });
    } catch {
      jsonPolicy = null;
    }
  }
  return jsonPolicy ? jsonPolicy.createScript(json) : null;
}

/** The article's JSON-LD, as the text of its `<script>`: inert even if someone serialises the page. */
export function jsonLd(article: Article, locale: string): string {
  const images = article.photos.length
    ? article.photos.map((photo) => photo.src)
    : article.image && [article.image.src];
  const origin = article.url && new URL(article.url).origin;
  const org = article.source ? { '@type': 'Organization', name: article.source } : undefined;
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url: article.url,
    mainEntityOfPage: article.url,
    image: images || undefined,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    inLanguage: article.lang ?? locale,
    articleSection: article.category?.name,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name).join(', ') : undefined,
    author: org,
    publisher:
      org ?? (origin ? { '@type': 'Organization', name: new URL(origin).hostname, url: origin } : undefined),
  }).replace(/</g, '\\u003c');
}

/**
 * A `<script type="application/ld+json">` with `json`. Under Trusted Types a script's text is a sink,
 * even for a data block: it goes through the JSON-only policy, and without it there is no script
 * (`undefined`, with a warning that says why).
 */
export function jsonLdScript(json: string): HTMLScriptElement | undefined {
  const text = jsonScriptText(json);
  if (text === null) {
    console.warn(
      `<news-article structured-data>: this page enforces Trusted Types without allowing the policy "${JSON_POLICY_NAME}", so no JSON-LD was written.`,
    );
    return undefined;
  }
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.text = text as string;
  return script;
}
