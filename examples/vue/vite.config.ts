import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const NEWS_TAGS = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'];

export default defineConfig({
  plugins: [
    vue({
      // The four tags are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => NEWS_TAGS.includes(tag) } },
    }),
  ],
});
