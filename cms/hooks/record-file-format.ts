import type { CollectionBeforeChangeHook } from 'payload'

import { fileFormat } from '../lib/file-formats'

type FileData = { mimeType?: string | null; filename?: string | null; format?: string | null }

/** Stores the short format name (PDF, XLSX…) so the site can show it before a download starts. */
export const recordFileFormat: CollectionBeforeChangeHook<FileData & { id: string }> = ({
  data,
  originalDoc,
}) => {
  data.format = fileFormat(
    data.mimeType ?? originalDoc?.mimeType,
    data.filename ?? originalDoc?.filename,
  )
  return data
}
