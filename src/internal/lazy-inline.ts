// lazy.ts for the classic CDN file (scripts/build.js swaps it in): there every part is in the script
// itself (the *.load.ts modules give their classes at once), so there is nothing to wait for.
import type { ReactiveControllerHost } from 'lit';

export type { Part } from './lazy.js';

export const make = <H extends ReactiveControllerHost, C>(host: H, Part: new (host: H) => C): C =>
  new Part(host);

export const whenLoaded = (_parts: unknown[]): undefined => undefined;
