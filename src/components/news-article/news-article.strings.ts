// UI strings of <news-article> in en, az and ru (the shared ones are in src/internal/i18n.ts).

export interface ArticleStrings {
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
}

export const strings: Record<'en' | 'az' | 'ru', ArticleStrings> = {
  en: {
    updated: 'Updated #',
    alsoIn: 'Also in:',
    source: 'Source: #',
    tags: 'Tags',
    share: 'Share',
    copied: 'Link copied',
    copyFailed: 'Couldn’t copy the link',
  },
  az: {
    updated: 'Yeniləndi: #',
    alsoIn: 'Digər dillərdə:',
    source: 'Mənbə: #',
    tags: 'Teqlər',
    share: 'Paylaş',
    copied: 'Keçid kopyalandı',
    copyFailed: 'Keçidi kopyalamaq mümkün olmadı',
  },
  ru: {
    updated: 'Обновлено #',
    alsoIn: 'Читайте также на:',
    source: 'Источник: #',
    tags: 'Теги',
    share: 'Поделиться',
    copied: 'Ссылка скопирована',
    copyFailed: 'Не удалось скопировать ссылку',
  },
};
