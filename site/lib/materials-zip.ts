import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { zipSync } from 'fflate'

import { uploadsDir } from '../../cms/lib/uploads'

/** A fixed timestamp keeps the archive byte-identical between builds of unchanged materials. */
const FIXED_MTIME = new Date('2020-01-01T00:00:00Z')

const zips = new Map<string, Promise<Uint8Array>>()

/**
 * The ZIP of a curriculum's materials, made once per build (the page shows its size, the
 * endpoint serves it). Files already compressed (PDF, XLSX, PPTX) are stored, not deflated again.
 */
export function materialsZip(filenames: string[]): Promise<Uint8Array> {
  const key = filenames.join('\n')
  let zip = zips.get(key)
  if (!zip) {
    zip = buildZip(filenames)
    zips.set(key, zip)
  }
  return zip
}

async function buildZip(filenames: string[]): Promise<Uint8Array> {
  const entries: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {}
  for (const filename of [...new Set(filenames)]) {
    const bytes = await readFile(path.join(uploadsDir('files'), filename))
    const compressed = /\.(pdf|xlsx|docx|pptx|odt|ods|odp|zip|png|jpe?g)$/i.test(filename)
    entries[filename] = [new Uint8Array(bytes), { level: compressed ? 0 : 6, mtime: FIXED_MTIME }]
  }
  return zipSync(entries)
}
