import { deriveValidityStatus, type ValidityStatus } from '../../cms/lib/legal-validity'

type LegalDates = {
  issueDate: string
  effectiveDate?: string
  expiryDate?: string
  validityStatus?: ValidityStatus
  validityStatusSetByEditor: boolean
}

/**
 * The validity shown on the site, derived again on the day of the build: a document passes from
 * "not yet in force" to "in force" without anyone saving it. An editor's manual status wins.
 */
export function currentValidity(doc: LegalDates, today: Date = new Date()): ValidityStatus {
  if (doc.validityStatusSetByEditor && doc.validityStatus) return doc.validityStatus
  return deriveValidityStatus(doc, today)
}
