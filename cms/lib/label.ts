/** A bilingual admin label: Payload shows the one matching the editor's admin language. */
export type Label = { vi: string; en: string }

/** Builds a bilingual admin label; Vietnamese first because it is the Department's working language. */
export const label = (vi: string, en: string): Label => ({ vi, en })
