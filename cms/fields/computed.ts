import type { CheckboxField, NumberField } from 'payload'

import type { Label } from '../lib/label'

/** A number a hook computes; shown to editors but never typed, so it cannot disagree with its inputs. */
export const computedNumberField = (
  name: string,
  fieldLabel: Label,
  description?: Label,
): NumberField => ({
  name,
  type: 'number',
  label: fieldLabel,
  admin: { readOnly: true, description },
})

/** A yes/no a hook computes from other fields. */
export const computedCheckboxField = (name: string, fieldLabel: Label): CheckboxField => ({
  name,
  type: 'checkbox',
  label: fieldLabel,
  admin: { readOnly: true },
})
