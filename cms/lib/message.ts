import type { PayloadRequest } from 'payload'

/** Picks the editor's admin language for a message; Vietnamese unless they chose English. */
export const message = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  vi: string,
  en: string,
): string => (req?.i18n?.language === 'en' ? en : vi)
