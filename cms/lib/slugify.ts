/** Longest slug we make from a title; long Vietnamese titles make unreadable URLs. */
export const MAX_SLUG_LENGTH = 80

/** A readable ASCII slug: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Folds Vietnamese (or any Latin-script) text to a readable ASCII slug.
 * Tone and vowel marks are dropped by Unicode decomposition; đ/Đ are separate letters that do not
 * decompose, so they are mapped to d by hand.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= maxLength) return folded
  // Cut at a word boundary so the slug never ends in half a word.
  const cut = folded.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : folded.slice(0, maxLength)).replace(/-+$/, '')
}
