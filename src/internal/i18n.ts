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
  /** "Updated 14:02": `#` is the time (or date and time). */
  updated: string;
  /** Before the links to the same story in other languages. */
  alsoIn: string;
  /** "Source: Report". */
  source: string;
  tags: string;
  share: string;
  /** Shown after the link was copied to the clipboard. */
  copied: string;
  /** Shown when neither sharing nor copying worked. */
  copyFailed: string;
  photos: string;
  /** "Photo 2 of 5": `#1` the number, `#2` the count. */
  photoOf: string;
  openPhoto: string;
  close: string;
  previousPhoto: string;
  nextPhoto: string;
  photoUnavailable: string;
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
  updated: 'Updated #',
  alsoIn: 'Also in:',
  source: 'Source: #',
  tags: 'Tags',
  share: 'Share',
  copied: 'Link copied',
  copyFailed: 'Couldn’t copy the link',
  photos: 'Photos',
  photoOf: 'Photo #1 of #2',
  openPhoto: 'Open photo #1 of #2',
  close: 'Close',
  previousPhoto: 'Previous photo',
  nextPhoto: 'Next photo',
  photoUnavailable: 'Photo unavailable',
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
  updated: 'Yeniləndi: #',
  alsoIn: 'Digər dillərdə:',
  source: 'Mənbə: #',
  tags: 'Teqlər',
  share: 'Paylaş',
  copied: 'Keçid kopyalandı',
  copyFailed: 'Keçidi kopyalamaq mümkün olmadı',
  photos: 'Fotolar',
  photoOf: 'Foto #1 / #2',
  openPhoto: 'Fotonu aç: #1 / #2',
  close: 'Bağla',
  previousPhoto: 'Əvvəlki foto',
  nextPhoto: 'Növbəti foto',
  photoUnavailable: 'Foto əlçatan deyil',
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
  updated: 'Обновлено #',
  alsoIn: 'Читайте также на:',
  source: 'Источник: #',
  tags: 'Теги',
  share: 'Поделиться',
  copied: 'Ссылка скопирована',
  copyFailed: 'Не удалось скопировать ссылку',
  photos: 'Фотографии',
  photoOf: 'Фото #1 из #2',
  openPhoto: 'Открыть фото #1 из #2',
  close: 'Закрыть',
  previousPhoto: 'Предыдущее фото',
  nextPhoto: 'Следующее фото',
  photoUnavailable: 'Фото недоступно',
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

/** `template` with `#1`, `#2`… (or a lone `#`) replaced by `values`. */
export const fill = (template: string, ...values: (string | number)[]): string =>
  template.replace(/#(\d?)/g, (_, n: string) => String(values[n ? +n - 1 : 0] ?? ''));

const autonyms: Record<string, string> = { en: 'English', az: 'Azərbaycanca', ru: 'Русский' };

/** A language's name in that language ("Azərbaycanca", "Русский"), for links to translations. */
export function autonym(lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/)[0]!;
  if (autonyms[base]) return autonyms[base];
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // An invalid tag: show it as it came.
  }
  return lang;
}
