// JSX types for the four news-widgets elements in React 19.
//
// React 19 renders a tag with a dash as a custom element: a prop the element has as a property (`data`,
// `limit`, `src`, …) is set as that property, any other as an attribute, and a function prop named
// `on` + an event's exact name (`onnews-load`) becomes an addEventListener() for that event.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  Article,
  Feed,
  LatestNewsElement,
  NewsArticleElement,
  NewsElement,
  NewsErrorEvent,
  NewsItemEvent,
  NewsLoadEvent,
  NewsPhotoEvent,
  PhotoGalleryElement,
  Photos,
  TagListElement,
  Tags,
} from 'news-widgets';

/** What every news element takes: `src` or `data`, time zone, credentials, and its events. */
type NewsElementProps<E extends NewsElement<D>, D, K extends keyof E = never> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Pick<E, K | 'src' | 'timeZone' | 'withCredentials'>> & {
    /** Already-parsed JSON: no request is made. */
    data?: D;
    'onnews-load'?: (event: NewsLoadEvent<D>) => void;
    'onnews-error'?: (event: NewsErrorEvent) => void;
    /** Before a reader follows a link to an article; `preventDefault()` keeps the browser here. */
    'onnews-click'?: (event: NewsItemEvent<'news-click'>) => void;
    /** Once per item, when half of it has been visible for a second. */
    'onnews-impression'?: (event: NewsItemEvent<'news-impression'>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'latest-news': NewsElementProps<
        LatestNewsElement,
        Feed,
        | 'limit'
        | 'variant'
        | 'loadMore'
        | 'headingLevel'
        | 'refresh'
        | 'linkTarget'
        | 'linkParams'
        | 'speed'
        | 'thumbnails'
      >;
      'news-article': NewsElementProps<
        NewsArticleElement,
        Article,
        'headingLevel' | 'linkTarget' | 'linkParams' | 'structuredData'
      >;
      'tag-list': NewsElementProps<
        TagListElement,
        Tags,
        'variant' | 'counts' | 'headingLevel' | 'linkTarget' | 'linkParams'
      >;
      'photo-gallery': NewsElementProps<
        PhotoGalleryElement,
        Photos,
        'variant' | 'layout' | 'headingLevel' | 'deepLink'
      > & {
        'onnews-photo-open'?: (event: NewsPhotoEvent<'news-photo-open'>) => void;
        'onnews-photo-change'?: (event: NewsPhotoEvent<'news-photo-change'>) => void;
        'onnews-photo-close'?: (event: NewsPhotoEvent<'news-photo-close'>) => void;
      };
    }
  }
}
