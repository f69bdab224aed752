import type { CollectionBeforeChangeHook } from 'payload'

import { deriveValidityStatus } from '../lib/legal-validity'

type LegalDates = {
  issueDate?: string | null
  effectiveDate?: string | null
  expiryDate?: string | null
  validityStatus?: string | null
  validityStatusSetByEditor?: boolean | null
}

/**
 * Keeps a legal document's validity status in step with its dates, unless an editor has set it by
 * hand (e.g. "partly expired" after some articles were repealed, which dates cannot tell).
 */
export const deriveLegalValidity: CollectionBeforeChangeHook<LegalDates & { id: string }> = ({
  data,
  originalDoc,
}) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.validityStatusSetByEditor) {
    data.validityStatus = deriveValidityStatus(merged)
  }
  return data
}
