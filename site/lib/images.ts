import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { uploadsDir } from '../../cms/lib/uploads'
import { slugify } from '../../cms/lib/slugify'
import { siteCacheDir } from './cache-dir.mjs'
import { escapeHtml } from './html'

/** The media fields images need (a validated `media` entry). */
export interface MediaItem {
  filename: string
  mimeType: string
  filesize: number
  updatedAt: string
  alt: string
  caption?: string
  credit?: string
  width?: number
  height?: number
}

/** One file the site publishes for an image. */
export interface ImageVariant {
  /** File name under /media/. */
  file: string
  format: 'avif' | 'webp' | 'svg'
  width: number
  height: number
}

/**
 * Widths for phones: 360 CSS px at 1× and 2×. The content column is never wider than 720 px,
 * so larger screens need nothing bigger.
 */
const WIDTHS = [360, 720]
const RASTER_FORMATS = ['avif', 'webp'] as const

/** Stable, content-addressed names: a changed upload gets new URLs, so caches never go stale. */
function baseName(media: MediaItem): string {
  const stem = slugify(media.filename.replace(/\.[^.]+$/, ''), 40) || 'image'
  const hash = createHash('sha256')
    .update(`${media.filename}|${media.filesize}|${media.updatedAt}`)
    .digest('hex')
    .slice(0, 8)
  return `${stem}-${hash}`
}

export const isVector = (media: MediaItem): boolean => media.mimeType === 'image/svg+xml'

/** Every file the site publishes for an image. */
export function imageVariants(media: MediaItem): ImageVariant[] {
  const width = media.width ?? 720
  const height = media.height ?? Math.round(width * 0.75)
  const name = baseName(media)
  if (isVector(media)) return [{ file: `${name}.svg`, format: 'svg', width, height }]
  const widths = [...new Set(WIDTHS.map((target) => Math.min(target, width)))]
  return RASTER_FORMATS.flatMap((format) =>
    widths.map((w) => ({
      file: `${name}-${w}w.${format}`,
      format,
      width: w,
      height: Math.round((height * w) / width),
    })),
  )
}

export const mediaUrl = (variant: ImageVariant): string => `/media/${variant.file}`

/**
 * An image as HTML: vector images as a plain `<img>`, raster images as a `<picture>` with AVIF
 * and WebP sources. Width and height are always set (no layout shift); images below the fold
 * load lazily.
 */
export function pictureHtml(
  media: MediaItem,
  options: { lazy?: boolean; alt?: string; sizes?: string } = {},
): string {
  const variants = imageVariants(media)
  const alt = escapeHtml(options.alt ?? media.alt)
  const loading = options.lazy === false ? '' : ' loading="lazy" decoding="async"'
  const largest = variants.at(-1)!
  if (largest.format === 'svg') {
    return `<img src="${mediaUrl(largest)}" alt="${alt}" width="${largest.width}" height="${largest.height}"${loading}>`
  }
  const sizes = options.sizes ?? '(max-width: 45rem) 100vw, 45rem'
  const sources = RASTER_FORMATS.map((format) => {
    const srcset = variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${mediaUrl(variant)} ${variant.width}w`)
      .join(', ')
    return `<source type="image/${format}" srcset="${srcset}" sizes="${sizes}">`
  }).join('')
  const fallback = variants.filter((variant) => variant.format === 'webp').at(-1)!
  return `<picture>${sources}<img src="${mediaUrl(fallback)}" alt="${alt}" width="${fallback.width}" height="${fallback.height}"${loading}></picture>`
}

/**
 * The bytes of one variant, made with sharp from the upload and kept in the build cache, so an
 * unchanged image is resized once, not on every build.
 */
export async function variantBytes(media: MediaItem, variant: ImageVariant): Promise<Buffer> {
  const source = path.join(uploadsDir('media'), media.filename)
  if (variant.format === 'svg') return readFile(source)
  const cached = path.join(siteCacheDir(), 'sxsh-images', variant.file)
  try {
    return await readFile(cached)
  } catch {
    const pipeline = sharp(source)
      .rotate()
      .resize({ width: variant.width, withoutEnlargement: true })
    const bytes = await (
      variant.format === 'avif'
        ? pipeline.avif({ quality: 50, effort: 4 })
        : pipeline.webp({ quality: 72 })
    ).toBuffer()
    await mkdir(path.dirname(cached), { recursive: true })
    // Write then rename, so a build killed mid-write never leaves half an image in the cache.
    await writeFile(`${cached}.tmp`, bytes)
    await rename(`${cached}.tmp`, cached)
    return bytes
  }
}
