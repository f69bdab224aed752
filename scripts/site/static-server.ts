import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { COMPRESSIBLE } from './precompress'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Hashed names never change content: cache them for a year. HTML must always be revalidated. */
function cacheControl(urlPath: string): string {
  if (/^\/(_assets|media)\//.test(urlPath) || /^\/scripts\/.*\.[0-9a-f]{10}\.js$/.test(urlPath)) {
    return 'public, max-age=31536000, immutable'
  }
  if (/\.(pf_fragment|pf_index|pf_filter|pagefind)$/.test(urlPath)) {
    return 'public, max-age=31536000, immutable'
  }
  return 'no-cache'
}

/** The file a URL path maps to inside root, or undefined if it would escape root. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  // Dot-files are the build's own bookkeeping (e.g. .precompressed.json), not the site's.
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined
  const file = path.resolve(root, '.' + decoded)
  return file === root || file.startsWith(root + path.sep) ? file : undefined
}

/**
 * A static server for the built site: content types, gzip or brotli as the client accepts,
 * immutable caching for hashed assets and `no-cache` for HTML, and the site's own 404 page.
 * Used by `npm run preview`, the tests and the benchmarks.
 */
export function createStaticServer(root: string): Server {
  const base = path.resolve(root)
  const compressed = new Map<string, { mtime: number; body: Buffer }>()

  /** The file compressed: precompressed at build time when it was, else compressed once here. */
  async function compressedBody(file: string, mtime: number, encoding: 'gzip' | 'br') {
    const ready = await readFile(`${file}.${encoding === 'gzip' ? 'gz' : 'br'}`).catch(() => null)
    if (ready) return ready
    const key = `${file}:${encoding}`
    const cached = compressed.get(key)
    if (cached?.mtime === mtime) return cached.body
    const bytes = await readFile(file)
    const body =
      encoding === 'gzip'
        ? gzipSync(bytes, { level: 9 })
        : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    compressed.set(key, { mtime, body })
    return body
  }

  async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number) {
    const info = await stat(file)
    const ext = path.extname(file)
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControl(req.url ?? '/') : 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    }
    const accepts = String(req.headers['accept-encoding'] ?? '')
    const encoding = !COMPRESSIBLE.test(ext)
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : undefined
    if (encoding) {
      const body = await compressedBody(file, info.mtimeMs, encoding)
      res.writeHead(status, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': String(body.length),
      })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    res.writeHead(status, { ...headers, 'Content-Length': String(info.size) })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file).pipe(res)
  }

  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const url = new URL(req.url ?? '/', 'http://localhost')
      const file = fileFor(base, url.pathname)
      if (file) {
        const info = await stat(file).catch(() => undefined)
        if (info?.isDirectory()) {
          if (!url.pathname.endsWith('/')) {
            res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
            return
          }
          const index = path.join(file, 'index.html')
          if (await stat(index).catch(() => undefined)) return await send(req, res, index, 200)
        } else if (info?.isFile()) {
          return await send(req, res, file, 200)
        }
      }
      const notFound = path.join(base, '404.html')
      if (await stat(notFound).catch(() => undefined)) return await send(req, res, notFound, 404)
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error')
      console.error(error)
    }
  })
}
