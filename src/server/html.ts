// HTML strings for the server renderer: every text and attribute value is escaped here, and JSON for a
// <script type="application/json"> can never end its element.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `value` as HTML text or as a quoted attribute value: `& < > " '` escaped. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/** Attributes: `undefined` or `false` leaves one out, `true` writes it without a value. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const VOID = new Set(['img', 'br', 'hr', 'col', 'meta', 'link', 'source']);

/** An attribute name HTML parses as one name (no quotes, `=`, `<`, `>`, `/` or white space). */
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_.:-]*$/i;

export function attributes(attrs: Attributes): string {
  let out = '';
  // Own entries only: a polluted Object.prototype adds nothing.
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/** An element: `children` are HTML already (made by these functions, or sanitised). */
export function el(tag: string, attrs: Attributes, ...children: string[]): string {
  return VOID.has(tag)
    ? `<${tag}${attributes(attrs)}>`
    : `<${tag}${attributes(attrs)}>${children.join('')}</${tag}>`;
}

/**
 * `value` as JSON for the text of a `<script type="application/json">`: `<`, `>` and `&` as `\u003c`…,
 * so that neither `</script>` nor `<!--` can end or change the element, and U+2028 / U+2029 escaped too
 * (valid in JSON, but line breaks to older JavaScript parsers). JSON.parse reads it back unchanged.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
