import { label } from './label'

/** Validity statuses as vbpl.vn names them (tình trạng hiệu lực). */
export const VALIDITY_STATUSES = [
  { value: 'in-force', label: label('Còn hiệu lực', 'In force') },
  { value: 'not-yet-in-force', label: label('Chưa có hiệu lực', 'Not yet in force') },
  { value: 'partly-expired', label: label('Hết hiệu lực một phần', 'Partly expired') },
  { value: 'expired', label: label('Hết hiệu lực toàn bộ', 'Expired') },
] as const

export type ValidityStatus = (typeof VALIDITY_STATUSES)[number]['value']

type Dates = {
  issueDate?: string | null
  effectiveDate?: string | null
  expiryDate?: string | null
}

/** Calendar day (UTC) of an ISO date, so that "expires today" compares by day, not by hour. */
const day = (iso: string): string => new Date(iso).toISOString().slice(0, 10)

/**
 * Derives a legal document's validity from its dates on a given day. "Partly expired" cannot be
 * derived from dates (it depends on which articles were repealed), so only an editor sets it.
 */
export function deriveValidityStatus(dates: Dates, today: Date = new Date()): ValidityStatus {
  const now = today.toISOString().slice(0, 10)
  const effective = dates.effectiveDate ?? dates.issueDate
  if (dates.expiryDate && day(dates.expiryDate) <= now) return 'expired'
  if (effective && day(effective) > now) return 'not-yet-in-force'
  return 'in-force'
}
