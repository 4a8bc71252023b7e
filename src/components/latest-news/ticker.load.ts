// The ticker's controller for <latest-news>, at once. news-widgets.js swaps in ticker.load-lazy.ts
// (scripts/build.js), so that its lists never download the ticker; latest-news.js, the partner's file,
// and the classic file keep it in.
import type { Part } from '../../internal/lazy.js';
import { TickerController } from './ticker.controller.js';

export const tickerController: Part<typeof TickerController> = () => TickerController;
