// Registers every news element under its default tag. Safe to import more than once.
import './components/latest-news/latest-news.define.js';
