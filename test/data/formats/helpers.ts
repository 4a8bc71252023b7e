// Shared by the format readers' tests: the real samples in test/fixtures/real-feeds/ (fetched from the
// test server, byte for byte) and small hand-written sources.

/** The text of a sample in test/fixtures/real-feeds/. */
export async function sample(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/real-feeds/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
}

/** The text of a hand-written fixture in test/data/formats/fixtures/. */
export async function own(name: string): Promise<string> {
  const response = await fetch(`/test/data/formats/fixtures/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response.text();
}

/** An XML document from text, as the browser parses a response. */
export const xml = (text: string): Document => new DOMParser().parseFromString(text, 'application/xml');

/** Response headers as the readers see them. */
export const headers = (init: Record<string, string>) => new Headers(init);
