/** Folding text for comparison: accents and đ away, lower case. */

/** Folds a vocabulary word for comparison: lower case, no accents, words joined by "_". */
export const foldWord = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd')
  .toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
