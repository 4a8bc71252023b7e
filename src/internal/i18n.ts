// UI strings for en, az and ru; any other language falls back to English. Dates use the full locale.
import type { NewsErrorKind } from '../data/errors.js';

export interface Strings {
  loading: string;
  empty: string;
  errors: Record<NewsErrorKind, string>;
  retry: string;
  stale: string;
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

const en: Strings = {
  loading: 'Loading news…',
  empty: 'No news to show yet.',
  errors: {
    network: 'Couldn’t reach the news server.',
    timeout: 'The news server took too long to answer.',
    http: 'The news server returned an error.',
    'not-json': 'The news server sent something other than news data.',
    invalid: 'The news data could not be read.',
  },
  retry: 'Try again',
  stale: 'Couldn’t update. Showing the news loaded earlier.',
  allNews: 'All news',
  photo: 'Photo',
  video: 'Video',
  newStories: { one: '# new story', other: '# new stories' },
  pause: 'Pause headlines',
  play: 'Play headlines',
  previous: 'Previous headlines',
  next: 'Next headlines',
  latest: 'Latest news',
};

const az: Strings = {
  loading: 'Xəbərlər yüklənir…',
  empty: 'Hələlik xəbər yoxdur.',
  errors: {
    network: 'Xəbər serverinə qoşulmaq mümkün olmadı.',
    timeout: 'Xəbər serveri çox gec cavab verdi.',
    http: 'Xəbər serveri xəta qaytardı.',
    'not-json': 'Xəbər serveri xəbər məlumatı əvəzinə başqa bir şey göndərdi.',
    invalid: 'Xəbər məlumatlarını oxumaq mümkün olmadı.',
  },
  retry: 'Yenidən cəhd edin',
  stale: 'Yeniləmək mümkün olmadı. Əvvəl yüklənmiş xəbərlər göstərilir.',
  allNews: 'Bütün xəbərlər',
  photo: 'Foto',
  video: 'Video',
  newStories: { other: '# yeni xəbər' },
  pause: 'Xəbər lentini dayandır',
  play: 'Xəbər lentini davam etdir',
  previous: 'Əvvəlki xəbərlər',
  next: 'Növbəti xəbərlər',
  latest: 'Son xəbərlər',
};

const ru: Strings = {
  loading: 'Загрузка новостей…',
  empty: 'Новостей пока нет.',
  errors: {
    network: 'Не удалось связаться с сервером новостей.',
    timeout: 'Сервер новостей слишком долго не отвечал.',
    http: 'Сервер новостей вернул ошибку.',
    'not-json': 'Сервер новостей прислал не данные новостей.',
    invalid: 'Не удалось прочитать данные новостей.',
  },
  retry: 'Повторить',
  stale: 'Не удалось обновить. Показаны ранее загруженные новости.',
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
};

const tables: Record<string, Strings> = { en, az, ru };

/** The strings for `locale` (`az-Latn-AZ` → az), else English. */
export const stringsFor = (locale: string): Strings => tables[locale.toLowerCase().split(/[-_]/)[0]!] ?? en;

const plurals = new Map<string, Intl.PluralRules>();

/** `count` formatted into the right plural form of `forms`. */
export function plural(locale: string, forms: Strings['newStories'], count: number): string {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return (forms[rules.select(count)] ?? forms.other).replace('#', count.toLocaleString(locale));
}
