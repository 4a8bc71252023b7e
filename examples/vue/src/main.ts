// Registers <latest-news>, <news-article>, <tag-list> and <photo-gallery>.
import 'news-widgets/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
