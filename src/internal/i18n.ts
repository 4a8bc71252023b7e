// UI strings for en, az and ru; a page adds or overrides any language's with configure({ strings }), and
// what is still missing falls back to English. Dates use the full locale.
import { getConfig } from '../data/config.js';
import type { NewsErrorKind } from '../data/errors.js';

export interface Strings {
  loading: string;
  empty: string;
  /** The error box's words for a reader: the server could not be reached or did not answer well. */
  unreachable: string;
  /** …or what it sent was not news data. (The technical reason is in `news-error` and the console.) */
  unreadable: string;
  retry: string;
  stale: string;
}

const en: Strings = {
  loading: 'Loading news…',
  empty: 'No news to show yet.',
  unreachable: 'Couldn’t load the news.',
  unreadable: 'The news data could not be read.',
  retry: 'Try again',
  stale: 'Couldn’t update. Showing the news loaded earlier.',
};

const az: Strings = {
  loading: 'Xəbərlər yüklənir…',
  empty: 'Hələlik xəbər yoxdur.',
  unreachable: 'Xəbərləri yükləmək mümkün olmadı.',
  unreadable: 'Xəbər məlumatlarını oxumaq mümkün olmadı.',
  retry: 'Yenidən cəhd edin',
  stale: 'Yeniləmək mümkün olmadı. Əvvəl yüklənmiş xəbərlər göstərilir.',
};

const ru: Strings = {
  loading: 'Загрузка новостей…',
  empty: 'Новостей пока нет.',
  unreachable: 'Не удалось загрузить новости.',
  unreadable: 'Не удалось прочитать данные новостей.',
  retry: 'Повторить',
  stale: 'Не удалось обновить. Показаны ранее загруженные новости.',
};

const tables = { en, az, ru };

/** What the error box tells a reader about an error of `kind`. */
export const readerError = (s: Strings, kind: NewsErrorKind): string =>
  kind === 'invalid' || kind === 'not-json' ? s.unreadable : s.unreachable;

/**
 * The strings of `scope` (`shared` or an element's tag) for `locale`: the page's own for the exact tag
 * (`pt-BR`), then for its language (`pt`), over the built-in table of the language (`az-Latn-AZ` → az),
 * else English. The page's are checked: known keys only, each a string where the built-in is one, else
 * plural forms of strings with at least `other`. Only own properties count, never inherited ones.
 */
export function pick<T>(from: Record<'en' | 'az' | 'ru', T>, locale: string, scope = 'shared'): T {
  const tag = locale.toLowerCase();
  const base = tag.split(/[-_]/)[0]!;
  const table = (Object.hasOwn(from, base) ? from[base as 'en'] : from.en) as Record<string, unknown>;
  const page = getConfig().strings;
  // Every render asks: without strings of the page's own, the built-in table as it is, not a copy.
  if (!page) return table as T;
  const out = { ...table };
  for (const want of [base, tag])
    for (const [lang, scopes] of Object.entries(page))
      for (const [name, values] of Object.entries(scopes ?? {}))
        if (lang.toLowerCase() == want && name == scope)
          for (const [key, value] of Object.entries(values ?? {})) {
            const forms = Object.assign(Object.create(null), value) as Record<string, unknown>;
            const next =
              typeof table[key] == 'string'
                ? value
                : forms.other && Object.values(forms).every((form) => typeof form == 'string') && forms;
            if (Object.hasOwn(table, key) && typeof next == typeof table[key]) out[key] = next;
          }
  return out as T;
}

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
