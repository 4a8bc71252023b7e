import { useState } from 'react';
import type { Feed, NewsErrorEvent, NewsLoadEvent } from 'news-widgets';
import { brokenFeed, feed, tags } from './data';

export function App() {
  const [data, setData] = useState<Feed>(feed);
  const [status, setStatus] = useState('Loading…');

  const onLoad = (event: NewsLoadEvent<Feed>) => {
    console.log('news-load', event.data.items.length);
    setStatus(`Showing ${event.data.items.length} headlines`);
  };
  const onError = (event: NewsErrorEvent) => {
    console.log('news-error', event.kind);
    setStatus(`Could not show the news (${event.kind}): ${event.message}`);
  };

  return (
    <main>
      <h1>news-widgets in React 19</h1>
      <latest-news data={data} limit={5} onnews-load={onLoad} onnews-error={onError} />
      <tag-list data={tags} variant="bar" />
      <p role="status">{status}</p>
      <button type="button" onClick={() => setData(brokenFeed)}>
        Load a broken feed
      </button>
    </main>
  );
}
