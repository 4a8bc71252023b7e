// UI strings of <photo-gallery> in en, az and ru (the shared ones are in src/internal/i18n.ts).

export interface GalleryStrings {
  photos: string;
  /** "Photo 2 of 5": `#1` the number, `#2` the count. */
  photoOf: string;
  openPhoto: string;
  close: string;
  previousPhoto: string;
  nextPhoto: string;
  photoUnavailable: string;
}

export const strings: Record<'en' | 'az' | 'ru', GalleryStrings> = {
  en: {
    photos: 'Photos',
    photoOf: 'Photo #1 of #2',
    openPhoto: 'Open photo #1 of #2',
    close: 'Close',
    previousPhoto: 'Previous photo',
    nextPhoto: 'Next photo',
    photoUnavailable: 'Photo unavailable',
  },
  az: {
    photos: 'Fotolar',
    photoOf: 'Foto #1 / #2',
    openPhoto: 'Fotonu aç: #1 / #2',
    close: 'Bağla',
    previousPhoto: 'Əvvəlki foto',
    nextPhoto: 'Növbəti foto',
    photoUnavailable: 'Foto əlçatan deyil',
  },
  ru: {
    photos: 'Фотографии',
    photoOf: 'Фото #1 из #2',
    openPhoto: 'Открыть фото #1 из #2',
    close: 'Закрыть',
    previousPhoto: 'Предыдущее фото',
    nextPhoto: 'Следующее фото',
    photoUnavailable: 'Фото недоступно',
  },
};
