import type { Validate } from 'payload'

import { DEFAULT_LOCALE } from '../lib/locales'
import { message } from '../lib/message'

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * Required in Vietnamese, optional in English. Translation often comes later than the original;
 * an English save with some fields still untranslated is allowed, and readers see the Vietnamese
 * text for those fields until it is done (localization fallback).
 */
export const requiredInDefaultLocale: Validate = (value, { req }) => {
  if (req.locale && req.locale !== DEFAULT_LOCALE) return true
  return isEmpty(value) ? message(req, 'Trường này là bắt buộc.', 'This field is required.') : true
}

/** Spread into a text or textarea field: localized, required in Vietnamese only. */
export const requiredInVietnamese = {
  localized: true,
  required: true,
  validate: requiredInDefaultLocale,
} as const
