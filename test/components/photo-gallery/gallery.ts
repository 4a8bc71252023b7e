// Helpers of the <photo-gallery> tests: photos whose images come from the fault server (SVG, optionally
// slow or counted), and rendering a gallery until its first news-load.
import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import type { PhotoGalleryElement } from '../../../src/components/photo-gallery/photo-gallery.js';
import { crossFault, nextEvent, part, parts } from '../../helpers.js';

/** A cross-origin URL serving an SVG image of `width` × `height`; `params` adds e.g. `delay` or `key`. */
export const svgUrl = (width: number, height: number, params: Record<string, string | number> = {}): string =>
  crossFault('json', {
    type: 'image/svg+xml',
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#579"/></svg>`,
    ...params,
  });

/** A photo as JSON sends it (loosely typed: tests send wrong and missing fields too). */
export interface WirePhoto {
  src?: unknown;
  srcset?: unknown;
  [key: string]: unknown;
}

/** A wire-format photo 300 × 200 with alt text, caption and credit that tell it apart. */
export const photo = (n: number, extra: Record<string, unknown> = {}): WirePhoto => ({
  src: svgUrl(300, 200, { n }),
  width: 300,
  height: 200,
  alt: `Alt text ${n}`,
  caption: `Caption ${n}`,
  credit: `Credit ${n}`,
  ...extra,
});

export const photoList = (count: number, extra: (n: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: count }, (_, i) => photo(i + 1, extra(i + 1)));

/** Renders `template` into a fresh fixture and waits for its first `event`; returns the first gallery. */
export async function gallery(template: TemplateResult, event = 'news-load'): Promise<PhotoGalleryElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const done = nextEvent(wrapper, event);
  render(template, wrapper);
  await done;
  return wrapper.querySelector('photo-gallery')!;
}

export const dialog = (el: Element): HTMLDialogElement => part(el, 'lightbox') as HTMLDialogElement;

export const counter = (el: Element): string => part(el, 'counter')!.textContent!.trim();

/** The live region of the lightbox. */
export const announced = (el: Element): string =>
  dialog(el).querySelector('[aria-live="polite"]')!.textContent!.trim();

/** Clicks thumbnail `index` and waits for the lightbox to render. */
export async function openAt(el: PhotoGalleryElement, index: number): Promise<HTMLDialogElement> {
  const opened = nextEvent(el, 'news-photo-open');
  parts(el, 'open')[index]!.click();
  await opened;
  await el.updateComplete;
  return dialog(el);
}

/** Waits until `condition()` holds, checking every 20 ms; fails after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until every thumbnail image finished loading or failed, and the gallery rendered after it. */
export async function imagesSettled(el: PhotoGalleryElement): Promise<void> {
  await until(
    () => parts(el, 'image').every((img) => (img as HTMLImageElement).complete),
    'the images loaded',
  );
  // The load and error events come in a task of their own.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}
