import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { message } from '../lib/message'

const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/**
 * Refuses an upload larger than the collection allows, before anything is written. The global
 * request limit (payload.config.ts) stops huge bodies early on REST; this gives every collection
 * its own, smaller limit and an error that names the `file` field, for the Local API too.
 */
export const limitUploadSize =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const size = req.file?.size
    if (size !== undefined && size > maxBytes) {
      throw new ValidationError({
        errors: [
          {
            path: 'file',
            message: message(
              req,
              `Tệp ${megabytes(size)} vượt quá giới hạn ${megabytes(maxBytes)}.`,
              `The file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}.`,
            ),
          },
        ],
      })
    }
    return args
  }
