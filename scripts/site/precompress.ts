import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Text files worth compressing; images, PDFs, ZIPs and Pagefind's chunks are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg)$/

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file of a built site, at the
 * highest levels, once at build time: the server then sends them without compressing per request.
 * Returns how many files were (re)compressed.
 */
export async function precompress(siteDir: string): Promise<{ files: number }> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  let written = 0
  for (const file of files) {
    // A build that started from a copy of the previous one keeps the compressed copies of the
    // files it did not rewrite; only what changed is compressed again.
    const [source, compressed] = await Promise.all([
      stat(file),
      stat(`${file}.br`).catch(() => undefined),
    ])
    if (compressed && compressed.mtimeMs >= source.mtimeMs) continue
    written++
    const body = await readFile(file)
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    ])
    await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)])
  }
  return { files: written }
}
