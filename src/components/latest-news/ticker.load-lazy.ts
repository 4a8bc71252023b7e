// ticker.load.ts for news-widgets.js: the ticker's controller from a file of its own, loaded when a
// ticker connects (while its data is on its way).
import { lazy } from '../../internal/lazy.js';

export const tickerController = lazy(() =>
  import('./ticker.controller.js').then((module) => module.TickerController),
);
