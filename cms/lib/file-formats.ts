/** Document formats a trainer can download, by MIME type, with the short name readers know. */
export const FILE_FORMATS = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/zip': 'ZIP',
  'text/csv': 'CSV',
} as const

export const FILE_MIME_TYPES = Object.keys(FILE_FORMATS)

/** The short format name of a file, from its MIME type or, failing that, its extension. */
export function fileFormat(mimeType?: string | null, filename?: string | null): string | null {
  const byMime = mimeType
    ? (FILE_FORMATS as Record<string, string>)[mimeType.split(';')[0] ?? '']
    : undefined
  if (byMime) return byMime
  const extension = filename?.split('.').pop()?.toUpperCase()
  return extension && (Object.values(FILE_FORMATS) as string[]).includes(extension)
    ? extension
    : null
}
