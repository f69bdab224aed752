import { AUDIENCES as AUDIENCE_OPTIONS } from '../../../cms/fields/audience'
import { LICENCES as LICENCE_OPTIONS } from '../../../cms/fields/licence'
import { FUEL_UNITS } from '../../../cms/lib/fuel-units'
import { LEGAL_DOCUMENT_TYPES, LEGAL_RELATIONS } from '../../../cms/lib/legal-document-types'
import { VALIDITY_STATUSES } from '../../../cms/lib/legal-validity'
import { OPTION_TYPES } from '../../../cms/lib/option-types'
import { VERIFICATION_LEVELS } from '../../../cms/lib/verification-levels'

/** The CMS's option lists as zod enum tuples, so the site accepts exactly what the CMS stores. */
const values = <T extends readonly { value: string }[]>(options: T) =>
  options.map((option) => option.value) as unknown as [T[number]['value'], ...T[number]['value'][]]

export const AUDIENCES = values(AUDIENCE_OPTIONS)
export const OPTION_TYPE_VALUES = values(OPTION_TYPES)
export const FUEL_UNIT_VALUES = values(FUEL_UNITS)
export const VERIFICATION_LEVEL_VALUES = values(VERIFICATION_LEVELS)
export const LEGAL_TYPE_VALUES = values(LEGAL_DOCUMENT_TYPES)
export const LEGAL_RELATION_VALUES = values(LEGAL_RELATIONS)
export const VALIDITY_VALUES = values(VALIDITY_STATUSES)
export const LICENCE_VALUES = values(LICENCE_OPTIONS)
