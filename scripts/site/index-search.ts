import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { strokeForIndex } from '../../site/lib/d-stroke'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** Builds the Pagefind index of a built site into `<siteDir>/pagefind/`. */
export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({
    // One index for both languages (Vietnamese has no stemmer anyway), so a reader can widen a
    // search to the other language with the language filter.
    forceLanguage: 'vi',
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let pages = 0
  try {
    const files = await htmlFiles(siteDir)
    let next = 0
    // Several files in flight keep Pagefind's process busy instead of waiting on each reply.
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!
        const relative = path.relative(siteDir, file).split(path.sep).join('/')
        const url = '/' + relative.replace(/(^|\/)index\.html$/, '$1')
        // đ is indexed as d + a combining stroke, so that searches without it match (d-stroke.ts).
        const content = strokeForIndex(await readFile(file, 'utf8'))
        const result = await index.addHTMLFile({ url, content })
        if (result.errors.length)
          throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`)
        pages++
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length)
      throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  return { pages }
}
