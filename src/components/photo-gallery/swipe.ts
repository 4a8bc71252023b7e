// Kept out of lightbox.ts, which loads lazily: the gallery's module exports this number at once.

/** How far (px) a horizontal swipe must travel to change the photo. */
export const SWIPE_THRESHOLD = 50;
