/**
 * Pagefind folds tone marks (a search for "dien" finds "diện") but treats đ as a letter of its
 * own, so "dien" would not find "điện". For the index only, each đ/Đ is written as d/D followed
 * by U+0335 (combining short stroke overlay): Pagefind strips combining marks when it folds, so
 * the word is indexed as "dien" — at no extra index size. Queries fold đ to d; titles, excerpts
 * and filter values shown to readers get their đ back.
 */
const STROKE = '\u0335'

/** The indexed form of a page: đ → d + U+0335. */
export const strokeForIndex = (text: string): string =>
  text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`)

/** What a reader typed, as the index expects it: đ → d. */
export const foldQuery = (query: string): string => query.replace(/đ/g, 'd').replace(/Đ/g, 'D')

/** Text from the index, as readers should see it: d + U+0335 → đ. */
export const restoreStroke = (text: string): string =>
  text.replace(new RegExp(`d${STROKE}`, 'g'), 'đ').replace(new RegExp(`D${STROKE}`, 'g'), 'Đ')
