// Sample data in the widgets' JSON format. A real app fetches it, or gives the elements `src` instead.
import type { Feed, Tags } from 'news-widgets';

export const feed: Feed = {
  title: 'Latest News',
  url: 'https://news.example/en/news/',
  items: [
    {
      id: '491290',
      url: 'https://news.example/en/other-countries/iran-strikes-oil-tanker-off-oman-coast-one-killed',
      title: 'Iran strikes oil tanker off Oman coast, one killed',
      publishedAt: '2026-03-03T14:34:00+04:00',
      category: { name: 'Other countries' },
    },
    {
      id: '491283',
      url: 'https://news.example/en/military/azerbaijan-turkiye-discuss-expanding-defense-industry-cooperation',
      title: 'Azerbaijan, Türkiye discuss expanding defense industry cooperation',
      publishedAt: '2026-03-03T13:41:00+04:00',
      category: { name: 'Military' },
      media: 'photo',
    },
    {
      id: '491270',
      url: 'https://news.example/en/business/caspian-shipping-volumes-rise',
      title: 'Caspian shipping volumes rise for a third month',
      publishedAt: '2026-03-03T12:05:00+04:00',
      category: { name: 'Business' },
      media: 'video',
    },
  ],
};

export const tags: Tags = {
  title: 'Trending',
  tags: [
    { name: 'Azerbaijan', url: 'https://news.example/en/tags/azerbaijan/' },
    { name: 'Energy', url: 'https://news.example/en/tags/energy/' },
    { name: 'Caspian Sea', url: 'https://news.example/en/tags/caspian-sea/' },
  ],
};

/** What a bad response looks like: JSON whose only item has no date. The element reports news-error. */
export const brokenFeed: Feed = JSON.parse('{"items": [{"id": "1", "title": "A headline without a date"}]}');
