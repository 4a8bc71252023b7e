// Whether data may be in a format other than the native one, so that an element with `format="auto"`
// loads the format readers only then: in the main bundle, so it stays tiny. Text (XML), a `version`
// (JSON Feed), a term's `taxonomy` and a `{ rendered }` title or content (WordPress) go to the readers,
// whose detectFormat (./detect.ts) decides, and may still call it native. Native data has none of them
// (its titles are text). A WordPress response without either (`_fields` leaving them out) needs
// `format="wordpress"`.

/**
 * True when `body` (parsed JSON, or text) must go through the format readers under `format`: text always
 * (XML, or text that `native` refuses as not JSON), any data under a format other than `native` and
 * `auto`, and under `auto` what may be another format.
 */
export const needsReaders = (format: string, body: unknown): boolean => {
  if (typeof body == 'string') return true;
  if (format != 'auto') return format != 'native';
  // The first entry of a list, or the object itself; any other value as an object with no keys. A key
  // inherited from a polluted Object.prototype only costs a look by the readers, which read own keys.
  const entry = Object(Array.isArray(body) ? body[0] : body) as Record<string, unknown>;
  return (entry.version ?? entry.taxonomy ?? Object(entry.title ?? entry.content).rendered) !== undefined;
};
