import type { Field, SelectFieldSingleValidation } from 'payload'

import { FUEL_UNITS } from '../lib/fuel-units'
import { label } from '../lib/label'
import { message } from '../lib/message'
import { OPTION_TYPES } from '../lib/option-types'
import { computedNumberField } from './computed'
import { quantityField } from './quantity'
import { requiredInVietnamese } from './required-in-vietnamese'

/** Whether an option was carried out; only implemented options count towards the totals. */
export const OPTION_STATUSES = [
  { value: 'implemented', label: label('Đã thực hiện', 'Implemented') },
  { value: 'planned', label: label('Dự kiến', 'Planned') },
  { value: 'rejected', label: label('Không khả thi', 'Rejected') },
] as const

const fuelUnitWhenFuelSaved: SelectFieldSingleValidation = (value, { siblingData, req }) =>
  value || !(siblingData as { fuelPerYear?: number }).fuelPerYear
    ? true
    : message(
        req,
        'Chọn loại nhiên liệu cho lượng đã nhập.',
        'Choose the fuel for the amount entered.',
      )

/** The fields of one cleaner-production option in a case study. */
export const cleanerProductionOptionFields = (): Field[] => [
  {
    name: 'description',
    type: 'textarea',
    ...requiredInVietnamese,
    label: label('Mô tả giải pháp', 'Description'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'optionType',
        type: 'select',
        required: true,
        options: [...OPTION_TYPES],
        label: label('Loại giải pháp', 'Option type'),
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'implemented',
        options: [...OPTION_STATUSES],
        label: label('Tình trạng', 'Status'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      quantityField('investmentVnd', label('Đầu tư (VNĐ)', 'Investment (VND)'), { integer: true }),
      quantityField('annualSavingsVnd', label('Tiết kiệm/năm (VNĐ)', 'Annual savings (VND)'), {
        integer: true,
      }),
      computedNumberField('paybackMonths', label('Hoàn vốn (tháng)', 'Payback (months)')),
    ],
  },
  {
    type: 'row',
    fields: [
      quantityField('electricityKwhPerYear', label('Điện (kWh/năm)', 'Electricity (kWh/yr)')),
      quantityField('waterM3PerYear', label('Nước (m³/năm)', 'Water (m³/yr)')),
      quantityField('rawMaterialTPerYear', label('Nguyên liệu (t/năm)', 'Raw material (t/yr)')),
      quantityField('co2eTPerYear', label('CO₂e (t/năm)', 'CO₂e (t/yr)')),
    ],
  },
  {
    type: 'row',
    fields: [
      quantityField('fuelPerYear', label('Nhiên liệu tiết kiệm/năm', 'Fuel saved per year')),
      {
        name: 'fuelUnit',
        type: 'select',
        options: [...FUEL_UNITS],
        label: label('Loại nhiên liệu', 'Fuel'),
        validate: fuelUnitWhenFuelSaved,
      },
    ],
  },
]
