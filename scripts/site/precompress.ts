import { createHash } from 'node:crypto'
import { access, copyFile, link, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Text files worth compressing; images, PDFs, ZIPs and Pagefind's chunks are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg)$/

/**
 * Brotli quality 5: measured on our pages it compresses 40× faster than quality 11 and the files
 * are only about 10 % larger (still smaller than gzip -9), which keeps a 10,000-document build
 * within its time goal.
 */
export const BROTLI_QUALITY = 5

/**
 * Where a built site remembers what its compressed copies were made from (path → SHA-1). Astro
 * rewrites or restores unchanged pages with new timestamps, so content, not time, tells what
 * changed. A dot-file: the static server does not serve those.
 */
export const PRECOMPRESSED_MANIFEST = '.precompressed.json'

/**
 * Writes `<file>.gz` and `<file>.br` beside every compressible file of a built site, once at build
 * time: the server then sends them without compressing per request. A build that follows the
 * previous one keeps the copies of files whose content is unchanged (reuseCompressedCopies). Files are
 * compressed on all cores (zlib runs on libuv's thread pool). Returns how many were (re)compressed.
 */
export async function precompress(
  siteDir: string,
  /**
   * Files known to be the same as in the previous build (pages the incremental build restored):
   * their recorded hash is kept without reading them, which at 10,000 documents saves reading
   * and hashing a gigabyte after every publish.
   */
  unchanged: ReadonlySet<string> = new Set(),
): Promise<{ files: number }> {
  const manifestFile = path.join(siteDir, PRECOMPRESSED_MANIFEST)
  const previous = await readFile(manifestFile, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, string>)
    .catch(() => ({}) as Record<string, string>)
  const next: Record<string, string> = {}
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter(
      (entry) => entry.isFile() && COMPRESSIBLE.test(entry.name) && !entry.name.startsWith('.'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
  let written = 0
  let index = 0
  const worker = async () => {
    while (index < files.length) {
      const file = files[index++]!
      const key = path.relative(siteDir, file).split(path.sep).join('/')
      const known = previous[key]
      // Their copies came with reuseCompressedCopies (its links are not checked again here).
      if (known && unchanged.has(key)) {
        next[key] = known
        continue
      }
      const body = await readFile(file)
      const hash = createHash('sha1').update(body).digest('hex')
      next[key] = hash
      if (previous[key] === hash && (await bothCopiesExist(file))) continue
      await compress(file, body)
      written++
    }
  }
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker))
  await writeFile(manifestFile, JSON.stringify(next))
  return { files: written }
}

const bothCopiesExist = async (file: string) =>
  (await exists(`${file}.gz`)) && (await exists(`${file}.br`))

async function compress(file: string, body: Buffer): Promise<void> {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  ])
  // Written beside and renamed into place: a new file, never a change to one that another build
  // (which may share it through a hard link, see reuseCompressedCopies) is serving.
  await Promise.all([replaceFile(`${file}.gz`, gz), replaceFile(`${file}.br`, br)])
}

async function replaceFile(file: string, body: Buffer): Promise<void> {
  await writeFile(`${file}.tmp`, body)
  await rename(`${file}.tmp`, file)
}

/**
 * Gives a new build the compressed copies of the previous one (hard links, else copies), with the
 * record of what they were made from: precompress() then only compresses what changed. Astro
 * empties the output folder when it builds, so this runs after it.
 */
export async function reuseCompressedCopies(previousDir: string, siteDir: string): Promise<void> {
  const entries = (await readdir(previousDir, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && /\.(gz|br)$/.test(entry.name),
  )
  let next = 0
  // Tens of thousands of small file operations: several in flight at once.
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++]!
      const relative = path.relative(previousDir, path.join(entry.parentPath, entry.name))
      const source = path.join(siteDir, relative.replace(/\.(gz|br)$/, ''))
      const target = path.join(siteDir, relative)
      if (!(await exists(source))) continue
      const from = path.join(previousDir, relative)
      await link(from, target).catch((error: NodeJS.ErrnoException) =>
        error.code === 'EEXIST' ? undefined : copyFile(from, target),
      )
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker))
  const manifest = path.join(previousDir, PRECOMPRESSED_MANIFEST)
  if (await exists(manifest)) await copyFile(manifest, path.join(siteDir, PRECOMPRESSED_MANIFEST))
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )
