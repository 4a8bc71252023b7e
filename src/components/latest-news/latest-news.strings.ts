// UI strings of <latest-news> in en, az and ru (the shared ones are in src/internal/i18n.ts).

export interface LatestNewsStrings {
  allNews: string;
  photo: string;
  video: string;
  /** "3 new stories", by plural category. */
  newStories: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  pause: string;
  play: string;
  previous: string;
  next: string;
  latest: string;
  /** The load-more button. */
  more: string;
  /** The load-more button after a page failed to load. */
  moreFailed: string;
  /** "5 more headlines", said after a page was added, by plural category. */
  added: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
}

export const strings: Record<'en' | 'az' | 'ru', LatestNewsStrings> = {
  en: {
    allNews: 'All news',
    photo: 'Photo',
    video: 'Video',
    newStories: { one: '# new story', other: '# new stories' },
    pause: 'Pause headlines',
    play: 'Play headlines',
    previous: 'Previous headlines',
    next: 'Next headlines',
    latest: 'Latest news',
    more: 'More headlines',
    moreFailed: 'Couldn’t load more headlines. Try again',
    added: { one: '# more headline', other: '# more headlines' },
  },
  az: {
    allNews: 'Bütün xəbərlər',
    photo: 'Foto',
    video: 'Video',
    newStories: { other: '# yeni xəbər' },
    pause: 'Xəbər lentini dayandır',
    play: 'Xəbər lentini davam etdir',
    previous: 'Əvvəlki xəbərlər',
    next: 'Növbəti xəbərlər',
    latest: 'Son xəbərlər',
    more: 'Daha çox xəbər',
    moreFailed: 'Daha çox xəbər yükləmək mümkün olmadı. Yenidən cəhd edin',
    added: { other: 'Daha # xəbər əlavə olundu' },
  },
  ru: {
    allNews: 'Все новости',
    photo: 'Фото',
    video: 'Видео',
    newStories: {
      one: '# новая новость',
      few: '# новые новости',
      many: '# новых новостей',
      other: '# новости',
    },
    pause: 'Остановить ленту новостей',
    play: 'Запустить ленту новостей',
    previous: 'Предыдущие новости',
    next: 'Следующие новости',
    latest: 'Последние новости',
    more: 'Ещё новости',
    moreFailed: 'Не удалось загрузить ещё новости. Повторить',
    added: {
      one: 'Добавлена ещё # новость',
      few: 'Добавлены ещё # новости',
      many: 'Добавлено ещё # новостей',
      other: 'Добавлено ещё # новости',
    },
  },
};
