// UI strings of <tag-list> in en, az and ru (the shared ones are in src/internal/i18n.ts).

export interface TagListStrings {
  tags: string;
}

export const strings: Record<'en' | 'az' | 'ru', TagListStrings> = {
  en: {
    tags: 'Tags',
  },
  az: {
    tags: 'Teqlər',
  },
  ru: {
    tags: 'Теги',
  },
};
