import { FUEL_UNITS } from '../../cms/lib/fuel-units'
import { LEGAL_DOCUMENT_TYPES, LEGAL_RELATIONS } from '../../cms/lib/legal-document-types'
import { VALIDITY_STATUSES } from '../../cms/lib/legal-validity'
import type { Locale } from '../../cms/lib/locales'
import { OPTION_TYPES } from '../../cms/lib/option-types'
import { VERIFICATION_LEVELS } from '../../cms/lib/verification-levels'

type Option = { value: string; label: { vi: string; en: string } }

/** The reader-facing label of a CMS option value, in the CMS's own wording. */
const lookup =
  (options: readonly Option[]) =>
  (locale: Locale, value: string): string =>
    options.find((option) => option.value === value)?.label[locale] ?? value

export const optionTypeLabel = lookup(OPTION_TYPES)
export const fuelUnitLabel = lookup(FUEL_UNITS)
export const legalTypeLabel = lookup(LEGAL_DOCUMENT_TYPES)
export const validityLabel = lookup(VALIDITY_STATUSES)
export const verificationLabel = lookup(VERIFICATION_LEVELS)

/** "Amends" on the acting document, "Amended by" on the other one. */
export function legalRelationLabel(locale: Locale, value: string, inverse: boolean): string {
  const relation = LEGAL_RELATIONS.find((entry) => entry.value === value)
  if (!relation) return value
  return (inverse ? relation.inverse : relation.label)[locale]
}
