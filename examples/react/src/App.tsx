import { useState } from 'react';
import type { Feed, NewsErrorEvent, NewsItemEvent, NewsLoadEvent } from 'news-widgets';
import { brokenFeed, feed, tags } from './data';

export function App() {
  const [data, setData] = useState<Feed>(feed);
  const [status, setStatus] = useState('Loading…');
  const [opened, setOpened] = useState('');
  const [seen, setSeen] = useState(0);

  const onLoad = (event: NewsLoadEvent<Feed>) => {
    console.log('news-load', event.data.items.length);
    setStatus(`Showing ${event.data.items.length} headlines`);
  };
  const onError = (event: NewsErrorEvent) => {
    console.log('news-error', event.kind);
    setStatus(`Could not show the news (${event.kind}): ${event.message}`);
  };

  // The app routes a headline itself: preventDefault() keeps the browser on this page.
  const onClick = (event: NewsItemEvent<'news-click'>) => {
    event.preventDefault();
    const item = data.items.find(({ id }) => id === event.detail.id);
    setOpened(`Opened in the app: ${item?.title ?? event.detail.url} (#${event.detail.position})`);
  };
  // Half of a headline visible for a second, once per headline: the app's own analytics.
  const onImpression = (event: NewsItemEvent<'news-impression'>) => {
    console.log('news-impression', event.detail.id, event.detail.position);
    setSeen((count) => count + 1);
  };

  return (
    <main>
      <h1>news-widgets in React 19</h1>
      <latest-news
        data={data}
        limit={5}
        onnews-load={onLoad}
        onnews-error={onError}
        onnews-click={onClick}
        onnews-impression={onImpression}
      />
      <tag-list data={tags} variant="bar" />
      <p role="status">{status}</p>
      <p id="opened">{opened}</p>
      <p id="seen">Headlines seen: {seen}</p>
      <button type="button" onClick={() => setData(brokenFeed)}>
        Load a broken feed
      </button>
    </main>
  );
}
