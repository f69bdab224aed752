import { label } from './label'

/** Fuels used by the province's processing plants (boilers, dryers, roasters), each with its unit. */
export const FUEL_UNITS = [
  { value: 't-firewood', label: label('tấn củi', 't of firewood') },
  {
    value: 't-biomass',
    label: label('tấn sinh khối (vỏ điều, trấu…)', 't of biomass (cashew shell, husk…)'),
  },
  { value: 't-coal', label: label('tấn than', 't of coal') },
  { value: 'l-diesel', label: label('lít dầu DO', 'L of diesel oil') },
  { value: 'l-fuel-oil', label: label('lít dầu FO', 'L of fuel oil') },
  { value: 'kg-lpg', label: label('kg LPG', 'kg of LPG') },
  { value: 'm3-biogas', label: label('m³ biogas', 'm³ of biogas') },
] as const
