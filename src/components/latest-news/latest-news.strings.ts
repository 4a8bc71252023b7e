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
  },
};
