import type { NumberField } from 'payload'

import type { Label } from '../lib/label'
import { message } from '../lib/message'

type QuantityOptions = {
  /** Shown under the field, e.g. the unit. */
  description?: Label
  required?: boolean
  /** Whole numbers only (money in VND, counts). */
  integer?: boolean
}

/**
 * A non-negative quantity: money, energy, water, material. Negative savings or investments are
 * data-entry errors here; a loss is recorded by choosing the right field, not a minus sign.
 */
export const quantityField = (
  name: string,
  fieldLabel: Label,
  { description, required = false, integer = false }: QuantityOptions = {},
): NumberField => ({
  name,
  type: 'number',
  label: fieldLabel,
  min: 0,
  required,
  admin: { description, ...(integer ? { step: 1 } : {}) },
  validate: (value: number | null | undefined, { req }) => {
    if (value === null || value === undefined) {
      return required ? message(req, 'Bắt buộc.', 'Required.') : true
    }
    if (!Number.isFinite(value) || value < 0) {
      return message(req, 'Phải là số không âm.', 'Must be zero or more.')
    }
    if (integer && !Number.isInteger(value)) {
      return message(req, 'Phải là số nguyên.', 'Must be a whole number.')
    }
    return true
  },
})
