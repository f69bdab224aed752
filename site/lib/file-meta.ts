import type { Locale } from '../../cms/lib/locales'
import { fileFormat } from '../../cms/lib/file-formats'
import { ui } from '../i18n/strings'
import { formatBytes } from './format'

/** The file fields a download link shows. */
export interface FileItem {
  title: string
  filename: string
  mimeType: string
  filesize: number
  language: 'vi' | 'en' | 'vi-en'
  format?: string
}

/** "PDF · Tiếng Việt · 1,2 MB": what a reader on a slow connection wants to know before clicking. */
export function fileMeta(locale: Locale, file: FileItem): string {
  const format = file.format ?? fileFormat(file.mimeType, file.filename) ?? file.mimeType
  return [format, ui(locale).languages[file.language], formatBytes(locale, file.filesize)].join(
    ' · ',
  )
}
