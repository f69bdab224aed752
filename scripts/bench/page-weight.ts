import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { BROTLI_QUALITY } from '../site/precompress'

/** What one page costs a reader before any image. */
export interface PageWeight {
  url: string
  /** The HTML with its inline critical CSS, compressed. */
  htmlGzip: number
  htmlBrotli: number
  /** The inline `<style>` alone, gzip. */
  criticalCssGzip: number
  /** Stylesheets and scripts in <head> that hold up the first paint. */
  renderBlocking: string[]
  /** HTML plus every stylesheet and script the page loads by itself (not on intent), gzip. */
  totalGzip: number
  /** Web fonts found (there should be none). */
  fonts: string[]
}

export const gzipBytes = (data: string | Buffer): number => gzipSync(data, { level: 9 }).byteLength
/** Brotli at the quality the build precompresses with, i.e. what a reader receives. */
export const brotliBytes = (data: string | Buffer): number =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
    .byteLength

/** The size of the precompressed copy the server sends, or of compressing it now if there is none. */
function servedBytes(file: string, data: string, compress: (data: string) => number): number {
  try {
    return statSync(file).size
  } catch {
    return compress(data)
  }
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/** Render-blocking requests of a page: external stylesheets for screen and classic scripts in <head>. */
export function renderBlocking(html: string): string[] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? ''
  const blocking: string[] = []
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const media = attr(tag, 'media')
    if (attr(tag, 'rel') === 'stylesheet' && (!media || /\b(all|screen)\b/.test(media))) {
      blocking.push(attr(tag, 'href') ?? tag)
    }
  }
  for (const [tag] of head.matchAll(/<script\b[^>]*>/g)) {
    if (!attr(tag, 'src')) continue
    if (/\s(async|defer)\b/.test(tag) || attr(tag, 'type') === 'module') continue
    blocking.push(attr(tag, 'src')!)
  }
  return blocking
}

/** Stylesheets and scripts a page loads by itself (anywhere in the document). */
export function pageAssets(html: string): string[] {
  const assets: string[] = []
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (attr(tag, 'rel') === 'stylesheet' && attr(tag, 'href')) assets.push(attr(tag, 'href')!)
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (attr(tag, 'src')) assets.push(attr(tag, 'src')!)
  }
  return [...new Set(assets)]
}

/** Measures one built page (`file` inside `siteDir`, served at `url`). */
export function pageWeight(siteDir: string, url: string, html: string): PageWeight {
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')
  const file = path.join(siteDir, url.replace(/\/$/, '/index.html'))
  const htmlGzip = servedBytes(`${file}.gz`, html, gzipBytes)
  let totalGzip = htmlGzip
  const fonts: string[] = []
  for (const asset of pageAssets(html)) {
    if (!asset.startsWith('/')) continue
    const body = readFileSync(path.join(siteDir, asset))
    totalGzip += gzipBytes(body)
    if (body.includes('@font-face')) fonts.push(asset)
  }
  if (inlineCss.includes('@font-face')) fonts.push('(inline CSS)')
  for (const [, href] of html.matchAll(/href="([^"]+\.(woff2?|ttf|otf))"/g)) fonts.push(href!)
  return {
    url,
    htmlGzip,
    htmlBrotli: servedBytes(`${file}.br`, html, brotliBytes),
    criticalCssGzip: inlineCss ? gzipBytes(inlineCss) : 0,
    renderBlocking: renderBlocking(html),
    totalGzip,
    fonts,
  }
}
