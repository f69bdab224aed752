import { statSync } from 'node:fs'
import path from 'node:path'

/** A problem with one image on one page. */
export interface ImageIssue {
  url: string
  image: string
  problem: string
}

export interface ImageReport {
  images: number
  /** The largest raster variant at phone widths (≤ 720 px), bytes. */
  largestPhoneVariant: number
  issues: ImageIssue[]
}

const PHONE_MAX_WIDTH = 720
const MAX_VARIANT_BYTES = 40 * 1024

/**
 * Checks every image of every page: width and height set, srcset no wider than 720 px, each
 * variant at phone widths at most 40 KB, lazy loading below the first image.
 */
export function checkImages(siteDir: string, pages: Map<string, string>): ImageReport {
  const issues: ImageIssue[] = []
  let images = 0
  let largestPhoneVariant = 0
  for (const [url, html] of pages) {
    const body = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? ''
    const imgs = [...body.matchAll(/<img\b[^>]*>/g)].map((m) => m[0])
    imgs.forEach((img, index) => {
      images++
      const src = /\ssrc="([^"]+)"/.exec(img)?.[1] ?? '?'
      if (!/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img)) {
        issues.push({ url, image: src, problem: 'width or height not set' })
      }
      if (index > 0 && !/\sloading="lazy"/.test(img)) {
        issues.push({ url, image: src, problem: 'below the first image but not lazy' })
      }
    })
    for (const [, srcset] of body.matchAll(/\ssrcset="([^"]+)"/g)) {
      for (const candidate of srcset!.split(',')) {
        const [file, descriptor] = candidate.trim().split(/\s+/)
        const width = Number(descriptor?.replace(/w$/, ''))
        if (width > PHONE_MAX_WIDTH) {
          issues.push({ url, image: file!, problem: `srcset offers ${width} px (more than 720)` })
        }
        const bytes = statSync(path.join(siteDir, decodeURIComponent(file!))).size
        if (width <= PHONE_MAX_WIDTH) largestPhoneVariant = Math.max(largestPhoneVariant, bytes)
        if (bytes > MAX_VARIANT_BYTES) {
          issues.push({ url, image: file!, problem: `${bytes} bytes (more than 40 KB)` })
        }
      }
    }
  }
  return { images, largestPhoneVariant, issues }
}
