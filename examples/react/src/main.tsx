// Registers <latest-news>, <news-article>, <tag-list> and <photo-gallery> before React renders them, so
// React sees their properties (`data`, `limit`, …) and sets them as properties, not attributes.
import 'news-widgets/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
