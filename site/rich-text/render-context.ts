import type { ValidityStatus } from '../../cms/lib/legal-validity'
import type { Locale } from '../../cms/lib/locales'
import type { FileItem } from '../lib/file-meta'
import type { MediaItem } from '../lib/images'

/** A published page a rich-text link can point at. */
export interface LinkTarget {
  href: string
  title: string
}

/** A legal document as a legal-reference block shows it. */
export interface LegalTarget extends LinkTarget {
  number: string
  validity: ValidityStatus
}

/**
 * What converting rich text needs to know about the rest of the site. Anything unpublished is
 * simply absent, so a link to a draft renders as plain text instead of a broken link.
 */
export interface RenderContext {
  locale: Locale
  link(collection: string, id: number | string): LinkTarget | undefined
  legal(id: number | string): LegalTarget | undefined
  media(id: number | string): MediaItem | undefined
  file(id: number | string): (FileItem & { href: string }) | undefined
  /** How an image is written; the site's `<picture>` unless a caller (the CMS preview) says otherwise. */
  picture?: (media: MediaItem) => string
}
