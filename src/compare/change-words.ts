import { changeKindLabel, type COMMON } from '../i18n/common.ts';

/** The kinds of change of a row in words ("Newly deployed; Newly reported"), '' for none. */
export const changeWords = (m: (typeof COMMON)['vi'], kinds: string | undefined): string =>
  (kinds ? kinds.split(' ').map((k) => changeKindLabel(m, k)).join('; ') : '');
