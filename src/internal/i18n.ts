// UI strings for en, az and ru; any other language falls back to English. Dates use the full locale.
import type { NewsErrorKind } from '../data/errors.js';

export interface Strings {
  loading: string;
  empty: string;
  errors: Record<NewsErrorKind, string>;
  retry: string;
  stale: string;
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
};

const tables = { en, az, ru };

/** The table for `locale` (`az-Latn-AZ` → az), else English. */
export const pick = <T>(from: Record<'en' | 'az' | 'ru', T>, locale: string): T =>
  (from as Record<string, T>)[locale.toLowerCase().split(/[-_]/)[0]!] ?? from.en;

/** The shared strings for `locale`. */
export const stringsFor = (locale: string): Strings => pick(tables, locale);

const plurals = new Map<string, Intl.PluralRules>();

/** `count` formatted into the right plural form of `forms`. */
export function plural(
  locale: string,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  count: number,
): string {
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
